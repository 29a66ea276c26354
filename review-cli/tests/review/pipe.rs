//! `review … | head`: a reader that closes standard output early ends the
//! command quietly with success, never a panic.

use crate::support::fixture;
use std::process::{Command, Stdio};

#[test]
fn list_into_a_closed_pipe_exits_zero_without_a_panic() {
    let f = fixture();
    let mut child = Command::new(env!("CARGO_BIN_EXE_review"))
        .args(["--db", f.path.to_str().unwrap(), "list", "--json"])
        .env_remove("ADSCREEN_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader is gone before the command writes its first line.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
}
