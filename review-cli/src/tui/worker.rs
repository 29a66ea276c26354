//! The store worker: a thread with its own `Store` connection that answers
//! the interface's requests as messages, so no query ever runs on the UI
//! thread. Stale queue requests (superseded by a newer filter or page) are
//! dropped unanswered; writes are never dropped and run in the order sent.

use indicators::linking::NetworkSummary;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender};
use store::prelude::*;
use store::query::{AdDetail, AdSummary, ListFilter};
use store::review::{ReviewEvent, ReviewStatus, Target, Watch};
use store::Store;

/// What the interface asks the worker for.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// One page of the queue.
    Page {
        /// Generation of the filter (answers to older generations are dropped).
        generation: u64,
        /// The filter (boxed: it is large and messages are moved often).
        filter: Box<ListFilter>,
        /// First row.
        offset: usize,
        /// Rows.
        limit: usize,
    },
    /// How many ads the filter selects.
    Count {
        /// Generation of the filter.
        generation: u64,
        /// The filter.
        filter: Box<ListFilter>,
    },
    /// Ads per status, for the status bar.
    StatusCounts,
    /// Everything about one ad.
    Ad(i64),
    /// Everything about one network.
    Network(i64),
    /// Set a status.
    SetStatus {
        /// Ad or network.
        target: Target,
        /// New status.
        status: ReviewStatus,
    },
    /// Add a note.
    Note {
        /// Ad or network.
        target: Target,
        /// The note.
        text: String,
    },
    /// Follow or unfollow.
    Watch {
        /// `network` or `phone`.
        kind: String,
        /// Network id or E.164 number.
        target: String,
        /// Follow (true) or unfollow.
        on: bool,
    },
    /// What this reviewer follows.
    Watches,
}

/// A network as the network view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkData {
    /// Network id.
    pub id: i64,
    /// The stored summary (names, phones, cities, timeline, link counts).
    pub summary: Option<NetworkSummary>,
    /// Member ads in priority order.
    pub members: Vec<AdSummary>,
    /// Why each member is linked: "phone +45… ↔ #5", "text 0.92 ↔ #15".
    pub why: HashMap<i64, Vec<String>>,
    /// Review status of the network.
    pub status: ReviewStatus,
    /// Review history of the network.
    pub events: Vec<ReviewEvent>,
}

/// What the worker sends back.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// A page of the queue.
    Page {
        /// Generation it answers.
        generation: u64,
        /// First row.
        offset: usize,
        /// The rows.
        rows: Vec<AdSummary>,
    },
    /// A count.
    Count {
        /// Generation it answers.
        generation: u64,
        /// Matching ads.
        total: i64,
    },
    /// Ads per status.
    StatusCounts(Vec<(ReviewStatus, i64)>),
    /// One ad.
    Ad(Box<AdDetail>),
    /// One network.
    Network(Box<NetworkData>),
    /// The follows.
    Watches(Vec<Watch>),
    /// A write finished; the message says what was recorded.
    Done {
        /// What was changed, for refreshing the views.
        target: Option<Target>,
        /// For the status bar.
        message: String,
    },
    /// Something failed; for the status bar.
    Error(String),
}

/// Starts the worker on `db`, acting as `reviewer`. It stops when the
/// request sender is dropped.
pub fn spawn(
    db: PathBuf,
    reviewer: String,
    responses: Sender<Response>,
) -> std::io::Result<Sender<Request>> {
    let (tx, rx) = std::sync::mpsc::channel::<Request>();
    std::thread::Builder::new()
        .name("store-worker".into())
        .spawn(move || {
            let mut store = match Store::open_existing_writable(&db) {
                Ok(s) => s,
                Err(e) => {
                    let _ = responses.send(Response::Error(format!("opening the database: {e}")));
                    return;
                }
            };
            run(&mut store, &reviewer, &rx, &responses);
        })?;
    Ok(tx)
}

/// The worker loop: takes everything pending, drops superseded queue
/// requests, answers the rest in order.
pub fn run(
    store: &mut Store,
    reviewer: &str,
    requests: &Receiver<Request>,
    responses: &Sender<Response>,
) {
    while let Ok(first) = requests.recv() {
        let mut batch = vec![first];
        batch.extend(requests.try_iter());
        for req in coalesce(batch) {
            let resp = respond(store, reviewer, req);
            if responses.send(resp).is_err() {
                return;
            }
        }
    }
}

