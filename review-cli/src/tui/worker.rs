//! The store worker: a thread with its own `Store` connection that answers
//! the interface's requests as messages, so no query ever runs on the UI
//! thread. Stale queue requests (superseded by a newer filter or page) are
//! dropped unanswered; writes are never dropped and run in the order sent.

use crate::commands::alerts::Alert;
use crate::i18n::{labels, num, text, Tr};
use model::NetworkSummary;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender};
use store::network_list::{NetworkFilter, NetworkListItem};
use store::prelude::*;
use store::query::{AdDetail, AdSummary, ListFilter};
use store::review::{ReviewEvent, ReviewStatus, Target, Watch};
use store::stats::Trends;
use store::teamwork::{Contact, DoNotContact};
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
        /// The newest status event the screen showed (`Some(None)`: none),
        /// so a change made meanwhile by a colleague is not overwritten;
        /// `None` when the screen showed no history.
        seen: Option<Option<i64>>,
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
        /// A network or a phone number.
        kind: store::review::WatchKind,
        /// Network id or E.164 number.
        target: String,
        /// Follow (true) or unfollow.
        on: bool,
    },
    /// What this reviewer follows.
    Watches,
    /// Who has an ad, and the contact log and do-not-contact entries of its numbers.
    Teamwork(i64),
    /// Give a case to a reviewer.
    Assign {
        /// Ad or network.
        target: Target,
        /// Who takes it.
        assignee: String,
    },
    /// Trends over `weeks` weeks for the queue's filter.
    Trends {
        /// The filter.
        filter: Box<ListFilter>,
        /// Weeks.
        weeks: usize,
    },
    /// New ads in what this reviewer follows; with `acknowledge`, mark them seen.
    Alerts {
        /// Move the last look to now.
        acknowledge: bool,
    },
    /// The network list in priority order.
    Networks {
        /// At most this many networks.
        limit: usize,
    },
    /// A filled outreach message for an ad: checked against the
    /// do-not-contact list and the gap since the last contact, then recorded
    /// as a contact attempt (unless refused, or too soon and not `confirmed`).
    Outreach {
        /// The ad.
        ad_id: i64,
        /// The number (E.164).
        e164: String,
        /// The filled message.
        text: String,
        /// The template's label, noted with the contact.
        label: String,
        /// Record it even when the last contact is within the gap.
        confirmed: bool,
    },
}

