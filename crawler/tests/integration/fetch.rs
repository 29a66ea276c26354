//! The fetcher against a loopback server: redirects, caps, content types,
//! conditional requests, timeouts, compression and charset decoding.

use crate::fetch_support::{Reply, Server};
use crawler::fetch::{
    allow_all_redirects, FetchConfig, FetchError, Fetcher, PageOutcome, Validators,
};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use url::Url;

const UA: &str = "adscreen/0.1.0 (+mailto:ops@ngo.example)";

fn fetcher(tune: impl FnOnce(&mut FetchConfig)) -> Fetcher {
    let mut config = FetchConfig::new(UA);
    config.total_timeout = Duration::from_secs(5);
    tune(&mut config);
    Fetcher::new(config).expect("client builds")
}

async fn page(f: &Fetcher, url: &Url) -> Result<PageOutcome, FetchError> {
    f.fetch_page(url, None, allow_all_redirects).await
}

#[tokio::test]
async fn page_is_decoded_and_headers_kept() {
    let (body, _, _) =
        encoding_rs::WINDOWS_1252.encode("<p>Hej, jeg hedder Søs og bor på Ærø.</p>");
    let body = body.into_owned();
    let server = Server::start(move |_| {
        Reply::new(200)
            .header("Content-Type", "text/html; charset=ISO-8859-1")
            .header("ETag", "\"v1\"")
            .header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT")
            .body(&body)
    })
    .await;
    let f = fetcher(|_| {});
    let PageOutcome::Fetched(p) = page(&f, &server.url("/annonce/1")).await.unwrap() else {
        panic!("expected a page");
    };
    assert_eq!(p.text, "<p>Hej, jeg hedder Søs og bor på Ærø.</p>");
    assert_eq!(p.encoding, "windows-1252");
    assert_eq!(p.meta.status, 200);
    assert_eq!(p.meta.etag.as_deref(), Some("\"v1\""));
    assert_eq!(
        p.meta.last_modified.as_deref(),
        Some("Wed, 21 Oct 2015 07:28:00 GMT")
    );
    assert!(p.redirects.is_empty());
    assert_eq!(
        server.seen()[0]
            .headers
            .get("user-agent")
            .map(String::as_str),
        Some(UA)
    );
}

#[tokio::test]
async fn redirects_are_followed_reported_and_guarded() {
    let server = Server::start(|s| match s.path.as_str() {
        "/a" => Reply::redirect(301, "/b"),
        "/b" => Reply::redirect(302, "c#frag"),
        "/c" => Reply::html("<p>end</p>"),
        "/to-private" => Reply::redirect(307, "/private/x"),
        _ => Reply::new(404),
    })
    .await;
    let f = fetcher(|_| {});
    let checked = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&checked);
    let guard = move |u: Url| {
        log.lock().unwrap().push(u.path().to_string());
        let refuse = u.path().starts_with("/private");
        async move {
            if refuse {
                Err("disallowed by robots.txt".to_string())
            } else {
                Ok(())
            }
        }
    };
    let outcome = f
        .fetch_page(&server.url("/a"), None, guard.clone())
        .await
        .unwrap();
    let PageOutcome::Fetched(p) = outcome else {
        panic!()
    };
    assert_eq!(p.final_url, server.url("/c"));
    assert_eq!(p.redirects, vec![server.url("/b"), server.url("/c")]);
    assert_eq!(*checked.lock().unwrap(), ["/b", "/c"]);

    let err = f
        .fetch_page(&server.url("/to-private"), None, guard)
        .await
        .unwrap_err();
    assert!(
        matches!(err, FetchError::RedirectRefused { ref url, .. } if url.path() == "/private/x"),
        "{err}"
    );
    assert_eq!(
        server.hits("/private/x"),
        0,
        "a refused hop is never requested"
    );
}