/// Keeps only the newest `Page` and `Count` (and one `StatusCounts`); keeps
/// every other request, in order.
pub fn coalesce(batch: Vec<Request>) -> Vec<Request> {
    let last_page = batch
        .iter()
        .rposition(|r| matches!(r, Request::Page { .. }));
    let last_count = batch
        .iter()
        .rposition(|r| matches!(r, Request::Count { .. }));
    let last_status = batch
        .iter()
        .rposition(|r| matches!(r, Request::StatusCounts));
    batch
        .into_iter()
        .enumerate()
        .filter(|(i, r)| match r {
            Request::Page { .. } => Some(*i) == last_page,
            Request::Count { .. } => Some(*i) == last_count,
            Request::StatusCounts => Some(*i) == last_status,
            _ => true,
        })
        .map(|(_, r)| r)
        .collect()
}

/// Answers one request (what the worker thread does for each message;
/// public so tests and benchmarks can drive the app synchronously).
pub fn respond(store: &mut Store, reviewer: &str, req: Request) -> Response {
    match answer(store, reviewer, req) {
        Ok(r) => r,
        Err(e) => Response::Error(format!("{e:#}")),
    }
}

fn answer(store: &mut Store, reviewer: &str, req: Request) -> anyhow::Result<Response> {
    Ok(match req {
        Request::Page {
            generation,
            filter,
            offset,
            limit,
        } => {
            let f = ListFilter {
                offset,
                limit,
                ..*filter
            };
            Response::Page {
                generation,
                offset,
                rows: store.queue_page(&f)?,
            }
        }
        Request::Count { generation, filter } => Response::Count {
            generation,
            total: store.queue_count(&filter)?,
        },
        Request::StatusCounts => Response::StatusCounts(store.status_counts()?),
        Request::Ad(id) => match store.ad_detail(id)? {
            Some(d) => Response::Ad(Box::new(d)),
            None => Response::Error(format!("ad #{id} is no longer in the database")),
        },
        Request::Network(id) => match network_data(store, id)? {
            Some(n) => Response::Network(Box::new(n)),
            None => Response::Error(format!("network #{id} is no longer in the database")),
        },
        Request::SetStatus { target, status } => {
            store.set_status(target, status, reviewer, None)?;
            Response::Done {
                target: Some(target),
                message: format!("{} marked {status} by {reviewer}", describe(target)),
            }
        }
        Request::Note { target, text } => {
            store.add_note(target, reviewer, &text)?;
            Response::Done {
                target: Some(target),
                message: format!("note added to {} by {reviewer}", describe(target)),
            }
        }
        Request::Watch { kind, target, on } => {
            store.set_watch(&kind, &target, reviewer, on)?;
            let what = if kind == "network" {
                format!("network #{target}")
            } else {
                target.clone()
            };
            Response::Done {
                target: None,
                message: if on {
                    format!("following {what}")
                } else {
                    format!("no longer following {what}")
                },
            }
        }
        Request::Watches => Response::Watches(store.watches(reviewer)?),
    })
}

/// "ad #5" or "network #4".
pub fn describe(t: Target) -> String {
    match t {
        Target::Ad(id) => format!("ad #{id}"),
        Target::Network(id) => format!("network #{id}"),
    }
}

/// Loads what the network view shows.
pub fn network_data(store: &Store, id: i64) -> anyhow::Result<Option<NetworkData>> {
    let Some(row) = store.network(id)? else {
        return Ok(None);
    };
    let summary: Option<NetworkSummary> = serde_json::from_value(row.summary.clone()).ok();
    let members = store.list_ads(&ListFilter {
        ids: row.ad_ids.clone(),
        include_removed: true,
        ..ListFilter::default()
    })?;
    let in_net: std::collections::HashSet<i64> = row.ad_ids.iter().copied().collect();
    let mut why: HashMap<i64, Vec<String>> = HashMap::new();
    for &ad in &row.ad_ids {
        let reasons = store
            .links_of(ad)?
            .into_iter()
            .filter_map(|l| {
                let other = if l.a == ad { l.b } else { l.a };
                in_net.contains(&other).then(|| {
                    let kind = if l.kind == "image" {
                        "photo"
                    } else {
                        l.kind.as_str()
                    };
                    format!("{kind} {} ↔ #{other}", l.evidence)
                })
            })
            .collect();
        why.insert(ad, reasons);
    }
    Ok(Some(NetworkData {
        id,
        summary,
        members,
        why,
        status: store.status_of(Target::Network(id))?,
        events: store.events_of(Target::Network(id))?,
    }))
}
