//! Helpers for the reliability tests and scripts: fixture profiles pointed
//! at a loopback server, big generated JSON Lines imports, a seeded random
//! source, and the store facts compared across kills.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A small seeded random source (SplitMix64): reproducible kill timings
/// without a dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi` (`lo` when the range is empty).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.next_u64() % (hi - lo)
    }
}

/// Writes the fixture profile of `site` ("largeboard", "nattergal",
/// "citylights") into `dir` with its `base_url` pointed at `base_url` and the
/// given keys replaced (`("requests_per_second", "100.0")`). Returns the file.
pub fn write_profile(
    dir: &Path,
    site: &str,
    base_url: &str,
    overrides: &[(&str, &str)],
) -> std::io::Result<PathBuf> {
    let text = fixtures::profile_toml(site).ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no fixture profile named `{site}`"),
        )
    })?;
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let key = line.split('=').next().unwrap_or("").trim();
        let replaced = if key == "base_url" {
            Some(format!("base_url = \"{base_url}\""))
        } else {
            overrides
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(k, v)| format!("{k} = {v}"))
        };
        out.push_str(replaced.as_deref().unwrap_or(line));
        out.push('\n');
    }
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{site}.toml"));
    std::fs::write(&path, out)?;
    Ok(path)
}

/// What [`write_jsonl`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonlSummary {
    /// Good lines (distinct ad URLs).
    pub good: u64,
    /// Malformed lines (each must be reported and skipped).
    pub bad: u64,
    /// Bytes written.
    pub bytes: u64,
}

const TEXTS: &[&str] = &[
    "Sweet lady offers relaxing massage in a calm studio near the station. Call {P} for a time.",
    "Hun er ny i byen og venter på dit opkald. Ring {P} i dag.",
    "I am a self-employed massage therapist; text me first on {P}.",
    "Young and fresh girl, new in town only a few days, available 24/7 on {P}.",
    "Jag är en lugn massör och arbetar för mig själv. Ring {P}.",
];
const CITIES: &[&str] = &["København", "Aarhus", "Odense", "Aalborg", "Malmö", "Oslo"];
const NAMES: &[&str] = &["Anna", "Bella", "Clara", "Dina", "Ella", "Freja", "Gina"];

/// Generates `lines` lines of the ad input format (site `importsite`, URLs
/// `https://import.invalid/ad/N`), every `bad_every`-th line malformed in one
/// of several ways (0: none), each text padded to at least `text_bytes`.
/// Numbers are in the +45 20 12 xx xx example range.
pub fn write_jsonl(
    out: &mut impl Write,
    lines: u64,
    seed: u64,
    bad_every: u64,
    text_bytes: usize,
) -> std::io::Result<JsonlSummary> {
    let mut rng = Rng::new(seed);
    let mut s = JsonlSummary {
        good: 0,
        bad: 0,
        bytes: 0,
    };
    let mut line = String::new();
    for i in 1..=lines {
        line.clear();
        if bad_every > 0 && i % bad_every == 0 {
            s.bad += 1;
            match (i / bad_every) % 4 {
                0 => line.push_str("{\"url\": \"https://import.invalid/broken\", \"site\": "),
                1 => line.push_str(&format!(
                    "{{\"url\":\"https://import.invalid/bad/{i}\",\"site\":\"importsite\"}}"
                )),
                2 => line.push_str(&format!(
                    "{{\"url\":\"https://import.invalid/bad/{i}\",\"site\":\"importsite\",\"text\":\"x\",\"age\":\"old\"}}"
                )),
                _ => line.push_str("[1,2,3]"),
            }
        } else {
            s.good += 1;
            let j = rng.range(0, 10_000);
            let phone = format!("+45 20 12 {:02} {:02}", j / 100, j % 100);
            let mut text = TEXTS[rng.range(0, TEXTS.len() as u64) as usize].replace("{P}", &phone);
            while text.len() < text_bytes {
                text.push_str(" Calm, clean and discreet.");
            }
            let v = serde_json::json!({
                "url": format!("https://import.invalid/ad/{i}"),
                "site": "importsite",
                "text": text,
                "name": NAMES[rng.range(0, NAMES.len() as u64) as usize],
                "age": rng.range(20, 45),
                "location": CITIES[rng.range(0, CITIES.len() as u64) as usize],
                "phones": [phone],
                "source_batch": seed,
            });
            line.push_str(&v.to_string());
        }
        line.push('\n');
        out.write_all(line.as_bytes())?;
        s.bytes += line.len() as u64;
    }
    out.flush()?;
    Ok(s)
}

/// Peak resident memory (`VmHWM`) of a running process, in KiB, read from
/// `/proc/PID/status` (Linux); `None` when the process is gone.
pub fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}