#[tokio::test]
async fn redirect_loop_and_cap() {
    let server = Server::start(|s| {
        if s.path == "/x" {
            Reply::redirect(302, "/y")
        } else if s.path == "/y" {
            Reply::redirect(302, "/x")
        } else if let Some(n) = s.path.strip_prefix("/r/") {
            let n: u32 = n.parse().unwrap_or(0);
            Reply::redirect(302, &format!("/r/{}", n + 1))
        } else {
            Reply::new(404)
        }
    })
    .await;
    let f = fetcher(|c| c.max_redirects = 3);
    let err = page(&f, &server.url("/x")).await.unwrap_err();
    assert!(matches!(err, FetchError::RedirectLoop { .. }), "{err}");
    let err = page(&f, &server.url("/r/0")).await.unwrap_err();
    assert!(
        matches!(err, FetchError::TooManyRedirects { limit: 3, .. }),
        "{err}"
    );
    // The cap counts hops: the start plus 3 redirects were requested, no more.
    assert_eq!(
        server
            .seen()
            .iter()
            .filter(|s| s.path.starts_with("/r/"))
            .count(),
        4
    );
}

#[tokio::test]
async fn body_cap_is_enforced_while_streaming() {
    let server = Server::start(|s| match s.path.as_str() {
        "/endless" => {
            let mut r = Reply::new(200)
                .header("Content-Type", "text/html")
                .body(&[b'a'; 16 * 1024]);
            r.endless = Some(200 * 1024 * 1024);
            r
        }
        _ => Reply::new(200)
            .header("Content-Type", "text/html")
            .body(&vec![b'b'; 300 * 1024]),
    })
    .await;
    let f = fetcher(|c| c.max_page_bytes = 256 * 1024);
    let err = page(&f, &server.url("/endless")).await.unwrap_err();
    assert!(
        matches!(err, FetchError::TooLarge { limit: 262_144, .. }),
        "{err}"
    );
    // Give the server a moment to notice the hang-up, then check it was cut
    // off long before the 200 MiB it would send.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = server.bytes_sent.load(std::sync::atomic::Ordering::SeqCst);
    assert!(sent < 16 * 1024 * 1024, "server sent {sent} bytes");
    // Content-Length over the cap is refused too.
    let err = page(&f, &server.url("/big")).await.unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { .. }), "{err}");
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[tokio::test]
async fn gzip_is_decoded_and_bombs_are_capped() {
    let small = gzip("<p>pakket ind</p>".as_bytes());
    let bomb = gzip(&vec![b'z'; 8 * 1024 * 1024]);
    assert!(bomb.len() < 64 * 1024);
    let server = Server::start(move |s| {
        let body = if s.path == "/bomb" { &bomb } else { &small };
        Reply::new(200)
            .header("Content-Type", "text/html; charset=utf-8")
            .header("Content-Encoding", "gzip")
            .body(body)
    })
    .await;
    let f = fetcher(|c| c.max_page_bytes = 1024 * 1024);
    let PageOutcome::Fetched(p) = page(&f, &server.url("/small")).await.unwrap() else {
        panic!()
    };
    assert_eq!(p.text, "<p>pakket ind</p>");
    assert!(server.seen()[0].headers["accept-encoding"].contains("gzip"));
    let err = page(&f, &server.url("/bomb")).await.unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { .. }), "{err}");
}

