//! Kept counts for the trends (`review stats`, the Trends screen), so that
//! they answer at once on a store of a million ads instead of counting every
//! ad again.
//!
//! Each ad's contribution is kept in `ad_tally` (its week, whether it is
//! removed or flagged, its network, site, place and language) and
//! `ad_tally_code` (its indicator codes); `tally_counts` and
//! `tally_networks` hold the sums per week. Triggers append the id of every
//! ad whose contribution may have changed to `tally_dirty`: a new, changed
//! or deleted ad, a new analysis or new link hits (every write of an ad's
//! indicators rewrites its analysis row), and a network change. A writer
//! *settles* them ([`TallyStore::settle_tallies`](crate::roles::TallyStore::settle_tallies)): the old contribution is
//! taken away and the new one added, in one transaction, for those ads only
//! (the net change of each sum is added up in memory, in `tally_sums`).
//! The engine settles after every analysis and linking run.
//!
//! The counting rules are those of [`crate::counting`]. The trends read the
//! kept counts only when nothing is waiting to be settled and the filter is
//! the plain one; otherwise they count from the ads, as before, so a count
//! is never stale.

use crate::counting::{APPEARED_SQL, FLAGGED_SQL};
use crate::{Result, Store};

/// The migration that adds the kept counts, their triggers, and marks every
/// ad for the first settling (done by `schema::migrate` right after).
pub(crate) const MIGRATION_TALLIES: &str = r#"
CREATE TABLE tally_dirty (ad_id INTEGER NOT NULL);
CREATE TABLE ad_tally (
    ad_id      INTEGER PRIMARY KEY,
    week       TEXT NOT NULL,
    removed    INTEGER NOT NULL,
    flagged    INTEGER NOT NULL,
    network_id INTEGER,
    site       TEXT NOT NULL,
    place      TEXT NOT NULL,
    written    TEXT NOT NULL,
    language   TEXT NOT NULL
);
CREATE TABLE ad_tally_code (
    ad_id INTEGER NOT NULL,
    code  TEXT NOT NULL,
    PRIMARY KEY (ad_id, code)
) WITHOUT ROWID;
CREATE TABLE tally_counts (
    dim     TEXT NOT NULL,
    k       TEXT NOT NULL,
    w       TEXT NOT NULL,
    week    TEXT NOT NULL,
    removed INTEGER NOT NULL,
    ads     INTEGER NOT NULL,
    flagged INTEGER NOT NULL,
    PRIMARY KEY (dim, week, removed, k, w)
) WITHOUT ROWID;
CREATE TABLE tally_networks (
    week       TEXT NOT NULL,
    removed    INTEGER NOT NULL,
    network_id INTEGER NOT NULL,
    ads        INTEGER NOT NULL,
    PRIMARY KEY (week, removed, network_id)
) WITHOUT ROWID;
CREATE TRIGGER tally_ad_insert AFTER INSERT ON ads
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (new.id); END;
CREATE TRIGGER tally_ad_update
AFTER UPDATE OF site, location, posted_at, first_seen, removed_at, place_name, place_country ON ads
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (new.id); END;
CREATE TRIGGER tally_ad_delete AFTER DELETE ON ads
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (old.id); END;
CREATE TRIGGER tally_analysis_insert AFTER INSERT ON analysis
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (new.ad_id); END;
CREATE TRIGGER tally_analysis_update AFTER UPDATE ON analysis
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (new.ad_id); END;
CREATE TRIGGER tally_analysis_delete AFTER DELETE ON analysis
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (old.ad_id); END;
CREATE TRIGGER tally_member_insert AFTER INSERT ON network_members
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (new.ad_id); END;
CREATE TRIGGER tally_member_update AFTER UPDATE OF network_id ON network_members
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (new.ad_id); END;
CREATE TRIGGER tally_member_delete AFTER DELETE ON network_members
BEGIN INSERT INTO tally_dirty(ad_id) VALUES (old.ad_id); END;
INSERT INTO tally_dirty(ad_id) SELECT id FROM ads;
"#;

/// Migration 11: the sums kept per site as well (the trends of one site,
/// the Trends screen's commonest filter), and the per-ad contributions
/// indexed by the other filters the trends answer from them
/// ([`Store::trends`](crate::Store::trends) with a language, network or
/// indicator filter). The per-site sums are filled right after
/// ([`fill_site_tallies`]).
pub(crate) const MIGRATION_TALLY_SITES: &str = r#"
CREATE TABLE tally_site_counts (
    site    TEXT NOT NULL,
    dim     TEXT NOT NULL,
    k       TEXT NOT NULL,
    w       TEXT NOT NULL,
    week    TEXT NOT NULL,
    removed INTEGER NOT NULL,
    ads     INTEGER NOT NULL,
    flagged INTEGER NOT NULL,
    PRIMARY KEY (site, dim, week, removed, k, w)
) WITHOUT ROWID;
CREATE TABLE tally_site_networks (
    site       TEXT NOT NULL,
    week       TEXT NOT NULL,
    removed    INTEGER NOT NULL,
    network_id INTEGER NOT NULL,
    ads        INTEGER NOT NULL,
    PRIMARY KEY (site, week, removed, network_id)
) WITHOUT ROWID;
CREATE INDEX ad_tally_site ON ad_tally (site);
CREATE INDEX ad_tally_language ON ad_tally (language);
CREATE INDEX ad_tally_network ON ad_tally (network_id);
CREATE INDEX ad_tally_code_code ON ad_tally_code (code);
"#;

