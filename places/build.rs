//! Compiles the gazetteer (`data/gazetteer.tsv` from GeoNames,
//! `data/place_aliases.tsv` by hand) into an fst map from place key to
//! city, with the city table beside it.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/key.rs"]
mod key;

fn main() {
    gazetteer();
}

/// A city of the gazetteer as the build script reads it.
struct City {
    name: String,
    country: String,
    lat: f64,
    lon: f64,
}

/// Compiles `data/gazetteer.tsv` and `data/place_aliases.tsv` into
/// `places.fst` (key -> city index) and `places.rs` (the city table). A key
/// that names several cities goes to a hand alias first, then to a city's
/// own name over another city's other name, then to the larger city.
fn gazetteer() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&manifest).join("data");
    let cities_path = data.join("gazetteer.tsv");
    let aliases_path = data.join("place_aliases.tsv");
    println!("cargo:rerun-if-changed={}", cities_path.display());
    println!("cargo:rerun-if-changed={}", aliases_path.display());
    let read = |p: &Path| {
        std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
    };
    let mut cities: Vec<City> = Vec::new();
    // key -> every (rank, negative population, city index) it may name.
    let mut cands: std::collections::HashMap<String, Vec<(u8, i64, u32)>> = Default::default();
    let mut by_name: std::collections::HashMap<(String, String), u32> = Default::default();
    let mut pops: Vec<i64> = Vec::new();
    let mut k = String::new();
    let offer = |cands: &mut std::collections::HashMap<String, Vec<(u8, i64, u32)>>,
                 key: &str,
                 cand: (u8, i64, u32)| {
        if key.is_empty() {
            return;
        }
        let v = cands.entry(key.to_string()).or_default();
        if !v.iter().any(|c| c.2 == cand.2 && c.0 <= cand.0) {
            v.push(cand);
        }
        // The same key with "ae", "oe", "ue" read as one letter ("Nastved").
        let short = key::short_vowels(key);
        if short != key {
            let v = cands.entry(short).or_default();
            let weaker = (cand.0 + 1, cand.1, cand.2);
            if !v.iter().any(|c| c.2 == cand.2) {
                v.push(weaker);
            }
        }
    };
    let text = read(&cities_path);
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad =
            |what: &str| -> ! { panic!("{}:{}: {what}: {line:?}", cities_path.display(), n + 1) };
        if f.len() != 6 {
            bad("want 6 tab-separated fields");
        }
        let lat: f64 = f[2]
            .parse()
            .unwrap_or_else(|_| bad("latitude is no number"));
        let lon: f64 = f[3]
            .parse()
            .unwrap_or_else(|_| bad("longitude is no number"));
        let pop: i64 = f[4]
            .parse()
            .unwrap_or_else(|_| bad("population is no number"));
        let idx = u32::try_from(cities.len()).expect("fewer than 4G cities");
        cities.push(City {
            name: f[0].to_string(),
            country: f[1].to_string(),
            lat,
            lon,
        });
        by_name
            .entry((f[0].to_lowercase(), f[1].to_string()))
            .or_insert(idx);
        pops.push(pop);
        key::place_key(f[0], &mut k);
        offer(&mut cands, &k, (1, -pop, idx));
        for alias in f[5].split('|').filter(|a| !a.is_empty()) {
            key::place_key(alias, &mut k);
            offer(&mut cands, &k, (1, -pop, idx));
        }
    }
    let text = read(&aliases_path);
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad =
            |what: &str| -> ! { panic!("{}:{}: {what}: {line:?}", aliases_path.display(), n + 1) };
        if f.len() != 3 {
            bad("want 3 tab-separated fields: written, city, country");
        }
        let Some(&idx) = by_name.get(&(f[1].to_lowercase(), f[2].to_string())) else {
            bad("no such city in gazetteer.tsv");
        };
        key::place_key(f[0], &mut k);
        offer(&mut cands, &k, (0, -pops[idx as usize], idx));
    }
    // The best city for each key, and the best of each other country (for a
    // caller who prefers a country: "Sandviken" in Norway is Bergen's).
    let mut alts: Vec<Vec<u32>> = Vec::new();
    let mut keys: Vec<(String, u64)> = Vec::with_capacity(cands.len());
    for (key, mut v) in cands {
        v.sort();
        let best = v[0].2;
        let mut other: Vec<u32> = Vec::new();
        let mut countries = vec![cities[best as usize].country.clone()];
        for c in &v[1..] {
            let country = &cities[c.2 as usize].country;
            if !countries.contains(country) {
                countries.push(country.clone());
                other.push(c.2);
            }
        }
        let mut value = u64::from(best);
        if !other.is_empty() {
            alts.push(other);
            value |= (alts.len() as u64) << 32;
        }
        keys.push((key, value));
    }
    keys.sort();
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out_dir);
    let map = fst::Map::from_iter(keys).expect("sorted unique keys");
    std::fs::write(out.join("places.fst"), map.as_fst().as_bytes()).expect("write places.fst");
    let mut rs = String::from("/// The gazetteer's cities, indexed by the values of `places.fst`.\n#[allow(clippy::approx_constant)] // coordinates, not constants\npub(crate) static CITIES: &[City] = &[\n");
    for c in &cities {
        writeln!(
            rs,
            "    City {{ name: {:?}, country: {:?}, lat: {:.4}, lon: {:.4} }},",
            c.name, c.country, c.lat, c.lon
        )
        .unwrap();
    }
    rs.push_str("];\n/// Cities of other countries a key may name (value >> 32, from 1).\npub(crate) static ALTS: &[&[u32]] = &[\n");
    for a in &alts {
        writeln!(rs, "    &{a:?},").unwrap();
    }
    rs.push_str("];\n");
    std::fs::write(out.join("places.rs"), rs).expect("write places.rs");
}
