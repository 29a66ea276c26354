//! Numbered schema migrations, applied in order inside one transaction each
//! and recorded in `schema_migrations`. A database newer than this build is
//! refused rather than guessed at.

use crate::{Store, StoreError};

/// The migrations, oldest first. Never edit a released one: add a new one.
/// The numbers are shared with PostgreSQL's (`pg::schema::MIGRATIONS`),
/// where 12 (organisations) exists: SQLite's next is 16.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "initial schema", INITIAL),
    (
        2,
        "review queue priority",
        crate::queue::MIGRATION_REVIEW_QUEUE,
    ),
    (
        3,
        "text fingerprints for incremental linking",
        crate::prints::MIGRATION_LINK_PRINTS,
    ),
    (4, "persisted site settings", crate::sites::MIGRATION_SITES),
    (
        5,
        "normalised places beside ads.location",
        crate::places::MIGRATION_PLACES,
    ),
    (
        6,
        "change log for incremental linking",
        crate::changes::MIGRATION_LINK_CHANGES,
    ),
    (
        7,
        "teamwork: assignments, reminders, contact log, do-not-contact",
        crate::teamwork::MIGRATION_TEAMWORK,
    ),
    (
        8,
        "frontier leases for claiming workers",
        crate::frontier::MIGRATION_FRONTIER_LEASES,
    ),
    (9, "kept trend counts", crate::tally::MIGRATION_TALLIES),
    (
        10,
        "queue index covers removal",
        crate::queue::MIGRATION_QUEUE_COVERING,
    ),
    (
        11,
        "kept trend counts per site; contributions indexed by filter",
        crate::tally::MIGRATION_TALLY_SITES,
    ),
    // 12 exists on PostgreSQL only (organisations).
    (13, "text search index", crate::search::MIGRATION_SEARCH),
    // 14 is left to PostgreSQL.
    (
        15,
        "trend contributions by week; the search index's word list",
        crate::search::MIGRATION_WEEKS_AND_WORDS,
    ),
];

/// The migration whose counts are filled as it is applied.
const TALLIES: i64 = 9;

/// The migration whose per-site counts are filled as it is applied.
const SITE_TALLIES: i64 = 11;

/// The newest schema version this build knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map(|m| m.0).unwrap_or(0)
}

const INITIAL: &str = r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE ads (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    site          TEXT NOT NULL,
    external_id   TEXT,
    poster_id     TEXT,
    title         TEXT,
    text          TEXT NOT NULL,
    name          TEXT,
    age           INTEGER,
    location      TEXT,
    price         TEXT,
    posted_at     TEXT,
    images_json   TEXT NOT NULL DEFAULT '[]',
    phones_json   TEXT NOT NULL DEFAULT '[]',
    extra_json    TEXT,
    default_region TEXT NOT NULL DEFAULT 'DK',
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL,
    removed_at    TEXT,
    content_hash  TEXT NOT NULL
);
CREATE INDEX ads_site ON ads(site, last_seen);
CREATE INDEX ads_last_seen ON ads(last_seen);
CREATE INDEX ads_location ON ads(location);

CREATE TABLE ad_versions (
    id           INTEGER PRIMARY KEY,
    ad_id        INTEGER NOT NULL REFERENCES ads(id) ON DELETE CASCADE,
    replaced_at  TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    content_json TEXT NOT NULL
);
CREATE INDEX ad_versions_ad ON ad_versions(ad_id);

CREATE TABLE phones (
    ad_id      INTEGER NOT NULL REFERENCES ads(id) ON DELETE CASCADE,
    e164       TEXT NOT NULL,
    raw        TEXT NOT NULL,
    field      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    obfuscated INTEGER NOT NULL
);
CREATE INDEX phones_ad ON phones(ad_id);
CREATE INDEX phones_e164 ON phones(e164);

CREATE TABLE images (
    ad_id  INTEGER NOT NULL REFERENCES ads(id) ON DELETE CASCADE,
    url    TEXT NOT NULL,
    phash  INTEGER,
    error  TEXT,
    PRIMARY KEY (ad_id, url)
);

CREATE TABLE analysis (
    ad_id         INTEGER PRIMARY KEY REFERENCES ads(id) ON DELETE CASCADE,
    language      TEXT,
    score         REAL NOT NULL,
    hits_json     TEXT NOT NULL,
    link_hits_json TEXT NOT NULL DEFAULT '[]',
    rules_version TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    analysed_at   TEXT NOT NULL
);
CREATE INDEX analysis_score ON analysis(score DESC);

CREATE TABLE ad_indicators (
    ad_id  INTEGER NOT NULL REFERENCES ads(id) ON DELETE CASCADE,
    code   TEXT NOT NULL,
    weight REAL NOT NULL,
    PRIMARY KEY (ad_id, code)
);
CREATE INDEX ad_indicators_code ON ad_indicators(code);

CREATE TABLE link_state (
    ad_id     INTEGER PRIMARY KEY REFERENCES ads(id) ON DELETE CASCADE,
    signature BLOB
);

