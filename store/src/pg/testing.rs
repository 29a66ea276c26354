//! A PostgreSQL server for tests (non-default `test-sql` feature): the one
//! `$ADSCREEN_TEST_PG` names (a `postgres://` URL to a database the role
//! may create databases from), or else a throw-away cluster made with
//! `initdb` and started with `pg_ctl` on a free loopback port in a
//! temporary folder, stopped and removed when the test process ends. As
//! root (CI), the cluster runs as the `postgres` user, since PostgreSQL
//! refuses to run as root. Without PostgreSQL, [`fresh_database`] prints
//! `SKIPPED: …` and returns `None`.

/// The driver, for tests of other crates that read the server through SQL.
pub use postgres;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The server's base URL (a maintenance database), or why there is none.
fn server() -> &'static Result<String, String> {
    static SERVER: OnceLock<Result<String, String>> = OnceLock::new();
    SERVER.get_or_init(|| match std::env::var("ADSCREEN_TEST_PG") {
        Ok(url) if !url.trim().is_empty() => Ok(url.trim().to_string()),
        _ => start_cluster(),
    })
}

/// A new, empty database on the test server, as a `postgres://` URL
/// (`tag` goes into its name). `None`, after printing `SKIPPED: <why>`,
/// when no PostgreSQL is available.
pub fn fresh_database(tag: &str) -> Option<String> {
    static N: AtomicUsize = AtomicUsize::new(0);
    let base = match server() {
        Ok(b) => b,
        Err(why) => {
            println!("SKIPPED: PostgreSQL test `{tag}`: {why}");
            return None;
        }
    };
    let name = format!(
        "adscreen_t{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst),
        tag.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    );
    let name: String = name.chars().take(60).collect();
    let mut client = postgres::Client::connect(base, postgres::NoTls)
        .unwrap_or_else(|e| panic!("test PostgreSQL at {base}: cannot connect: {e}"));
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap_or_else(|e| panic!("test PostgreSQL at {base}: CREATE DATABASE: {e}"));
    Some(replace_dbname(base, &name))
}

fn replace_dbname(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let head = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    format!("{head}/{db}{query}")
}

/// Finds a PostgreSQL program on `PATH` or in Debian's folders.
fn program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    if let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") {
        let mut versions: Vec<PathBuf> = entries.flatten().map(|e| e.path().join("bin")).collect();
        versions.sort();
        dirs.extend(versions.into_iter().rev());
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `program args…`, as the `postgres` user when we are root.
fn run_as(user: Option<&str>, program: &Path, args: &[&str]) -> Result<(), String> {
    let mut cmd = match user {
        Some(u) => {
            let mut c = Command::new("runuser");
            c.args(["-u", u, "--"]).arg(program);
            c
        }
        None => Command::new(program),
    };
    let out = cmd
        .args(args)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} {} failed: {}{}",
            program.display(),
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

fn start_cluster() -> Result<String, String> {
    let (Some(initdb), Some(pg_ctl)) = (program("initdb"), program("pg_ctl")) else {
        return Err("no ADSCREEN_TEST_PG, and initdb/pg_ctl are not on PATH nor in /usr/lib/postgresql/*/bin (install PostgreSQL, or set ADSCREEN_TEST_PG=postgres://user@host/db)".into());
    };
    let user = if is_root() {
        let known = Command::new("id")
            .arg("postgres")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !known {
            return Err("running as root, and there is no `postgres` user to run a test cluster as (PostgreSQL refuses to run as root)".into());
        }
        Some("postgres")
    } else {
        None
    };
    let dir = std::env::temp_dir().join(format!("adscreen-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if let Some(u) = user {
        run_as(None, Path::new("chown"), &[u, &dir.to_string_lossy()])?;
    }
    let data = dir.join("data");
    let data_s = data.to_string_lossy().to_string();
    run_as(
        user,
        &initdb,
        &[
            "-D",
            &data_s,
            "-A",
            "trust",
            "-U",
            "adscreen",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
    )?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free loopback port: {e}"))?
        .port();
    let opts = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        dir.display()
    );
    let log = dir.join("log").to_string_lossy().to_string();
    run_as(
        user,
        &pg_ctl,
        &[
            "-D", &data_s, "-o", &opts, "-l", &log, "-w", "-t", "60", "start",
        ],
    )?;
    // Stopped and removed when this test process ends, however it ends.
    let pg_ctl_s = pg_ctl.to_string_lossy().to_string();
    let stop = match user {
        Some(u) => format!("runuser -u {u} -- {pg_ctl_s}"),
        None => pg_ctl_s,
    };
    let watchdog = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} -D '{data_s}' -m immediate stop >/dev/null 2>&1; rm -rf '{}'",
        dir.display(),
        pid = std::process::id()
    );
    Command::new("sh")
        .args(["-c", &watchdog])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the cluster's watchdog: {e}"))?;
    Ok(format!(
        "postgres://adscreen@127.0.0.1:{port}/postgres?sslmode=disable"
    ))
}

/// `url` with its user replaced by `role` (the test server trusts loopback
/// connections, so no password is needed).
pub fn as_role(url: &str, role: &str) -> String {
    let scheme_end = url.find("://").map(|i| i + 3).unwrap_or(0);
    let rest = &url[scheme_end..];
    let host = match rest.find('@') {
        Some(i) if rest[..i].find('/').is_none() => &rest[i + 1..],
        _ => rest,
    };
    format!("{}{role}@{host}", &url[..scheme_end])
}

/// Creates a login role on the test server (cluster-wide: give each test
/// its own names), doing nothing when it exists.
pub fn create_role(url: &str, role: &str) {
    let mut client = postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("test PostgreSQL at {url}: cannot connect: {e}"));
    client
        .batch_execute(&format!(
            "DO $$ BEGIN CREATE ROLE \"{role}\" LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        ))
        .unwrap_or_else(|e| panic!("test PostgreSQL at {url}: CREATE ROLE {role}: {e}"));
}
