//! What changed for linking since a linker last read the store, so that a
//! long-running linker (the daemon's) re-reads only those ads.
//!
//! Triggers append the id of every ad whose linking input changes to
//! `link_changes`: a new, changed or deleted ad, a change of its name, age,
//! place, site or times, its numbers (written by analysis) and its image
//! hashes. Every path that writes the store is covered because the triggers
//! are in the schema, not in the code. A linker remembers the last sequence
//! number it consumed ([`ChangeStore::link_change_seq`](crate::roles::ChangeStore::link_change_seq)) and asks for what came
//! after ([`ChangeStore::link_changes_since`](crate::roles::ChangeStore::link_changes_since)).
//!
//! A linker that writes links also writes a new *link generation* to `meta`
//! ([`ChangeStore::set_link_generation`](crate::roles::ChangeStore::set_link_generation)). One that finds another generation than
//! the one it wrote last knows that someone else linked the store (another
//! process, an older build) and starts again from the stored data.

use crate::ads::AdId;
use crate::prints::{LinkMeta, StoredPrint};
use crate::{Result, Store};
use rusqlite::OptionalExtension as _;

/// The migration that adds the change log and its triggers.
pub(crate) const MIGRATION_LINK_CHANGES: &str = r#"
CREATE TABLE link_changes (
    seq   INTEGER PRIMARY KEY,
    ad_id INTEGER NOT NULL
);
CREATE TRIGGER link_changes_ad_insert AFTER INSERT ON ads
BEGIN INSERT INTO link_changes(ad_id) VALUES (new.id); END;
CREATE TRIGGER link_changes_ad_update
AFTER UPDATE OF site, name, age, location, posted_at, last_seen, content_hash ON ads
BEGIN INSERT INTO link_changes(ad_id) VALUES (new.id); END;
CREATE TRIGGER link_changes_ad_delete AFTER DELETE ON ads
BEGIN INSERT INTO link_changes(ad_id) VALUES (old.id); END;
CREATE TRIGGER link_changes_phone_insert AFTER INSERT ON phones
BEGIN INSERT INTO link_changes(ad_id) VALUES (new.ad_id); END;
CREATE TRIGGER link_changes_phone_delete AFTER DELETE ON phones
BEGIN INSERT INTO link_changes(ad_id) VALUES (old.ad_id); END;
CREATE TRIGGER link_changes_image_insert AFTER INSERT ON images
BEGIN INSERT INTO link_changes(ad_id) VALUES (new.ad_id); END;
CREATE TRIGGER link_changes_image_update AFTER UPDATE OF phash ON images
BEGIN INSERT INTO link_changes(ad_id) VALUES (new.ad_id); END;
CREATE TRIGGER link_changes_image_delete AFTER DELETE ON images
BEGIN INSERT INTO link_changes(ad_id) VALUES (old.ad_id); END;
"#;

