//! Test-only raw SQL access, behind the non-default `test-sql` feature that
//! only dev-dependencies turn on: tests that plant a state the API cannot
//! make (a future schema version, a page limit standing in for a full disk,
//! a long-held write lock) or count rows no command reports. Production
//! builds have no raw SQL access to the store.

pub use rusqlite;

use crate::Store;

impl Store {
    /// The store's own connection, for tests.
    pub fn test_conn(&self) -> &rusqlite::Connection {
        &self.conn
    }
}
