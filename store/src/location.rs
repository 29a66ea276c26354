//! Where a store lives: a SQLite file (`PATH` or `sqlite:PATH`) or a
//! PostgreSQL database (`postgres://user@host:port/dbname?sslmode=…`).
//! Every command resolves `--db`, `$ADSCREEN_DB` and the config file's `db`
//! to one string and parses it here, so the two tools agree on what it means.

use crate::{Result, StoreError};
use std::path::{Path, PathBuf};

/// A parsed store location.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite database file.
    Sqlite(PathBuf),
    /// A PostgreSQL database.
    Postgres(PgUrl),
}

/// A PostgreSQL connection URL, checked, with the password kept out of
/// [`std::fmt::Display`] and [`std::fmt::Debug`].
#[derive(Clone, PartialEq, Eq)]
pub struct PgUrl {
    /// The URL as given, without the parameters adscreen handles itself.
    pub(crate) conn: String,
    /// The URL with any password replaced by `***`, for messages.
    pub(crate) shown: String,
    /// `sslmode`: `disable`, `prefer` (the default) or `require`;
    /// `verify-ca` and `verify-full` are read as `require` (the certificate
    /// is always verified).
    pub(crate) ssl: SslMode,
    /// `sslrootcert`: a PEM file of extra trusted roots.
    pub(crate) root_cert: Option<PathBuf>,
}

/// How a PostgreSQL connection uses TLS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Never.
    Disable,
    /// When the server offers it (libpq's default).
    Prefer,
    /// Always; refuse a server without TLS.
    Require,
}

impl std::fmt::Display for PgUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl std::fmt::Debug for PgUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PgUrl({})", self.shown)
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "{}", p.display()),
            Location::Postgres(u) => write!(f, "{u}"),
        }
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "Sqlite({})", p.display()),
            Location::Postgres(u) => write!(f, "Postgres({u})"),
        }
    }
}

const HELP: &str =
    "use a file path, sqlite:PATH, or postgres://user@host[:port]/dbname[?sslmode=require]";

impl Location {
    /// Parses a `--db` value. A value without a scheme is a SQLite path
    /// (also a Windows path like `C:\db`); `sqlite:` and `postgres://`
    /// (or `postgresql://`) choose the backend; any other scheme is refused.
    pub fn parse(s: &str) -> Result<Location> {
        let s = s.trim();
        if s.is_empty() {
            return Err(StoreError::Invalid(format!(
                "empty database location: {HELP}"
            )));
        }
        if let Some(rest) = s.strip_prefix("sqlite:") {
            let rest = rest.strip_prefix("//").unwrap_or(rest);
            if rest.is_empty() {
                return Err(StoreError::Invalid(format!("`{s}` names no file: {HELP}")));
            }
            return Ok(Location::Sqlite(PathBuf::from(rest)));
        }
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return PgUrl::parse(s).map(Location::Postgres);
        }
        if let Some((scheme, _)) = s.split_once("://") {
            if !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            {
                return Err(StoreError::Invalid(format!(
                    "unsupported database location scheme `{scheme}://`: {HELP}"
                )));
            }
        }
        Ok(Location::Sqlite(PathBuf::from(s)))
    }

    /// Parses a path-typed `--db` value (clap gives a `PathBuf`).
    pub fn from_path(p: &Path) -> Result<Location> {
        match p.to_str() {
            Some(s) => Location::parse(s),
            None => Ok(Location::Sqlite(p.to_path_buf())),
        }
    }

    /// Whether this is a PostgreSQL location.
    pub fn is_postgres(&self) -> bool {
        matches!(self, Location::Postgres(_))
    }
}

