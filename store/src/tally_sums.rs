//! The change a settle makes to the kept sums ([`crate::tally`]), added up
//! in memory: the old contributions of the settled ads (taken away) and
//! their new ones (added) are read once each, and only the net change of
//! each sum is written.
//!
//! Before, each of the twelve sums took its own grouped query over the
//! settled ads, once to take away and once to add: most of the time of the
//! first settle after a large import. The sums written are the same.

use std::collections::HashMap;

/// One ad's kept contribution (a row of `ad_tally`), its strings interned
/// in [`Contributions::strings`]: a million of them take tens of MiB, not
/// the hundreds their own strings would.
struct Row {
    week: u32,
    site: u32,
    place: u32,
    written: u32,
    language: u32,
    removed: i64,
    flagged: i64,
    network_id: Option<i64>,
}

/// The kept contributions of the ads in `temp.tally_ids`, as `ad_tally`
/// and `ad_tally_code` hold them now.
pub(crate) struct Contributions {
    rows: Vec<Row>,
    /// (index in `rows`, interned indicator code).
    codes: Vec<(u32, u32)>,
}

/// Every distinct string of the contributions read, once.
#[derive(Default)]
pub(crate) struct Strings {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Strings {
    fn id(&mut self, s: String) -> u32 {
        if let Some(&i) = self.ids.get(&s) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(s.clone());
        self.ids.insert(s, i);
        i
    }
}

impl Contributions {
    /// Reads the contributions of the ads in `temp.tally_ids`.
    pub(crate) fn read(
        tx: &rusqlite::Transaction<'_>,
        strings: &mut Strings,
    ) -> rusqlite::Result<Contributions> {
        let mut index = HashMap::new();
        let mut rows = Vec::new();
        let mut stmt = tx.prepare_cached(
            "SELECT t.ad_id, t.week, t.removed, t.flagged, t.network_id, t.site, t.place, t.written, t.language
             FROM temp.tally_ids d JOIN ad_tally t ON t.ad_id = d.ad_id",
        )?;
        let mut it = stmt.query([])?;
        while let Some(r) = it.next()? {
            index.insert(r.get::<_, i64>(0)?, rows.len() as u32);
            rows.push(Row {
                week: strings.id(r.get(1)?),
                removed: r.get(2)?,
                flagged: r.get(3)?,
                network_id: r.get(4)?,
                site: strings.id(r.get(5)?),
                place: strings.id(r.get(6)?),
                written: strings.id(r.get(7)?),
                language: strings.id(r.get(8)?),
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
                codes.push((i, strings.id(r.get(1)?)));
            }
        }
        Ok(Contributions { rows, codes })
    }
}

/// (dim, k, w, week, removed) of a sum of all ads; strings interned.
type CountKey = (&'static str, u32, u32, u32, i64);
/// (ads, flagged).
type Count = (i64, i64);

/// The net change of every sum touched.
#[derive(Default)]
struct Delta {
    counts: HashMap<CountKey, Count>,
    site_counts: HashMap<(u32, CountKey), Count>,
    /// (week, removed, network) -> ads.
    networks: HashMap<(u32, i64, i64), i64>,
    site_networks: HashMap<(u32, u32, i64, i64), i64>,
}

impl Delta {
    fn count(&mut self, sites: bool, site: u32, key: CountKey, sign: i64, flagged: i64) {
        let bump = |c: &mut Count| {
            c.0 += sign;
            c.1 += sign * flagged;
        };
        bump(self.counts.entry(key).or_default());
        if sites {
            bump(self.site_counts.entry((site, key)).or_default());
        }
    }

    fn add(&mut self, c: &Contributions, sign: i64, sites: bool, empty: u32) {
        for r in &c.rows {
            let (week, removed, f, site) = (r.week, r.removed, r.flagged, r.site);
            self.count(sites, site, ("all", empty, empty, week, removed), sign, f);
            self.count(sites, site, ("site", site, empty, week, removed), sign, f);
            let city = ("city", r.place, r.written, week, removed);
            self.count(sites, site, city, sign, f);
            let language = ("language", r.language, empty, week, removed);
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
        for &(i, code) in &c.codes {
            let r = &c.rows[i as usize];
            let key = ("indicator", code, empty, r.week, r.removed);
            self.count(sites, r.site, key, sign, r.flagged);
        }
    }
}

/// Takes `old` away from the kept sums and adds `new` (with `sites`, to the
/// per-site sums too), writing only the sums that change.
pub(crate) fn apply(
    tx: &rusqlite::Transaction<'_>,
    old: &Contributions,
    new: &Contributions,
    strings: &mut Strings,
    sites: bool,
) -> rusqlite::Result<()> {
    let empty = strings.id(String::new());
    let mut d = Delta::default();
    d.add(old, -1, sites, empty);
    d.add(new, 1, sites, empty);
    let name = |i: &u32| strings.names[*i as usize].as_str();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO tally_counts (dim, k, w, week, removed, ads, flagged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (dim, week, removed, k, w)
         DO UPDATE SET ads = ads + excluded.ads, flagged = flagged + excluded.flagged",
    )?;
    for ((dim, k, w, week, removed), (ads, flagged)) in &d.counts {
        if (*ads, *flagged) != (0, 0) {
            let (k, w, week) = (name(k), name(w), name(week));
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
            let (site, k, w, week) = (name(site), name(k), name(w), name(week));
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
            let week = name(week);
            stmt.execute(rusqlite::params![week, removed, net, ads])?;
        }
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO tally_site_networks (site, week, removed, network_id, ads) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (site, week, removed, network_id) DO UPDATE SET ads = ads + excluded.ads",
    )?;
    for ((site, week, removed, net), ads) in &d.site_networks {
        if *ads != 0 {
            let (site, week) = (name(site), name(week));
            stmt.execute(rusqlite::params![site, week, removed, net, ads])?;
        }
    }
    Ok(())
}