CREATE TABLE links (
    a        INTEGER NOT NULL REFERENCES ads(id) ON DELETE CASCADE,
    b        INTEGER NOT NULL REFERENCES ads(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    evidence TEXT NOT NULL,
    score    REAL NOT NULL,
    PRIMARY KEY (a, b, kind)
);
CREATE INDEX links_b ON links(b);

CREATE TABLE clusters (
    ad_id      INTEGER NOT NULL REFERENCES ads(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    cluster_id INTEGER NOT NULL,
    PRIMARY KEY (ad_id, kind)
);

CREATE TABLE networks (
    id           INTEGER PRIMARY KEY,
    size         INTEGER NOT NULL,
    first_seen   TEXT,
    last_seen    TEXT,
    summary_json TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE network_members (
    ad_id      INTEGER PRIMARY KEY REFERENCES ads(id) ON DELETE CASCADE,
    network_id INTEGER NOT NULL,
    joined_at  TEXT NOT NULL
);
CREATE INDEX network_members_net ON network_members(network_id);

CREATE TABLE blocked_phones (
    e164     TEXT PRIMARY KEY,
    reason   TEXT NOT NULL,
    source   TEXT NOT NULL,
    added_at TEXT NOT NULL
);

CREATE TABLE frontier (
    url           TEXT PRIMARY KEY,
    site          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    depth         INTEGER NOT NULL,
    due_at        TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'pending',
    failures      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    last_status   INTEGER,
    etag          TEXT,
    last_modified TEXT,
    content_hash  TEXT,
    discovered_at TEXT NOT NULL,
    last_fetched  TEXT,
    last_listed   TEXT
);
CREATE INDEX frontier_due ON frontier(site, state, due_at);

CREATE TABLE crawl_runs (
    id          INTEGER PRIMARY KEY,
    site        TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    pages       INTEGER NOT NULL DEFAULT 0,
    new_ads     INTEGER NOT NULL DEFAULT 0,
    changed_ads INTEGER NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT
);

CREATE TABLE reviews (
    target_kind TEXT NOT NULL,
    target_id   INTEGER NOT NULL,
    status      TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
CREATE INDEX reviews_status ON reviews(status);

CREATE TABLE review_events (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id   INTEGER NOT NULL,
    at          TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    status      TEXT,
    note        TEXT
);
CREATE INDEX review_events_target ON review_events(target_kind, target_id);

CREATE TABLE watch (
    target_kind TEXT NOT NULL,
    target      TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    since       TEXT NOT NULL,
    last_look   TEXT NOT NULL,
    PRIMARY KEY (target_kind, target, reviewer)
);

CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    details TEXT NOT NULL
);

-- Append-only: review events and the audit log are never changed, and are
-- deleted only by a retention purge (which sets meta.purge_in_progress inside
-- its own transaction).
CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
WHEN (SELECT value FROM meta WHERE key = 'purge_in_progress') IS NOT '1'
BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
"#;

/// Brings the database up to the latest schema.
pub(crate) fn migrate(store: &mut Store) -> Result<(), StoreError> {
    store.write(|tx| {
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        )
    })?;
    let current = current_version(store)?;
    if current > latest_version() {
        return Err(StoreError::TooNew {
            path: store.path.clone(),
            found: current,
            known: latest_version(),
        });
    }
    let applied = |tx: &rusqlite::Transaction<'_>, version: i64| -> rusqlite::Result<bool> {
        tx.query_row(
            "SELECT COUNT(*) FROM schema_migrations WHERE version = ?1",
            [version],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n > 0)
    };
    let missing: Vec<i64> = {
        let mut stmt = store
            .conn
            .prepare("SELECT version FROM schema_migrations")
            .map_err(|e| store.err(e))?;
        let done: Vec<i64> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| store.err(e))?;
        MIGRATIONS
            .iter()
            .map(|m| m.0)
            .filter(|v| !done.contains(v))
            .collect()
    };
    let path = store.path.clone();
    for &(version, name, sql) in MIGRATIONS {
        if !missing.contains(&version) {
            continue;
        }
        store.write(|tx| {
            // Re-check inside the write lock: another process may have migrated.
            if applied(tx, version)? {
                return Ok(());
            }
            tracing::info!(db = %path.display(), version, name, "applying schema migration");
            tx.execute_batch(sql)?;
            if version == TALLIES {
                // The first settling counts every ad once.
                crate::tally::settle(tx)?;
            }
            if version == SITE_TALLIES {
                crate::tally::fill_site_tallies(tx)?;
            }
            tx.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?1, ?2, ?3)",
                rusqlite::params![version, name, crate::to_text(&crate::now())],
            )?;
            Ok(())
        })?;
    }
    Ok(())
}

/// The schema version recorded in the database.
pub fn current_version(store: &Store) -> Result<i64, StoreError> {
    store
        .conn
        .query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |r| r.get(0),
        )
        .map_err(|e| store.err(e))
}