/// The dimensions kept per week: (name, key expression, written
/// expression, extra join) over `ad_tally t` (and `ad_tally_code c`); the
/// same as [`crate::tally_sums`] adds up.
const DIMS: &[(&str, &str, &str, &str)] = &[
    ("all", "''", "''", ""),
    ("site", "t.site", "''", ""),
    ("city", "t.place", "t.written", ""),
    ("language", "t.language", "''", ""),
    (
        "indicator",
        "c.code",
        "''",
        " JOIN ad_tally_code c ON c.ad_id = t.ad_id",
    ),
];

/// Fills the per-site sums from every kept contribution (migration 11), in
/// SQL (a settle adds up its change in memory instead: [`crate::tally_sums`]).
pub(crate) fn fill_site_tallies(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    for (dim, key, written, join) in DIMS {
        tx.execute(
            &format!(
                "INSERT INTO tally_site_counts (site, dim, k, w, week, removed, ads, flagged)
                 SELECT t.site, '{dim}', {key}, {written}, t.week, t.removed, count(*), sum(t.flagged)
                 FROM ad_tally t{join}
                 GROUP BY 1, 3, 4, 5, 6
                 ON CONFLICT (site, dim, week, removed, k, w)
                 DO UPDATE SET ads = ads + excluded.ads, flagged = flagged + excluded.flagged"
            ),
            [],
        )?;
    }
    tx.execute(
        "INSERT INTO tally_site_networks (site, week, removed, network_id, ads)
         SELECT t.site, t.week, t.removed, t.network_id, count(*)
         FROM ad_tally t
         WHERE t.network_id IS NOT NULL
         GROUP BY 1, 2, 3, 4
         ON CONFLICT (site, week, removed, network_id) DO UPDATE SET ads = ads + excluded.ads",
        [],
    )?;
    Ok(())
}

/// Settles every ad marked in `tally_dirty`, inside `tx`. Returns how many
/// distinct ads were settled.
pub(crate) fn settle(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<usize> {
    let last: i64 = tx.query_row("SELECT COALESCE(max(rowid), 0) FROM tally_dirty", [], |r| {
        r.get(0)
    })?;
    if last == 0 {
        return Ok(0);
    }
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS tally_ids (ad_id INTEGER PRIMARY KEY);
         DELETE FROM temp.tally_ids;",
    )?;
    let n = tx.execute(
        "INSERT OR IGNORE INTO temp.tally_ids (ad_id) SELECT ad_id FROM tally_dirty WHERE rowid <= ?1",
        [last],
    )?;
    // Migration 9 settles before migration 11 made the per-site sums.
    let sites: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'tally_site_counts')",
        [],
        |r| r.get(0),
    )?;
    let mut strings = crate::tally_sums::Strings::default();
    let old = crate::tally_sums::Contributions::read(tx, &mut strings)?;
    tx.execute_batch(
        "DELETE FROM ad_tally WHERE ad_id IN (SELECT ad_id FROM temp.tally_ids);
         DELETE FROM ad_tally_code WHERE ad_id IN (SELECT ad_id FROM temp.tally_ids);",
    )?;
    tx.execute(
        &format!(
            "INSERT INTO ad_tally (ad_id, week, removed, flagged, network_id, site, place, written, language)
             SELECT a.id, date({APPEARED_SQL}, 'weekday 0', '-6 days'), a.removed_at IS NOT NULL,
                    {FLAGGED_SQL}, m.network_id, a.site,
                    COALESCE(CASE WHEN a.place_country IS NOT NULL THEN a.place_name END, ''),
                    COALESCE(a.location, ''), COALESCE(n.language, '')
             FROM temp.tally_ids d
             JOIN ads a ON a.id = d.ad_id
             LEFT JOIN analysis n ON n.ad_id = a.id
             LEFT JOIN network_members m ON m.ad_id = a.id"
        ),
        [],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO ad_tally_code (ad_id, code)
         SELECT i.ad_id, i.code FROM temp.tally_ids d JOIN ad_indicators i ON i.ad_id = d.ad_id",
        [],
    )?;
    let new = crate::tally_sums::Contributions::read(tx, &mut strings)?;
    crate::tally_sums::apply(tx, &old, &new, &mut strings, sites)?;
    tx.execute_batch(
        "DELETE FROM tally_counts WHERE ads = 0;
         DELETE FROM tally_networks WHERE ads = 0;
         DELETE FROM temp.tally_ids;",
    )?;
    if sites {
        tx.execute_batch(
            "DELETE FROM tally_site_counts WHERE ads = 0;
             DELETE FROM tally_site_networks WHERE ads = 0;",
        )?;
    }
    tx.execute("DELETE FROM tally_dirty WHERE rowid <= ?1", [last])?;
    Ok(n)
}

impl crate::roles::TallyStore for Store {
    fn settle_tallies(&mut self) -> Result<usize> {
        self.write(settle)
    }
}

impl Store {
    /// Whether the kept counts are up to date (nothing waits to be
    /// settled), so [`Store::trends`] reads them.
    pub fn tallies_settled(&self) -> Result<bool> {
        self.conn
            .query_row("SELECT NOT EXISTS (SELECT 1 FROM tally_dirty)", [], |r| {
                r.get(0)
            })
            .map_err(|e| self.err(e))
    }
}
