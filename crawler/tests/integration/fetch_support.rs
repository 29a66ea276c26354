//! A tiny HTTP/1.1 server on loopback for the fetch tests: one request per
//! connection, a handler closure decides the response, and every request is
//! logged with its arrival time so tests can check politeness.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub at: Instant,
    pub path: String,
    /// Header names lower-cased.
    pub headers: HashMap<String, String>,
}

/// What the handler wants sent.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before sending anything.
    pub stall: Duration,
    /// Send `body` repeatedly without Content-Length until the client hangs
    /// up or this many bytes have gone out.
    pub endless: Option<usize>,
}

impl Reply {
    pub fn new(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            stall: Duration::ZERO,
            endless: None,
        }
    }
    pub fn html(body: &str) -> Reply {
        Reply::new(200)
            .header("Content-Type", "text/html; charset=utf-8")
            .body(body.as_bytes())
    }
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::new(status).header("Location", location)
    }
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
    pub fn body(mut self, body: &[u8]) -> Reply {
        self.body = body.to_vec();
        self
    }
}

type Handler = dyn Fn(&Seen) -> Reply + Send + Sync;

/// A running server; it stops when the test's runtime ends.
pub struct Server {
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Seen>>>,
    /// Body bytes written so far, over all responses.
    pub bytes_sent: Arc<AtomicUsize>,
}

impl Server {
    pub async fn start(handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("local addr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let bytes_sent = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let (log2, sent2) = (Arc::clone(&log), Arc::clone(&bytes_sent));
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (handler, log, sent) =
                    (Arc::clone(&handler), Arc::clone(&log2), Arc::clone(&sent2));
                tokio::spawn(async move {
                    let _ = serve(stream, handler, log, sent).await;
                });
            }
        });
        Server {
            addr,
            log,
            bytes_sent,
        }
    }

    pub fn url(&self, path: &str) -> url::Url {
        url::Url::parse(&format!("http://{}{}", self.addr, path)).expect("url")
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.log.lock().unwrap().clone()
    }

    pub fn hits(&self, path: &str) -> usize {
        self.seen().iter().filter(|s| s.path == path).count()
    }
}

async fn serve(
    mut stream: TcpStream,
    handler: Arc<Handler>,
    log: Arc<Mutex<Vec<Seen>>>,
    sent: Arc<AtomicUsize>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut chunk).await?;
        if n == 0 || buf.len() > 64 * 1024 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let at = Instant::now();
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.split("\r\n");
    let path = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("/")
        .to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let seen = Seen { at, path, headers };
    log.lock().unwrap().push(seen.clone());
    let reply = handler(&seen);
    if !reply.stall.is_zero() {
        tokio::time::sleep(reply.stall).await;
    }
    let mut out = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    if reply.endless.is_none() {
        out.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    out.push_str("\r\n");
    stream.write_all(out.as_bytes()).await?;
    match reply.endless {
        None => {
            stream.write_all(&reply.body).await?;
            sent.fetch_add(reply.body.len(), Ordering::SeqCst);
        }
        Some(max) => {
            let mut total = 0;
            while total < max {
                stream.write_all(&reply.body).await?;
                total += reply.body.len();
                sent.fetch_add(reply.body.len(), Ordering::SeqCst);
            }
        }
    }
    stream.shutdown().await?;
    Ok(())
}

/// The most requests that arrived within any window of length `window`.
pub fn max_in_window(times: &[Instant], window: Duration) -> usize {
    let mut t = times.to_vec();
    t.sort();
    let mut best = 0;
    let mut start = 0;
    for end in 0..t.len() {
        while t[end] - t[start] >= window {
            start += 1;
        }
        best = best.max(end - start + 1);
    }
    best
}
