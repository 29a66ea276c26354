//! Persisted site settings: what analysis needs to know about each site
//! (its phone region, language allow-list and site-wide numbers), stored so
//! that every path (`crawler crawl`, the daemon, `crawler import`,
//! `crawler analyze`, the demo) analyses an ad of a site the same way.
//!
//! Each site's settings carry a version (a hash of the settings): every
//! analysis records the version it used, and an ad whose site settings
//! changed since is analysed again, as after a rules change.

use crate::{now, to_text, Result, Store};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The migration that adds the `sites` table and the analysis' settings version.
pub(crate) const MIGRATION_SITES: &str = r#"
CREATE TABLE sites (
    name           TEXT PRIMARY KEY,
    default_region TEXT NOT NULL,
    languages_json TEXT NOT NULL DEFAULT '[]',
    site_phones_json TEXT NOT NULL DEFAULT '[]',
    version        TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
ALTER TABLE analysis ADD COLUMN site_version TEXT NOT NULL DEFAULT '';
"#;

/// One site's settings for analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteSettings {
    /// Site name, as in each ad's `site`.
    pub name: String,
    /// Region for numbers written without a country code (ISO 3166-1, "DK").
    pub default_region: String,
    /// Language allow-list (ISO 639-1); empty: every language adscreen knows.
    pub languages: Vec<String>,
    /// The site's own numbers (support lines), as written; kept off links.
    pub site_phones: Vec<String>,
}

impl SiteSettings {
    /// The settings' version: a short hash of everything analysis reads, so
    /// equal settings have equal versions on every machine.
    pub fn version(&self) -> String {
        let mut h = Sha256::new();
        let mut langs = self.languages.clone();
        langs.sort();
        langs.dedup();
        let mut phones = self.site_phones.clone();
        phones.sort();
        phones.dedup();
        let canonical = serde_json::json!([self.default_region, langs, phones]);
        h.update(canonical.to_string().as_bytes());
        hex::encode(&h.finalize()[..8])
    }
}

impl crate::roles::SiteStore for Store {
    fn save_sites(&mut self, sites: &[SiteSettings]) -> Result<Vec<String>> {
        let at = to_text(&now());
        self.write(|tx| {
            let mut changed = Vec::new();
            for s in sites {
                let version = s.version();
                let old: Option<String> = tx
                    .prepare_cached("SELECT version FROM sites WHERE name = ?1")?
                    .query_row([&s.name], |r| r.get(0))
                    .ok();
                if old.as_deref() == Some(version.as_str()) {
                    continue;
                }
                tx.prepare_cached(
                    "INSERT INTO sites (name, default_region, languages_json, site_phones_json, version, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT(name) DO UPDATE SET default_region = excluded.default_region,
                       languages_json = excluded.languages_json, site_phones_json = excluded.site_phones_json,
                       version = excluded.version, updated_at = excluded.updated_at",
                )?
                .execute(params![
                    s.name,
                    s.default_region,
                    serde_json::to_string(&s.languages).unwrap_or_else(|_| "[]".into()),
                    serde_json::to_string(&s.site_phones).unwrap_or_else(|_| "[]".into()),
                    version,
                    at
                ])?;
                changed.push(s.name.clone());
            }
            Ok(changed)
        })
    }

    fn sites(&self) -> Result<Vec<SiteSettings>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT name, default_region, languages_json, site_phones_json FROM sites ORDER BY name",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>("name")?,
                    r.get::<_, String>("default_region")?,
                    r.get::<_, String>("languages_json")?,
                    r.get::<_, String>("site_phones_json")?,
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (name, default_region, langs, phones) = row.map_err(|e| self.err(e))?;
            let list = |json: &str, what: &str| -> Result<Vec<String>> {
                serde_json::from_str(json).map_err(|e| crate::StoreError::Corrupt {
                    path: self.path.clone(),
                    what: format!("value in sites.{what} of site {name}"),
                    message: e.to_string(),
                })
            };
            out.push(SiteSettings {
                languages: list(&langs, "languages_json")?,
                site_phones: list(&phones, "site_phones_json")?,
                name,
                default_region,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::*;

    fn site(langs: &[&str]) -> SiteSettings {
        SiteSettings {
            name: "nattergal".into(),
            default_region: "DK".into(),
            languages: langs.iter().map(|s| s.to_string()).collect(),
            site_phones: vec!["+45 20 12 34 56".into()],
        }
    }

    #[test]
    fn the_version_follows_the_settings_not_their_order() {
        assert_eq!(site(&["da", "en"]).version(), site(&["en", "da"]).version());
        assert_ne!(site(&["da"]).version(), site(&["da", "en"]).version());
        let mut other = site(&["da"]);
        other.default_region = "NO".into();
        assert_ne!(other.version(), site(&["da"]).version());
    }

    #[test]
    fn saving_reports_only_changed_sites_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("a.db")).unwrap();
        assert_eq!(
            store.save_sites(&[site(&["da"])]).unwrap(),
            vec!["nattergal"]
        );
        assert!(store.save_sites(&[site(&["da"])]).unwrap().is_empty());
        assert_eq!(
            store.save_sites(&[site(&["da", "sv"])]).unwrap(),
            vec!["nattergal"]
        );
        assert_eq!(store.sites().unwrap(), vec![site(&["da", "sv"])]);
    }
}
