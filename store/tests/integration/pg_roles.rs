//! Opening a PostgreSQL store as a role that may not create tables (the
//! crawler's and reviewers' roles of `deploy/roles.sql`). Without
//! PostgreSQL this test prints `SKIPPED: …` and passes.

use store::pg::testing::fresh_database;
use store::prelude::*;
use store::{Location, PgStore, StoreError};

fn as_role(url: &str, role: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let rest = rest.split_once('@').map(|x| x.1).unwrap_or(rest);
    format!("{scheme}://{role}:{password}@{rest}")
}

fn open(url: &str) -> Result<PgStore, StoreError> {
    match Location::parse(url).unwrap() {
        Location::Postgres(u) => PgStore::open(&u),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_role_without_create_opens_a_current_store() {
    let Some(url) = fresh_database("roles") else {
        return;
    };
    drop(open(&url).unwrap());
    let role = format!("adscreen_t_reader_{}", std::process::id());
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "DROP ROLE IF EXISTS {role};
             CREATE ROLE {role} LOGIN PASSWORD 'pw';
             REVOKE CREATE ON SCHEMA public FROM PUBLIC;
             GRANT USAGE ON SCHEMA public TO {role};
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
             GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};"
        ))
        .unwrap();
    let db = url.rsplit_once('/').unwrap().1.split('?').next().unwrap();
    admin
        .batch_execute(&format!("GRANT CONNECT ON DATABASE {db} TO {role}"))
        .unwrap();
    let theirs = as_role(&url, &role, "pw");
    let opened = open(&theirs);
    let count = opened
        .as_ref()
        .map(|s| s.count_ads().unwrap())
        .map_err(|e| e.to_string());
    // The role cannot create tables, so it could not set a store up.
    let mut c = postgres::Client::connect(&theirs, postgres::NoTls).unwrap();
    let denied = c
        .batch_execute("CREATE TABLE t_not_allowed (x int)")
        .is_err();
    drop((opened, c));
    admin
        .batch_execute(&format!(
            "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role};
             REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role};
             REVOKE ALL ON SCHEMA public FROM {role};
             REVOKE ALL ON DATABASE {db} FROM {role};
             DROP ROLE {role};"
        ))
        .unwrap();
    assert!(
        denied,
        "the role may create tables: the test proves nothing"
    );
    assert_eq!(count.unwrap(), 0);
}
