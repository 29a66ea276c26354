//! Where an export goes: a temporary file beside the target, created
//! owner-only (0600), optionally encrypted to `age` X25519 recipients while it
//! is written (the plaintext never touches the disk), hashed (SHA-256 of the
//! file as written, for the audit log), synced, and renamed into place only
//! after the export has been audited.
//! A failed export removes its temporary file, so nothing torn is left.

use crate::i18n::{num, text, Tr};
use anyhow::{bail, Context as _, Result};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Parses `--encrypt-to`: an `age1…` recipient, or a file of recipients (one
/// per line, `#` comments allowed).
pub fn parse_recipients(arg: &str) -> Result<Vec<age::x25519::Recipient>> {
    parse_recipients_in(&Tr::default(), arg)
}

/// [`parse_recipients`] with the messages in `tr`'s language.
pub fn parse_recipients_in(tr: &Tr, arg: &str) -> Result<Vec<age::x25519::Recipient>> {
    let lines: Vec<String> = if arg.trim_start().starts_with("age1") {
        vec![arg.trim().to_string()]
    } else {
        let content = std::fs::read_to_string(arg)
            .with_context(|| tr.f("export-recipients-unreadable", &[("given", text(arg))]))?;
        content
            .lines()
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
                "{}",
                tr.f(
                    "export-recipient-bad",
                    &[
                        ("n", num(i as i64 + 1)),
                        ("given", text(l.clone())),
                        ("error", text(e.to_string())),
                    ]
                )
            ),
        }
    }
    if out.is_empty() {
        bail!("{}", tr.f("export-no-recipients", &[("given", text(arg))]));
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
    tr: Tr,
}

impl ExportFile {
    /// Starts writing to a temporary file beside `dest`, encrypted to
    /// `recipients` if any.
    pub fn create(dest: &Path, recipients: &[age::x25519::Recipient]) -> Result<ExportFile> {
        ExportFile::create_in(&Tr::default(), dest, recipients)
    }

    /// [`ExportFile::create`] with the messages in `tr`'s language.
    pub fn create_in(
        tr: &Tr,
        dest: &Path,
        recipients: &[age::x25519::Recipient],
    ) -> Result<ExportFile> {
        let shown = |p: &Path| text(p.display().to_string());
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            bail!(
                "{}",
                tr.f(
                    "export-no-folder",
                    &[("file", shown(dest)), ("folder", shown(&dir))]
                )
            );
        }
        if dest.is_dir() {
            bail!("{}", tr.f("export-out-is-folder", &[("file", shown(dest))]));
        }
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "export".into());
        let tmp = dir.join(format!(".{name}.{}.partial", std::process::id()));
        let file = create_owner_only(&tmp)
            .with_context(|| tr.f("export-creating", &[("file", shown(&tmp))]))?;
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
            .with_context(|| tr.t("export-encryption-setup"))?;
            Sink::Age(
                encryptor
                    .wrap_output(hashing)
                    .with_context(|| tr.t("export-encryption-start"))?,
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
            tr: tr.clone(),
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
            .with_context(|| self.tr.t("export-writing"))?;
        let plaintext_sha256 = hex::encode(plain.hash.finalize());
        let file_hashing = match plain.inner {
            Sink::Plain(h) => h,
            Sink::Age(w) => w
                .finish()
                .with_context(|| self.tr.t("export-encryption-finish"))?,
        };
        let sha256 = hex::encode(file_hashing.hash.finalize());
        let bytes = file_hashing.bytes;
        let file = file_hashing.inner;
        file.sync_all().with_context(|| {
            self.tr.f(
                "export-syncing",
                &[("file", text(self.tmp.display().to_string()))],
            )
        })?;
        drop(file);
        Ok(Finished {
            tmp: Some(std::mem::take(&mut self.tmp)),
            tr: self.tr.clone(),
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
    tr: Tr,
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
            return Err(e).with_context(|| {
                self.tr.f(
                    "export-moving",
                    &[
                        ("from", text(tmp.display().to_string())),
                        ("to", text(dest.display().to_string())),
                    ],
                )
            });
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
