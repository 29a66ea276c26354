//! The operator's configuration file (TOML) and where each setting comes
//! from: command-line flag, then environment, then the file, then defaults.
//!
//! ```toml
//! db = "/var/lib/adscreen/adscreen.db"   # or postgres://user@host/dbname, $ADSCREEN_DB, or --db
//! profiles = "/etc/adscreen/profiles"    # one TOML per site
//! contact = "outreach@ngo.example"       # put in the User-Agent
//! rules = "/etc/adscreen/rules.toml"     # optional: your own weights
//! retention = "180d"                     # purge ads unseen this long
//! key_file = "/etc/adscreen/db.key"      # key of an encrypted database
//! idle_lock_minutes = 10                 # review: hide the screen when idle (0: off)
//! ```

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Default database file.
pub const DEFAULT_DB: &str = "adscreen.db";
/// Default profiles folder.
pub const DEFAULT_PROFILES: &str = "profiles";

/// The configuration file's contents.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Database file.
    pub db: Option<PathBuf>,
    /// Profiles folder.
    pub profiles: Option<PathBuf>,
    /// Contact address for the User-Agent.
    pub contact: Option<String>,
    /// Rules file.
    pub rules: Option<PathBuf>,
    /// Retention period.
    #[serde(default, with = "humantime_serde::option")]
    pub retention: Option<Duration>,
    /// Key for pseudonymised exports (hex or text); read by `review`.
    pub pseudonym_key: Option<String>,
    /// The database key file (an encrypted store); read by both tools.
    pub key_file: Option<PathBuf>,
    /// Minutes without a key press before `review` hides ad text and
    /// numbers (0: never); read by `review`.
    pub idle_lock_minutes: Option<u64>,
}

impl Config {
    /// Reads the file, or the default when `path` is `None`.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Config> {
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("cannot read config file {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("config file {}: {e}", path.display()))
    }
}
