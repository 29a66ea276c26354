//! Where an export goes: a temporary file beside the target, created
//! owner-only (0600), optionally encrypted to `age` X25519 recipients while it
//! is written (the plaintext never touches the disk), hashed (SHA-256 of the
//! file as written, for the audit log), synced, and renamed into place only
//! after the export has been audited.
//! A failed export removes its temporary file, so nothing torn is left.

use anyhow::{bail, Context as _, Result};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Parses `--encrypt-to`: an `age1…` recipient, or a file of recipients (one
/// per line, `#` comments allowed).
pub fn parse_recipients(arg: &str) -> Result<Vec<age::x25519::Recipient>> {
    let lines: Vec<String> = if arg.trim_start().starts_with("age1") {
        vec![arg.trim().to_string()]
    } else {
        let text = std::fs::read_to_string(arg).with_context(|| {
            format!(
                "--encrypt-to `{arg}` is neither an age1… recipient nor a readable recipients file"
            )
        })?;
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        match age::x25519::Recipient::from_str(l) {
            Ok(r) => out.push(r),
            Err(e) => bail!(
                "--encrypt-to: recipient {} `{l}` is not an age X25519 recipient (age1…): {e}",
                i + 1
            ),
        }
    }
    if out.is_empty() {
        bail!("--encrypt-to `{arg}`: no recipients found");
    }
    Ok(out)
}

/// Counts and hashes the bytes going to the file.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    bytes: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

enum Sink {
    Plain(Hashing<File>),
    Age(age::stream::StreamWriter<Hashing<File>>),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Plain(w) => w.write(buf),
            Sink::Age(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Plain(w) => w.flush(),
            Sink::Age(w) => w.flush(),
        }
    }
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The final path.
    pub path: PathBuf,
    /// Size of the file in bytes.
    pub bytes: u64,
    /// SHA-256 (hex) of the file as on disk (the ciphertext when encrypted).
    pub sha256: String,
    /// SHA-256 (hex) of the JSON before encryption, when encrypted.
    pub plaintext_sha256: Option<String>,
}

/// An export being written. Dropped without [`ExportFile::commit`], it
/// removes its temporary file.
pub struct ExportFile {
    writer: Option<BufWriter<Hashing<Sink>>>,
    tmp: PathBuf,
    dest: PathBuf,
    encrypted: bool,
}

impl ExportFile {
    /// Starts writing to a temporary file beside `dest`, encrypted to
    /// `recipients` if any.
    pub fn create(dest: &Path, recipients: &[age::x25519::Recipient]) -> Result<ExportFile> {
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            bail!(
                "--out {}: folder {} does not exist",
                dest.display(),
                dir.display()
            );
        }
        if dest.is_dir() {
            bail!("--out {} is a folder; give a file name", dest.display());
        }
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "export".into());
        let tmp = dir.join(format!(".{name}.{}.partial", std::process::id()));
        let file =
            create_owner_only(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let hashing = Hashing {
            inner: file,
            hash: Sha256::new(),
            bytes: 0,
        };
        let sink = if recipients.is_empty() {
            Sink::Plain(hashing)
        } else {
            let encryptor = age::Encryptor::with_recipients(
                recipients.iter().map(|r| r as &dyn age::Recipient),
            )
            .context("setting up encryption")?;
            Sink::Age(
                encryptor
                    .wrap_output(hashing)
                    .context("starting encryption")?,
            )
        };
        Ok(ExportFile {
            writer: Some(BufWriter::with_capacity(
                1 << 16,
                Hashing {
                    inner: sink,
                    hash: Sha256::new(),
                    bytes: 0,
                },
            )),
            tmp,
            dest: dest.to_path_buf(),
            encrypted: !recipients.is_empty(),
        })
    }

    /// The writer for the export's bytes.
    pub fn writer(&mut self) -> &mut impl Write {
        self.writer.as_mut().expect("writer present until commit")
    }

    /// Finishes encryption and syncs the temporary file; [`Finished::persist`]
    /// then moves it into place (after the caller has audited it).
    pub fn finish(mut self) -> Result<Finished> {
        let buf = self.writer.take().expect("finish once");
        let plain = buf
            .into_inner()
            .map_err(|e| e.into_error())
            .context("writing the export")?;
        let plaintext_sha256 = hex::encode(plain.hash.finalize());
        let file_hashing = match plain.inner {
            Sink::Plain(h) => h,
            Sink::Age(w) => w.finish().context("finishing encryption")?,
        };
        let sha256 = hex::encode(file_hashing.hash.finalize());
        let bytes = file_hashing.bytes;
        let file = file_hashing.inner;
        file.sync_all()
            .with_context(|| format!("syncing {}", self.tmp.display()))?;
        drop(file);
        Ok(Finished {
            tmp: Some(std::mem::take(&mut self.tmp)),
            written: Written {
                path: self.dest.clone(),
                bytes,
                sha256,
                plaintext_sha256: self.encrypted.then_some(plaintext_sha256),
            },
        })
    }
}

impl Drop for ExportFile {
    fn drop(&mut self) {
        if self.writer.is_some() {
            self.writer = None;
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// A complete export in its temporary file. Dropped without
/// [`Finished::persist`], the temporary file is removed.
pub struct Finished {
    tmp: Option<PathBuf>,
    /// What it holds and where it will go.
    pub written: Written,
}

impl Finished {
    /// Renames the file into place.
    pub fn persist(mut self) -> Result<Written> {
        let tmp = self.tmp.take().expect("persist once");
        let dest = &self.written.path;
        if let Err(e) = std::fs::rename(&tmp, dest) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e)
                .with_context(|| format!("moving {} to {}", tmp.display(), dest.display()));
        }
        if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            // Make the rename itself durable; not being able to open a folder is not fatal.
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(self.written.clone())
    }
}

impl Drop for Finished {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

fn create_owner_only(path: &Path) -> io::Result<File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}
