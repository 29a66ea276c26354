//! The database key, found the same way by `crawler` and `review`:
//! `--db-key-file FILE`, then `$ADSCREEN_DB_KEY_FILE`, then the config's
//! `key_file`, then (only when the database is encrypted and a terminal is
//! attached) a passphrase typed at a prompt that does not echo.
//!
//! The key is installed as the store's process key
//! ([`store::cipher::set_process_key`]), so every store the process opens
//! uses it.

use anyhow::{bail, Context as _, Result};
use std::io::{IsTerminal, Write};
use std::path::Path;
use store::cipher::{DbKey, FileKind};

/// The environment variable naming the key file.
pub const KEY_FILE_ENV: &str = "ADSCREEN_DB_KEY_FILE";

/// Finds the key for the database at `db` (see the module doc). `None`: no
/// key was given and the database is not encrypted (or a terminal to ask
/// on is missing: opening an encrypted one then fails with a clear error).
pub fn resolve(flag: Option<&Path>, config: Option<&Path>, db: &Path) -> Result<Option<DbKey>> {
    if let Some(path) = flag.or(config) {
        let key = DbKey::from_file(path)
            .with_context(|| format!("reading the database key file {}", path.display()))?;
        return Ok(Some(key));
    }
    if store::cipher::file_kind(db)? == FileKind::Encrypted
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal()
    {
        let text = prompt(&format!("Passphrase for {}: ", db.display()))?;
        return Ok(Some(DbKey::passphrase(&text)?));
    }
    Ok(None)
}

/// [`resolve`], then installs the key for every store this process opens.
pub fn install(flag: Option<&Path>, config: Option<&Path>, db: &Path) -> Result<()> {
    store::cipher::set_process_key(resolve(flag, config, db)?);
    Ok(())
}

/// Asks for a passphrase on the terminal without echoing it. Esc or
/// Ctrl-C cancels.
pub fn prompt(question: &str) -> Result<String> {
    use crossterm::event::{read, Event, KeyCode, KeyEventKind, KeyModifiers};
    let mut err = std::io::stderr();
    write!(err, "{question}")?;
    err.flush()?;
    crossterm::terminal::enable_raw_mode().context("switching the terminal to raw mode")?;
    let mut text = zeroize::Zeroizing::new(String::new());
    let outcome = loop {
        let ev = match read() {
            Ok(e) => e,
            Err(e) => break Err(anyhow::Error::from(e)),
        };
        let Event::Key(k) = ev else { continue };
        if k.kind != KeyEventKind::Press {
            continue;
        }
        match k.code {
            KeyCode::Enter => break Ok(()),
            KeyCode::Esc => break Err(anyhow::anyhow!("cancelled")),
            KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                break Err(anyhow::anyhow!("cancelled"))
            }
            KeyCode::Backspace => {
                text.pop();
            }
            KeyCode::Char(c) => text.push(c),
            _ => {}
        }
    };
    let _ = crossterm::terminal::disable_raw_mode();
    writeln!(err)?;
    outcome?;
    if text.trim().is_empty() {
        bail!("no passphrase given");
    }
    Ok(text.to_string())
}
