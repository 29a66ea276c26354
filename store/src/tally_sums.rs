//! The change a settle makes to the kept sums ([`crate::tally`]), added up
//! in memory: the old contributions of the settled ads (taken away) and
//! their new ones (added) are read once each, and only the net change of
//! each sum is written.
//!
//! Before, each of the twelve sums took its own grouped query over the
//! settled ads, once to take away and once to add: most of the time of the
//! first settle after a large import. The sums written are the same.

use std::collections::HashMap;

/// One ad's kept contribution (a row of `ad_tally`).
struct Row {
    week: String,
    removed: i64,
    flagged: i64,
    network_id: Option<i64>,
    site: String,
    place: String,
    written: String,
    language: String,
}

/// The kept contributions of the ads in `temp.tally_ids`, as `ad_tally`
/// and `ad_tally_code` hold them now.
pub(crate) struct Contributions {
    rows: Vec<Row>,
    /// (index in `rows`, indicator code).
    codes: Vec<(usize, String)>,
}

impl Contributions {
    /// Reads the contributions of the ads in `temp.tally_ids`.
    pub(crate) fn read(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<Contributions> {
        let mut index = HashMap::new();
        let mut rows = Vec::new();
        let mut stmt = tx.prepare_cached(
            "SELECT t.ad_id, t.week, t.removed, t.flagged, t.network_id, t.site, t.place, t.written, t.language
             FROM temp.tally_ids d JOIN ad_tally t ON t.ad_id = d.ad_id",
        )?;
        let mut it = stmt.query([])?;
        while let Some(r) = it.next()? {
            index.insert(r.get::<_, i64>(0)?, rows.len());
            rows.push(Row {
                week: r.get(1)?,
                removed: r.get(2)?,
                flagged: r.get(3)?,
                network_id: r.get(4)?,
                site: r.get(5)?,
                place: r.get(6)?,
                written: r.get(7)?,
                language: r.get(8)?,
            });
        }
        let mut codes = Vec::new();
        let mut stmt = tx.prepare_cached(
            "SELECT c.ad_id, c.code FROM temp.tally_ids d JOIN ad_tally_code c ON c.ad_id = d.ad_id",
        )?;
        let mut it = stmt.query([])?;
        while let Some(r) = it.next()? {
            // A code without a contribution row counts nowhere (as the join did).
            if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
                codes.push((i, r.get(1)?));
            }
        }
        Ok(Contributions { rows, codes })
    }
}

/// (dim, k, w, week, removed) of a sum of all ads.
type CountKey<'a> = (&'static str, &'a str, &'a str, &'a str, i64);
/// (ads, flagged).
type Count = (i64, i64);

/// The net change of every sum touched.
#[derive(Default)]
struct Delta<'a> {
    counts: HashMap<CountKey<'a>, Count>,
    site_counts: HashMap<(&'a str, CountKey<'a>), Count>,
    /// (week, removed, network) -> ads.
    networks: HashMap<(&'a str, i64, i64), i64>,
    site_networks: HashMap<(&'a str, &'a str, i64, i64), i64>,
}

impl<'a> Delta<'a> {
    fn count(&mut self, sites: bool, site: &'a str, key: CountKey<'a>, sign: i64, flagged: i64) {
        let bump = |c: &mut Count| {
            c.0 += sign;
            c.1 += sign * flagged;
        };
        bump(self.counts.entry(key).or_default());
        if sites {
            bump(self.site_counts.entry((site, key)).or_default());
        }
    }

    fn add(&mut self, c: &'a Contributions, sign: i64, sites: bool) {
        for r in &c.rows {
            let (week, removed, f) = (r.week.as_str(), r.removed, r.flagged);
            let site = r.site.as_str();
            self.count(sites, site, ("all", "", "", week, removed), sign, f);
            self.count(sites, site, ("site", site, "", week, removed), sign, f);
            let city = ("city", r.place.as_str(), r.written.as_str(), week, removed);
            self.count(sites, site, city, sign, f);
            let language = ("language", r.language.as_str(), "", week, removed);
            self.count(sites, site, language, sign, f);
            if let Some(net) = r.network_id {
                *self.networks.entry((week, removed, net)).or_default() += sign;
                if sites {
                    *self
                        .site_networks
                        .entry((site, week, removed, net))
                        .or_default() += sign;
                }
            }
        }
        for (i, code) in &c.codes {
            let r = &c.rows[*i];
            let key = ("indicator", code.as_str(), "", r.week.as_str(), r.removed);
            self.count(sites, &r.site, key, sign, r.flagged);
        }
    }
}

/// Takes `old` away from the kept sums and adds `new` (with `sites`, to the
/// per-site sums too), writing only the sums that change.
pub(crate) fn apply(
    tx: &rusqlite::Transaction<'_>,
    old: &Contributions,
    new: &Contributions,
    sites: bool,
) -> rusqlite::Result<()> {
    let mut d = Delta::default();
    d.add(old, -1, sites);
    d.add(new, 1, sites);
    let mut stmt = tx.prepare_cached(
        "INSERT INTO tally_counts (dim, k, w, week, removed, ads, flagged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (dim, week, removed, k, w)
         DO UPDATE SET ads = ads + excluded.ads, flagged = flagged + excluded.flagged",
    )?;
    for ((dim, k, w, week, removed), (ads, flagged)) in &d.counts {
        if (*ads, *flagged) != (0, 0) {
            stmt.execute(rusqlite::params![dim, k, w, week, removed, ads, flagged])?;
        }
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO tally_site_counts (site, dim, k, w, week, removed, ads, flagged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (site, dim, week, removed, k, w)
         DO UPDATE SET ads = ads + excluded.ads, flagged = flagged + excluded.flagged",
    )?;
    for ((site, (dim, k, w, week, removed)), (ads, flagged)) in &d.site_counts {
        if (*ads, *flagged) != (0, 0) {
            stmt.execute(rusqlite::params![
                site, dim, k, w, week, removed, ads, flagged
            ])?;
        }
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO tally_networks (week, removed, network_id, ads) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (week, removed, network_id) DO UPDATE SET ads = ads + excluded.ads",
    )?;
    for ((week, removed, net), ads) in &d.networks {
        if *ads != 0 {
            stmt.execute(rusqlite::params![week, removed, net, ads])?;
        }
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO tally_site_networks (site, week, removed, network_id, ads) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (site, week, removed, network_id) DO UPDATE SET ads = ads + excluded.ads",
    )?;
    for ((site, week, removed, net), ads) in &d.site_networks {
        if *ads != 0 {
            stmt.execute(rusqlite::params![site, week, removed, net, ads])?;
        }
    }
    Ok(())
}