impl crate::roles::ChangeStore for Store {
    /// The newest change's sequence number (0 when none was logged).
    fn link_change_seq(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT COALESCE(MAX(seq), 0) FROM link_changes", [], |r| {
                r.get(0)
            })
            .map_err(|e| self.err(e))
    }

    /// The ads changed after sequence number `seq` (distinct, in id order),
    /// and the newest sequence number among them (`seq` when there are none).
    fn link_changes_since(&self, seq: i64) -> Result<(Vec<AdId>, i64)> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT seq, ad_id FROM link_changes WHERE seq > ?1")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([seq]).map_err(|e| self.err(e))?;
        let (mut ids, mut last) = (Vec::new(), seq);
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            last = last.max(r.get(0).map_err(|e| self.err(e))?);
            ids.push(r.get(1).map_err(|e| self.err(e))?);
        }
        ids.sort_unstable();
        ids.dedup();
        Ok((ids, last))
    }

    /// Forgets the changes up to and including `seq` (a linker has them).
    fn prune_link_changes(&mut self, seq: i64) -> Result<()> {
        // The newest row stays: a rowid table numbers a new row one above
        // the largest, so sequence numbers are never reused (cheaper per
        // insert than AUTOINCREMENT, which every trigger insert would pay).
        self.write(|tx| {
            tx.execute(
                "DELETE FROM link_changes WHERE seq <= ?1
                 AND seq < (SELECT MAX(seq) FROM link_changes)",
                [seq],
            )
        })
        .map(|_| ())
    }

    /// The link generation written last ([`ChangeStore::set_link_generation`](crate::roles::ChangeStore::set_link_generation)).
    fn link_generation(&self) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'link_generation'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Records that links were written by a linker of generation `generation`.
    fn set_link_generation(&mut self, generation: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO meta(key, value) VALUES ('link_generation', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [generation],
            )
        })
        .map(|_| ())
    }

    /// Linking metadata of some ads (those that exist), in id order.
    fn link_metas_of(&self, ids: &[AdId]) -> Result<Vec<LinkMeta>> {
        let mut out = Vec::with_capacity(ids.len());
        let mut ad = self
            .conn
            .prepare_cached(&format!(
                "SELECT {} FROM ads WHERE id = ?1",
                crate::prints::META_COLUMNS
            ))
            .map_err(|e| self.err(e))?;
        let mut phones = self
            .conn
            .prepare_cached("SELECT DISTINCT e164 FROM phones WHERE ad_id = ?1 ORDER BY e164")
            .map_err(|e| self.err(e))?;
        let mut images = self
            .conn
            .prepare_cached(
                "SELECT phash FROM images WHERE ad_id = ?1 AND phash IS NOT NULL ORDER BY url",
            )
            .map_err(|e| self.err(e))?;
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        for id in sorted {
            let meta = ad
                .query_row([id], crate::prints::meta_of_row)
                .optional()
                .map_err(|e| self.err(e))?;
            let Some(mut meta) = meta else { continue };
            meta.phones = phones
                .query_map([id], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .map_err(|e| self.err(e))?;
            meta.image_hashes = images
                .query_map([id], |r| r.get::<_, i64>(0).map(|h| h as u64))
                .and_then(|rows| rows.collect())
                .map_err(|e| self.err(e))?;
            out.push(meta);
        }
        Ok(out)
    }

    /// The current fingerprints ([`FingerprintStore::link_prints`](crate::roles::FingerprintStore::link_prints)) of some ads.
    fn link_prints_of(&self, version: &str, ids: &[AdId]) -> Result<Vec<StoredPrint>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT p.print FROM link_prints p JOIN ads a ON a.id = p.ad_id
                 WHERE p.ad_id = ?1 AND p.version = ?2 AND p.content_hash = a.content_hash",
            )
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for &id in ids {
            let print: Option<Option<Vec<u8>>> = stmt
                .query_row(rusqlite::params![id, version], |r| r.get(0))
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(print) = print {
                out.push(StoredPrint { ad_id: id, print });
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use crate::prelude::*;
    use crate::Store;

    fn ad(url: &str, text: &str) -> model::Ad {
        model::Ad {
            url: url.into(),
            site: "s".into(),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn inserts_updates_and_deletes_are_logged_once_per_ad() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("c.db")).unwrap();
        let start = s.link_change_seq().unwrap();
        let a = s
            .upsert_ad(&ad("http://x/1", "one"), "DK", None, crate::now())
            .unwrap()
            .ad_id;
        let b = s
            .upsert_ad(&ad("http://x/2", "two"), "DK", None, crate::now())
            .unwrap()
            .ad_id;
        let (ids, seq) = s.link_changes_since(start).unwrap();
        assert_eq!(ids, vec![a, b]);
        assert!(seq > start);
        // Nothing new after `seq`.
        assert_eq!(s.link_changes_since(seq).unwrap().0, Vec::<i64>::new());
        // A changed text is logged; the ad's metadata is read back.
        s.upsert_ad(&ad("http://x/1", "one, changed"), "DK", None, crate::now())
            .unwrap();
        let (ids, seq2) = s.link_changes_since(seq).unwrap();
        assert_eq!(ids, vec![a]);
        let metas = s.link_metas_of(&[a, 999]).unwrap();
        assert_eq!(metas.len(), 1);
        assert_eq!(metas[0].ad_id, a);
        s.prune_link_changes(seq2).unwrap();
        // Only the newest change is kept (it numbers the next ones).
        assert_eq!(s.link_changes_since(0).unwrap().0, vec![a]);
        // Sequence numbers are never reused after a prune.
        s.upsert_ad(&ad("http://x/3", "three"), "DK", None, crate::now())
            .unwrap();
        let (_, seq3) = s.link_changes_since(seq2).unwrap();
        assert!(seq3 > seq2);
    }

    #[test]
    fn the_generation_is_what_was_written_last() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("g.db")).unwrap();
        assert_eq!(s.link_generation().unwrap(), None);
        s.set_link_generation("a").unwrap();
        s.set_link_generation("b").unwrap();
        assert_eq!(s.link_generation().unwrap().as_deref(), Some("b"));
    }
}
