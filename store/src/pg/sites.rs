//! [`SiteStore`](crate::SiteStore) on PostgreSQL: each site's settings and
//! their version.

use super::PgStore;
use crate::sites::SiteSettings;
use crate::{now, to_text, Result, StoreError};

impl crate::roles::SiteStore for PgStore {
    fn save_sites(&mut self, sites: &[SiteSettings]) -> Result<Vec<String>> {
        let at = to_text(&now());
        self.write(|tx| {
            let mut changed = Vec::new();
            for s in sites {
                let version = s.version();
                let old: Option<String> = tx
                    .query_opt("SELECT version FROM sites WHERE name = $1", &[&s.name])?
                    .map(|r| r.get(0));
                if old.as_deref() == Some(version.as_str()) {
                    continue;
                }
                let langs = serde_json::to_string(&s.languages).unwrap_or_else(|_| "[]".into());
                let phones = serde_json::to_string(&s.site_phones).unwrap_or_else(|_| "[]".into());
                tx.execute(
                    "INSERT INTO sites (name, default_region, languages_json, site_phones_json, version, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT(name) DO UPDATE SET default_region = excluded.default_region,
                       languages_json = excluded.languages_json, site_phones_json = excluded.site_phones_json,
                       version = excluded.version, updated_at = excluded.updated_at",
                    &[&s.name, &s.default_region, &langs, &phones, &version, &at],
                )?;
                changed.push(s.name.clone());
            }
            Ok(changed)
        })
    }

    fn sites(&self) -> Result<Vec<SiteSettings>> {
        let rows = self.query(
            r#"SELECT name, default_region, languages_json, site_phones_json FROM sites ORDER BY name COLLATE "C""#,
            &[],
        )?;
        let mut out = Vec::new();
        for r in rows {
            let name: String = r.get(0);
            let list = |json: &str, what: &str| -> Result<Vec<String>> {
                serde_json::from_str(json).map_err(|e| StoreError::Corrupt {
                    path: self.shown_path(),
                    what: format!("value in sites.{what} of site {name}"),
                    message: e.to_string(),
                })
            };
            out.push(SiteSettings {
                languages: list(r.get(2), "languages_json")?,
                site_phones: list(r.get(3), "site_phones_json")?,
                default_region: r.get(1),
                name,
            });
        }
        Ok(out)
    }
}
