//! Timestamps: stored as RFC 3339 UTC text with second precision, so that
//! they sort as text and read well in the SQLite shell.

use chrono::{DateTime, SecondsFormat, Utc};

/// The current time, truncated to whole seconds.
pub fn now() -> DateTime<Utc> {
    let t = Utc::now();
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}

/// Formats a time the way the store keeps it.
pub fn to_text(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Parses a stored time.
pub fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}