/// How an outreach request ended.
#[derive(Debug, Clone, PartialEq)]
pub enum OutreachReply {
    /// Recorded: copy the message.
    Recorded {
        /// The ad.
        ad_id: i64,
        /// The filled message.
        text: String,
        /// The number.
        e164: String,
        /// The contact's id.
        contact_id: i64,
    },
    /// The number was contacted within the gap; nothing recorded yet.
    TooSoon {
        /// The ad.
        ad_id: i64,
        /// The number.
        e164: String,
        /// When it was last contacted.
        last: chrono::DateTime<chrono::Utc>,
    },
    /// The number is on the do-not-contact list; nothing recorded.
    Refused {
        /// The number.
        e164: String,
        /// Why it is on the list.
        reason: store::teamwork::DncReason,
    },
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

/// What the ad view shows of teamwork: the assignee, and per number the
/// contact log (from every ad with that number) and any do-not-contact entry.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct TeamworkPanel {
    /// Who has the ad.
    pub assignee: Option<String>,
    /// Contacts to the ad's numbers, oldest first.
    pub contacts: Vec<Contact>,
    /// Do-not-contact entries of the ad's numbers.
    #[serde(rename = "do_not_contact")]
    pub blocked: Vec<DoNotContact>,
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
    /// The network list.
    Networks(Vec<NetworkListItem>),
    /// Trends.
    Trends(Box<Trends>),
    /// Alerts (and whether they were acknowledged).
    Alerts {
        /// The new ads.
        rows: Vec<Alert>,
        /// They were marked seen.
        acknowledged: bool,
    },
    /// The teamwork panel of one ad.
    Teamwork {
        /// The ad.
        ad_id: i64,
        /// What to show.
        panel: Box<TeamworkPanel>,
    },
    /// What came of an outreach request.
    Outreach(OutreachReply),
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

/// What the worker answers from: a store of either backend (every
/// request works on both).
pub trait WorkerStore: QueueStore + TrendStore + TeamworkStore {}

impl<S: QueueStore + TrendStore + TeamworkStore> WorkerStore for S {}

/// Starts the worker on an open store (either backend), acting as
/// `reviewer`. It stops when the request sender is dropped.
pub fn spawn_on(
    mut store: store::AnyStore,
    reviewer: String,
    tr: Tr,
    responses: Sender<Response>,
) -> std::io::Result<Sender<Request>> {
    let (tx, rx) = std::sync::mpsc::channel::<Request>();
    std::thread::Builder::new()
        .name("store-worker".into())
        .spawn(move || run(&mut store, &reviewer, &tr, &rx, &responses))?;
    Ok(tx)
}

/// Starts the worker on `db`, acting as `reviewer`. It stops when the
/// request sender is dropped.
pub fn spawn(
    db: PathBuf,
    reviewer: String,
    tr: Tr,
    responses: Sender<Response>,
) -> std::io::Result<Sender<Request>> {
    let (tx, rx) = std::sync::mpsc::channel::<Request>();
    std::thread::Builder::new()
        .name("store-worker".into())
        .spawn(move || {
            let mut store = match Store::open_existing_writable(&db) {
                Ok(s) => s,
                Err(e) => {
                    let _ = responses.send(Response::Error(
                        tr.f(
                            "err-open-db",
                            &[(
                                "error",
                                text(
                                    crate::i18n::errors::store_error(&tr, &e)
                                        .unwrap_or_else(|| e.to_string()),
                                ),
                            )],
                        ),
                    ));
                    return;
                }
            };
            run(&mut store, &reviewer, &tr, &rx, &responses);
        })?;
    Ok(tx)
}

/// The worker loop: takes everything pending, drops superseded queue
/// requests, answers the rest in order.
pub fn run(
    store: &mut impl WorkerStore,
    reviewer: &str,
    tr: &Tr,
    requests: &Receiver<Request>,
    responses: &Sender<Response>,
) {
    while let Ok(first) = requests.recv() {
        let mut batch = vec![first];
        batch.extend(requests.try_iter());
        for req in coalesce(batch) {
            let resp = respond_in(store, reviewer, tr, req);
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
pub fn respond(store: &mut impl WorkerStore, reviewer: &str, req: Request) -> Response {
    respond_in(store, reviewer, &Tr::default(), req)
}

/// [`respond`] with messages in `tr`'s language.
pub fn respond_in(store: &mut impl WorkerStore, reviewer: &str, tr: &Tr, req: Request) -> Response {
    match answer(store, reviewer, tr, req) {
        Ok(r) => r,
        Err(e) => Response::Error(crate::i18n::error_text(tr, &e)),
    }
}

/// Checks an outreach message's number and records the attempt.
fn outreach(
    store: &mut impl WorkerStore,
    reviewer: &str,
    (ad_id, e164, text, label, confirmed): (i64, String, String, String, bool),
) -> anyhow::Result<Response> {
    use store::teamwork::{Channel, ContactCheck, NewContact, Outcome, DEFAULT_CONTACT_GAP_DAYS};
    // The same gap as `review contact` ($ADSCREEN_CONTACT_GAP_DAYS).
    let gap = std::env::var("ADSCREEN_CONTACT_GAP_DAYS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|d| *d >= 0)
        .unwrap_or(DEFAULT_CONTACT_GAP_DAYS);
    match store.contact_check(&e164, store::now(), gap)? {
        ContactCheck::DoNotContact(d) => {
            return Ok(Response::Outreach(OutreachReply::Refused {
                e164,
                reason: d.reason,
            }))
        }
        ContactCheck::TooSoon(last) if !confirmed => {
            return Ok(Response::Outreach(OutreachReply::TooSoon {
                ad_id,
                e164,
                last: last.at,
            }))
        }
        ContactCheck::TooSoon(_) | ContactCheck::Clear => {}
    }
    let note = format!("message: {label}");
    let contact_id = store.record_contact(
        &NewContact {
            e164: &e164,
            ad_id: Some(ad_id),
            channel: Channel::Sms,
            outcome: Outcome::NoReply,
            note: Some(&note),
        },
        reviewer,
    )?;
    Ok(Response::Outreach(OutreachReply::Recorded {
        ad_id,
        text,
        e164,
        contact_id,
    }))
}

fn answer(
    store: &mut impl WorkerStore,
    reviewer: &str,
    tr: &Tr,
    req: Request,
) -> anyhow::Result<Response> {
    let who = || text(reviewer.to_string());
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
            None => Response::Error(tr.f("err-ad-gone", &[("id", num(id))])),
        },
        Request::Network(id) => match network_data(store, id, tr)? {
            Some(n) => Response::Network(Box::new(n)),
            None => Response::Error(tr.f("err-network-gone", &[("id", num(id))])),
        },
        Request::SetStatus {
            target,
            status,
            seen,
        } => {
            match seen {
                Some(seen) => store.set_status_if(target, status, reviewer, None, seen)?,
                None => store.set_status(target, status, reviewer, None)?,
            };
            Response::Done {
                target: Some(target),
                message: tr.f(
                    "msg-marked",
                    &[
                        ("target", text(labels::target(tr, target))),
                        ("status", text(labels::status(tr, status))),
                        ("reviewer", who()),
                    ],
                ),
            }
        }
        Request::Note { target, text: note } => {
            store.add_note(target, reviewer, &note)?;
            Response::Done {
                target: Some(target),
                message: tr.f(
                    "msg-note-added",
                    &[
                        ("target", text(labels::target(tr, target))),
                        ("reviewer", who()),
                    ],
                ),
            }
        }
        Request::Watch { kind, target, on } => {
            store.set_watch(kind, &target, reviewer, on)?;
            let what = match target.parse::<i64>() {
                Ok(id) if kind == store::review::WatchKind::Network => {
                    labels::target(tr, Target::Network(id))
                }
                _ => target.clone(),
            };
            let key = if on {
                "msg-following"
            } else {
                "msg-unfollowed"
            };
            Response::Done {
                target: None,
                message: tr.f(key, &[("what", text(what))]),
            }
        }
        Request::Watches => Response::Watches(store.watches(reviewer)?),
        Request::Teamwork(ad_id) => Response::Teamwork {
            ad_id,
            panel: Box::new(teamwork_panel(store, ad_id)?),
        },
        Request::Assign { target, assignee } => {
            store.assign(target, &assignee, reviewer)?;
            Response::Done {
                target: Some(target),
                message: tr.f(
                    "msg-assigned",
                    &[
                        ("target", text(labels::target(tr, target))),
                        ("assignee", text(assignee.trim())),
                    ],
                ),
            }
        }
        Request::Trends { filter, weeks } => {
            Response::Trends(Box::new(store.trends(&filter, weeks)?))
        }
        Request::Alerts { acknowledge } => Response::Alerts {
            rows: crate::commands::alerts::collect(store, reviewer, acknowledge)?,
            acknowledged: acknowledge,
        },
        Request::Networks { limit } => Response::Networks(store.network_list(&NetworkFilter {
            limit,
            ..NetworkFilter::default()
        })?),
        Request::Outreach {
            ad_id,
            e164,
            text,
            label,
            confirmed,
        } => outreach(store, reviewer, (ad_id, e164, text, label, confirmed))?,
    })
}

/// "ad #5" or "network #4", in English (see [`labels::target`]).
pub fn describe(t: Target) -> String {
    labels::target(&Tr::default(), t)
}

/// Loads the teamwork panel of an ad.
pub fn teamwork_panel(
    store: &(impl QueueStore + TeamworkStore),
    ad_id: i64,
) -> anyhow::Result<TeamworkPanel> {
    let mut numbers: Vec<String> = store
        .ad_detail(ad_id)?
        .map(|d| d.phones.into_iter().map(|p| p.e164).collect())
        .unwrap_or_default();
    numbers.sort();
    numbers.dedup();
    let mut panel = TeamworkPanel {
        assignee: store.assignee_of(Target::Ad(ad_id))?,
        ..TeamworkPanel::default()
    };
    for n in &numbers {
        panel.contacts.extend(store.contacts_of(n)?);
        panel.blocked.extend(store.do_not_contact_entry(n)?);
    }
    panel.contacts.sort_by_key(|c| (c.at, c.id));
    Ok(panel)
}

/// Loads what the network view shows (the reasons in `tr`'s language).
pub fn network_data(
    store: &impl QueueStore,
    id: i64,
    tr: &Tr,
) -> anyhow::Result<Option<NetworkData>> {
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
                    let kind = labels::link_kind(tr, l.kind);
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