#[tokio::test]
async fn content_types_are_checked() {
    let server = Server::start(|s| match s.path.as_str() {
        "/doc.pdf" => Reply::new(200)
            .header("Content-Type", "application/pdf")
            .body(b"%PDF"),
        "/foto.png" => Reply::new(200)
            .header("Content-Type", "image/png")
            .body(b"\x89PNG\r\n"),
        "/big.jpg" => Reply::new(200)
            .header("Content-Type", "image/jpeg")
            .body(&[0u8; 4096]),
        "/xhtml" => Reply::new(200)
            .header("Content-Type", "application/xhtml+xml")
            .body(b"<html/>"),
        _ => Reply::html("<p>not an image</p>"),
    })
    .await;
    let f = fetcher(|c| c.max_image_bytes = 1024);
    let err = page(&f, &server.url("/doc.pdf")).await.unwrap_err();
    assert!(
        matches!(err, FetchError::BadContentType { ref content_type, .. } if &**content_type == "application/pdf"),
        "{err}"
    );
    assert!(page(&f, &server.url("/xhtml")).await.is_ok());
    let img = f
        .fetch_image(&server.url("/foto.png"), allow_all_redirects)
        .await
        .unwrap();
    assert_eq!(&img.bytes[..], b"\x89PNG\r\n");
    let err = f
        .fetch_image(&server.url("/page"), allow_all_redirects)
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::BadContentType { .. }), "{err}");
    let err = f
        .fetch_image(&server.url("/big.jpg"), allow_all_redirects)
        .await
        .unwrap_err();
    assert!(
        matches!(err, FetchError::TooLarge { limit: 1024, .. }),
        "{err}"
    );
}

#[tokio::test]
async fn conditional_request_gives_not_modified() {
    let server = Server::start(|s| {
        if s.headers.get("if-none-match").map(String::as_str) == Some("\"v7\"") {
            Reply::new(304).header("ETag", "\"v7\"")
        } else {
            Reply::html("<p>new</p>").header("ETag", "\"v8\"")
        }
    })
    .await;
    let f = fetcher(|_| {});
    let validators = Validators {
        etag: Some("\"v7\"".into()),
        last_modified: Some("Wed, 21 Oct 2015 07:28:00 GMT".into()),
    };
    let out = f
        .fetch_page(&server.url("/a"), Some(&validators), allow_all_redirects)
        .await
        .unwrap();
    assert!(
        matches!(out, PageOutcome::NotModified { ref meta, .. } if meta.etag.as_deref() == Some("\"v7\"")),
        "{out:?}"
    );
    let seen = &server.seen()[0];
    assert_eq!(
        seen.headers["if-modified-since"],
        "Wed, 21 Oct 2015 07:28:00 GMT"
    );
    let stale = Validators {
        etag: Some("\"v1\"".into()),
        last_modified: None,
    };
    let out = f
        .fetch_page(&server.url("/a"), Some(&stale), allow_all_redirects)
        .await
        .unwrap();
    assert!(matches!(out, PageOutcome::Fetched(ref p) if p.meta.etag.as_deref() == Some("\"v8\"")));
}

#[tokio::test]
async fn status_errors_carry_retry_after() {
    let server = Server::start(|s| match s.path.as_str() {
        "/busy" => Reply::new(503).header("Retry-After", "7"),
        _ => Reply::new(404),
    })
    .await;
    let f = fetcher(|_| {});
    let err = page(&f, &server.url("/busy")).await.unwrap_err();
    assert!(
        matches!(err, FetchError::Status { status: 503, retry_after: Some(d), .. } if d == Duration::from_secs(7)),
        "{err}"
    );
    assert!(err.is_transient());
    let err = page(&f, &server.url("/gone")).await.unwrap_err();
    assert!(
        matches!(err, FetchError::Status { status: 404, .. }),
        "{err}"
    );
    assert!(!err.is_transient());
}

#[tokio::test]
async fn stalls_time_out_and_refused_connections_are_connect_errors() {
    let server = Server::start(|_| {
        let mut r = Reply::html("<p>late</p>");
        r.stall = Duration::from_secs(3);
        r
    })
    .await;
    let f = fetcher(|c| c.total_timeout = Duration::from_millis(300));
    let start = std::time::Instant::now();
    let err = page(&f, &server.url("/slow")).await.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
    assert!(start.elapsed() < Duration::from_secs(2));

    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let url = Url::parse(&format!("http://{closed}/")).unwrap();
    let err = page(&f, &url).await.unwrap_err();
    assert!(matches!(err, FetchError::Connect { .. }), "{err}");
    assert!(
        std::error::Error::source(&err).is_some(),
        "connect errors keep their cause"
    );
}
