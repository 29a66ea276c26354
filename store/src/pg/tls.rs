//! TLS for PostgreSQL connections through rustls (ring), no OpenSSL. The
//! server's certificate is always verified: against Mozilla's roots
//! (webpki-roots) and the PEM file of `sslrootcert=` when given. With
//! `sslmode=disable` no TLS is offered; with `prefer` (the default) TLS is
//! used when the server supports it; with `require` a server without TLS is
//! refused.

use crate::location::{PgUrl, SslMode};
use crate::{Result, StoreError};
use std::sync::Arc;

/// Connects to the database `url` names.
pub(crate) fn connect(url: &PgUrl) -> Result<postgres::Client> {
    let config = url.config()?;
    let shown = std::path::PathBuf::from(url.shown.clone());
    let fail = |e: postgres::Error| {
        let inner = super::error::from_pg(&shown, e);
        match inner {
            StoreError::Other { path, message } => StoreError::Other {
                path,
                message: format!("cannot connect: {message}"),
            },
            other => other,
        }
    };
    if url.ssl == SslMode::Disable {
        return config.connect(postgres::NoTls).map_err(fail);
    }
    let tls = tokio_postgres_rustls::MakeRustlsConnect::new(client_config(url)?);
    config.connect(tls).map_err(fail)
}

fn client_config(url: &PgUrl) -> Result<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(file) = &url.root_cert {
        use rustls::pki_types::pem::PemObject as _;
        let certs = rustls::pki_types::CertificateDer::pem_file_iter(file)
            .map_err(|e| StoreError::Invalid(format!("sslrootcert {}: {e}", file.display())))?;
        for cert in certs {
            let cert = cert
                .map_err(|e| StoreError::Invalid(format!("sslrootcert {}: {e}", file.display())))?;
            roots
                .add(cert)
                .map_err(|e| StoreError::Invalid(format!("sslrootcert {}: {e}", file.display())))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| StoreError::Invalid(format!("TLS setup: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}