impl PgUrl {
    /// Parses and checks a `postgres://` URL: a database name is required,
    /// `sslmode` must be known, and the rest must be what the driver reads.
    /// A password may come from the URL or from `$PGPASSWORD`.
    pub fn parse(s: &str) -> Result<PgUrl> {
        let bad = |why: String| {
            StoreError::Invalid(format!("database URL `{}`: {why}; {HELP}", redact(s)))
        };
        let (base, query) = match s.split_once('?') {
            Some((b, q)) => (b, q),
            None => (s, ""),
        };
        let after_scheme = base.split_once("://").map(|x| x.1).unwrap_or("");
        let (authority, dbname) = match after_scheme.split_once('/') {
            Some((a, d)) => (a, d),
            None => (after_scheme, ""),
        };
        if dbname.is_empty() {
            return Err(bad("no database name (postgres://user@host/DBNAME)".into()));
        }
        let hostpart = authority.rsplit_once('@').map(|x| x.1).unwrap_or(authority);
        if hostpart.is_empty() {
            return Err(bad("no host (postgres://user@HOST/dbname)".into()));
        }
        let mut ssl = SslMode::Prefer;
        let mut root_cert = None;
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "sslmode" => {
                    ssl = match v {
                        "disable" => SslMode::Disable,
                        "allow" | "prefer" => SslMode::Prefer,
                        "require" | "verify-ca" | "verify-full" => SslMode::Require,
                        other => {
                            return Err(bad(format!(
                                "unknown sslmode `{other}` (disable, prefer, require, verify-ca, verify-full)"
                            )))
                        }
                    }
                }
                "sslrootcert" => root_cert = Some(PathBuf::from(v)),
                _ => kept.push(pair),
            }
        }
        let conn = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        // The driver's own parser has the last word on the rest.
        conn.parse::<postgres::Config>()
            .map_err(|e| bad(e.to_string()))?;
        Ok(PgUrl {
            shown: redact(base),
            conn,
            ssl,
            root_cert,
        })
    }

    /// The driver's configuration (password from `$PGPASSWORD` when the
    /// URL has none).
    pub(crate) fn config(&self) -> Result<postgres::Config> {
        let mut c: postgres::Config = self.conn.parse().map_err(|e: postgres::Error| {
            StoreError::Invalid(format!("database URL `{}`: {e}", self.shown))
        })?;
        if c.get_password().is_none() {
            if let Ok(p) = std::env::var("PGPASSWORD") {
                c.password(p);
            }
        }
        if c.get_user().is_none() {
            if let Ok(u) = std::env::var("USER") {
                c.user(&u);
            }
        }
        c.ssl_mode(match self.ssl {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require => postgres::config::SslMode::Require,
        });
        Ok(c)
    }
}

/// The URL with a password replaced by `***`.
fn redact(s: &str) -> String {
    let Some((scheme, rest)) = s.split_once("://") else {
        return s.to_string();
    };
    let (authority, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split_once(':').map(|x| x.0).unwrap_or(userinfo);
            let pw = if userinfo.contains(':') { ":***" } else { "" };
            format!("{scheme}://{user}{pw}@{host}{tail}")
        }
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_sqlite_urls_are_sqlite() {
        assert_eq!(
            Location::parse("adscreen.db").unwrap(),
            Location::Sqlite("adscreen.db".into())
        );
        assert_eq!(
            Location::parse("sqlite:/var/lib/a.db").unwrap(),
            Location::Sqlite("/var/lib/a.db".into())
        );
        assert_eq!(
            Location::parse("sqlite:///var/lib/a.db").unwrap(),
            Location::Sqlite("/var/lib/a.db".into())
        );
        assert!(Location::parse("sqlite:").is_err());
    }

    #[test]
    fn postgres_urls_are_checked_and_passwords_hidden() {
        let l = Location::parse("postgres://ann:secret@db.example:5433/adscreen?sslmode=require")
            .unwrap();
        let Location::Postgres(u) = &l else {
            panic!("not postgres: {l:?}")
        };
        assert_eq!(u.ssl, SslMode::Require);
        assert_eq!(l.to_string(), "postgres://ann:***@db.example:5433/adscreen");
        assert!(!format!("{l:?}").contains("secret"));
        assert!(Location::parse("postgresql://ann@h/db")
            .unwrap()
            .is_postgres());
        for (bad, says) in [
            ("postgres://ann@host", "no database name"),
            ("postgres://ann@/db", "no host"),
            ("postgres://h/db?sslmode=sometimes", "unknown sslmode"),
            ("postgres://h:notaport/db", "database URL"),
            ("mysql://h/db", "unsupported database location scheme"),
        ] {
            let e = Location::parse(bad).unwrap_err().to_string();
            assert!(e.contains(says), "{bad}: {e}");
            assert!(e.contains("postgres://user@host"), "{bad}: {e}");
        }
        let e = Location::parse("postgres://ann:pw@h:x/db")
            .unwrap_err()
            .to_string();
        assert!(!e.contains(":pw@"), "{e}");
    }
}
