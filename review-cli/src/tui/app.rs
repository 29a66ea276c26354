//! The one place state changes: [`App::update`] turns an [`Action`] into new
//! state plus [`Effect`]s (store requests, opening a URL, copying a number),
//! and [`App::apply`] folds the worker's answers in. Nothing here touches the
//! terminal, the store or the OS, which is what makes every action testable
//! by feeding keys and reading the state and the effects.
//!
//! The queue is paged: only [`PAGE`] rows around the cursor are held, the
//! selection is an absolute row number, and moving past the loaded rows asks
//! the worker for the page that holds the new row.

use crate::cli::FilterArgs;
use crate::filters::FilterField;
use crate::i18n::{labels, text, Tr};
use crate::tui::action::Action;
use crate::tui::tabs::{AlertsTab, NetworksTab, Tab, TrendsTab, NETWORKS_SHOWN};
use crate::tui::worker::{NetworkData, Request, Response, TeamworkPanel};
use store::query::{AdDetail, AdSummary, ListFilter};
use store::review::{ReviewStatus, Target, Watch, WatchKind};

/// Rows per queue page.
pub const PAGE: usize = 100;

/// Something the run loop must do for the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ask the store worker.
    Request(Request),
    /// Open this URL in a browser.
    OpenUrl(String),
    /// Put this text on the clipboard.
    Copy(String),
}

/// The ad view's state.
#[derive(Debug, Clone, PartialEq)]
pub struct AdView {
    /// Ad id.
    pub id: i64,
    /// Loaded detail (None while loading).
    pub detail: Option<Box<AdDetail>>,
    /// Lines scrolled down.
    pub scroll: u16,
    /// Assignee and contacts (None while loading).
    pub teamwork: Option<Box<TeamworkPanel>>,
}

/// The network view's state.
#[derive(Debug, Clone, PartialEq)]
pub struct NetView {
    /// Network id.
    pub id: i64,
    /// Loaded data (None while loading).
    pub data: Option<Box<NetworkData>>,
    /// Selected member row.
    pub selected: usize,
}

/// A screen on the navigation stack.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The priority queue.
    Queue,
    /// The network list (its state is [`App::networks`]).
    Networks,
    /// Charts per week (its state is [`App::trends`]).
    Trends,
    /// New ads in what the reviewer follows (its state is [`App::alerts`]).
    Alerts,
    /// One ad.
    Ad(AdView),
    /// One network.
    Network(NetView),
}

/// What a one-line prompt is for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PromptKind {
    /// Words to search the ad text for.
    Search,
    /// A note on this case.
    Note(Target),
    /// The reviewer to give this case to.
    Assign(Target),
}

/// A window drawn over the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// The key help.
    Help,
    /// Choosing a status for `target`.
    StatusPicker {
        /// Ad or network.
        target: Target,
        /// Highlighted status.
        selected: usize,
    },
    /// A one-line text prompt.
    Prompt {
        /// What it is for.
        kind: PromptKind,
        /// Text typed so far.
        input: String,
    },
    /// The filter form.
    Filters {
        /// One value per [`FilterField::FORM`] entry.
        fields: Vec<String>,
        /// Field being edited.
        focus: usize,
        /// Why the last submit was refused.
        error: Option<String>,
    },
}

/// The whole interface state.
#[derive(Debug, Clone)]
pub struct App {
    /// The database in use (for the status bar).
    pub db: String,
    /// Who is reviewing.
    pub reviewer: String,
    /// The filters as typed.
    pub filter_args: FilterArgs,
    /// The filters as the store takes them.
    pub filter: ListFilter,
    /// Bumped on every filter change; older answers are ignored.
    pub generation: u64,
    /// Loaded queue rows, starting at row `offset`.
    pub rows: Vec<AdSummary>,
    /// Row number of `rows[0]`.
    pub offset: usize,
    /// Selected row (absolute).
    pub selected: usize,
    /// Rows matching the filters, once counted.
    pub total: Option<i64>,
    /// A page request is outstanding.
    pub loading: bool,
    /// Navigation stack; the queue is always at the bottom.
    pub stack: Vec<Screen>,
    /// Window over the screen.
    pub overlay: Option<Overlay>,
    /// Ads per status.
    pub status_counts: Vec<(ReviewStatus, i64)>,
    /// What this reviewer follows.
    pub watches: Vec<Watch>,
    /// Last message for the status bar.
    pub message: Option<String>,
    /// Set when the person asked to quit.
    pub quit: bool,
    /// Queue rows visible on screen (set by the run loop from the terminal size).
    pub visible_rows: usize,
    /// The interface's language.
    pub tr: Tr,
    /// The Networks screen.
    pub networks: NetworksTab,
    /// The Trends screen.
    pub trends: TrendsTab,
    /// The Alerts screen.
    pub alerts: AlertsTab,
    /// Outreach message templates, or why there are none.
    pub templates: Result<Vec<crate::templates::Template>, String>,
    /// The ad whose outreach message waits for a second `t` (its number was
    /// contacted within the gap).
    pub outreach_pending: Option<i64>,
    /// The idle lock (the run loop ticks it; the drawing obeys it).
    pub idle: crate::tui::idle::IdleLock,
}

impl App {
    /// A new app on database `db` for `reviewer`, with starting filters.
    /// Call [`App::start`] for the first requests.
    pub fn new(db: &str, reviewer: &str, filter_args: FilterArgs) -> anyhow::Result<App> {
        let filter = filter_args.to_filter()?;
        Ok(App {
            db: db.to_string(),
            reviewer: reviewer.to_string(),
            filter_args,
            filter,
            generation: 1,
            rows: Vec::new(),
            offset: 0,
            selected: 0,
            total: None,
            loading: true,
            stack: vec![Screen::Queue],
            overlay: None,
            status_counts: Vec::new(),
            watches: Vec::new(),
            message: None,
            quit: false,
            visible_rows: 15,
            tr: Tr::default(),
            networks: NetworksTab::default(),
            trends: TrendsTab::default(),
            alerts: AlertsTab::default(),
            templates: Err(String::new()),
            outreach_pending: None,
            idle: crate::tui::idle::IdleLock::default(),
        })
    }

    /// The same app with outreach templates (or the error loading them).
    pub fn with_templates(
        mut self,
        templates: Result<Vec<crate::templates::Template>, String>,
    ) -> App {
        self.templates = templates;
        self
    }

    /// The same app speaking `tr`'s language.
    pub fn in_language(mut self, tr: Tr) -> App {
        self.tr = tr;
        self
    }

    /// The first requests: a page, then counts and follows (so the first
    /// screen does not wait for a count over the whole store).
    pub fn start(&mut self) -> Vec<Effect> {
        let mut fx = self.page_request(0);
        fx.extend(self.count_requests());
        fx.push(Effect::Request(Request::Watches));
        fx
    }

    /// The screen on top.
    pub fn screen(&self) -> &Screen {
        self.stack.last().unwrap_or(&Screen::Queue)
    }

    fn screen_mut(&mut self) -> &mut Screen {
        if self.stack.is_empty() {
            self.stack.push(Screen::Queue);
        }
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    /// The selected queue row, if loaded.
    pub fn selected_row(&self) -> Option<&AdSummary> {
        self.selected
            .checked_sub(self.offset)
            .and_then(|i| self.rows.get(i))
    }

    /// Whether the reviewer follows `kind`/`target`.
    pub fn follows(&self, kind: WatchKind, target: &str) -> bool {
        self.watches
            .iter()
            .any(|w| w.kind == kind && w.target == target)
    }

    fn page_request(&mut self, offset: usize) -> Vec<Effect> {
        self.loading = true;
        let mut filter = self.filter.clone();
        // The page next to the one loaded continues from its edge row
        // (keyset paging), so a page deep in a million-ad queue costs what
        // the first does; any other page goes by its offset.
        if self.rows.len() == PAGE && offset == self.offset + PAGE {
            filter.after = self.rows.last().map(|r| r.id);
        } else if !self.rows.is_empty() && offset + PAGE == self.offset {
            filter.before = self.rows.first().map(|r| r.id);
        }
        vec![Effect::Request(Request::Page {
            generation: self.generation,
            filter: Box::new(filter),
            offset,
            limit: PAGE,
        })]
    }

    fn count_requests(&self) -> Vec<Effect> {
        vec![
            Effect::Request(Request::Count {
                generation: self.generation,
                filter: Box::new(self.filter.clone()),
            }),
            Effect::Request(Request::StatusCounts),
        ]
    }

    /// Requests the page holding the selected row when it is not loaded.
    fn ensure_loaded(&mut self) -> Vec<Effect> {
        let loaded = self.selected >= self.offset && self.selected < self.offset + self.rows.len();
        if loaded {
            return Vec::new();
        }
        self.page_request(self.selected / PAGE * PAGE)
    }

    /// The last row the cursor may go to, as far as is known.
    fn last_row(&self) -> usize {
        match self.total {
            Some(t) => (t.max(1) - 1) as usize,
            None if self.rows.len() == PAGE => self.offset + PAGE,
            None => (self.offset + self.rows.len()).saturating_sub(1),
        }
    }

    fn move_queue(&mut self, delta: isize) -> Vec<Effect> {
        let next = (self.selected as isize + delta).max(0) as usize;
        self.selected = next.min(self.last_row());
        self.ensure_loaded()
    }

    /// The case the current screen is about.
    fn current_target(&self) -> Option<Target> {
        match self.screen() {
            Screen::Queue => self.selected_row().map(|r| Target::Ad(r.id)),
            Screen::Networks => self
                .networks
                .current()
                .map(|n| Target::Network(n.network_id)),
            Screen::Alerts => self.current_alert().map(|a| Target::Ad(a.ad.id)),
            Screen::Trends => None,
            Screen::Ad(v) => Some(Target::Ad(v.id)),
            Screen::Network(v) => Some(Target::Network(v.id)),
        }
    }

    /// The newest status event the open view of `target` shows (`Some(None)`
    /// when it shows none), `None` when no history of `target` is shown.
    fn seen_status_event(&self, target: Target) -> Option<Option<i64>> {
        let events = match (self.screen(), target) {
            (Screen::Ad(v), Target::Ad(id)) if v.id == id => &v.detail.as_ref()?.events,
            (Screen::Network(v), Target::Network(id)) if v.id == id => &v.data.as_ref()?.events,
            _ => return None,
        };
        Some(
            events
                .iter()
                .filter(|e| e.kind == "status")
                .map(|e| e.id)
                .max(),
        )
    }

    fn current_status(&self, target: Target) -> ReviewStatus {
        match (self.screen(), target) {
            (Screen::Ad(v), _) => v.detail.as_ref().map(|d| d.status),
            (Screen::Network(v), _) => v.data.as_ref().map(|d| d.status),
            (Screen::Queue, _) => self.selected_row().map(|r| r.status),
            (Screen::Networks, _) => self.networks.current().map(|n| n.status),
            (Screen::Alerts, _) => self.current_alert().map(|a| a.ad.status),
            (Screen::Trends, _) => None,
        }
        .unwrap_or(ReviewStatus::New)
    }

    fn current_network(&self) -> Option<i64> {
        match self.screen() {
            Screen::Queue => self.selected_row().and_then(|r| r.network_id),
            Screen::Networks => self.networks.current().map(|n| n.network_id),
            Screen::Alerts => self.current_alert().and_then(|a| a.ad.network_id),
            Screen::Trends => None,
            Screen::Ad(v) => v.detail.as_ref().and_then(|d| d.network_id),
            Screen::Network(v) => Some(v.id),
        }
    }

    fn current_ad_detail(&self) -> Option<&AdDetail> {
        match self.screen() {
            Screen::Ad(v) => v.detail.as_deref(),
            _ => None,
        }
    }

    fn current_url(&self) -> Option<String> {
        match self.screen() {
            Screen::Queue => self.selected_row().map(|r| r.url.clone()),
            Screen::Alerts => self.current_alert().map(|a| a.ad.url.clone()),
            Screen::Networks | Screen::Trends => None,
            Screen::Ad(v) => v.detail.as_ref().map(|d| d.stored.ad.url.clone()),
            Screen::Network(v) => v
                .data
                .as_ref()
                .and_then(|d| d.members.get(v.selected))
                .map(|r| r.url.clone()),
        }
    }

    fn open_ad(&mut self, id: i64) -> Vec<Effect> {
        self.stack.push(Screen::Ad(AdView {
            id,
            detail: None,
            scroll: 0,
            teamwork: None,
        }));
        vec![
            Effect::Request(Request::Ad(id)),
            Effect::Request(Request::Teamwork(id)),
        ]
    }

    fn open_network(&mut self, id: i64) -> Vec<Effect> {
        self.stack.push(Screen::Network(NetView {
            id,
            data: None,
            selected: 0,
        }));
        vec![Effect::Request(Request::Network(id))]
    }

    /// Re-reads what is on screen, the queue page and the counts.
    fn refresh(&mut self) -> Vec<Effect> {
        let mut fx = Vec::new();
        for s in &self.stack {
            match s {
                Screen::Queue => {}
                Screen::Networks => fx.push(self.networks_request()),
                Screen::Trends => fx.push(self.trends_request()),
                Screen::Alerts => fx.push(Effect::Request(Request::Alerts { acknowledge: false })),
                Screen::Ad(v) => {
                    fx.push(Effect::Request(Request::Ad(v.id)));
                    fx.push(Effect::Request(Request::Teamwork(v.id)));
                }
                Screen::Network(v) => fx.push(Effect::Request(Request::Network(v.id))),
            }
        }
        fx.extend(self.page_request(self.selected / PAGE * PAGE));
        fx.extend(self.count_requests());
        fx
    }

    /// Applies new filters: back to the top of a fresh queue.
    fn apply_filters(&mut self, args: FilterArgs) -> Vec<Effect> {
        match args.to_filter_in(&self.tr) {
            Ok(f) => {
                self.filter_args = args;
                self.filter = f;
                self.generation += 1;
                self.rows.clear();
                self.offset = 0;
                self.selected = 0;
                self.total = None;
                self.stack.truncate(1);
                let mut fx = self.page_request(0);
                fx.extend(self.count_requests());
                if self.tab() == Tab::Trends {
                    fx.push(self.trends_request());
                }
                fx
            }
            Err(e) => {
                self.message = Some(crate::i18n::error_text(&self.tr, &e));
                Vec::new()
            }
        }
    }

    /// The top-level screen in use.
    pub fn tab(&self) -> Tab {
        match self.stack.first() {
            Some(Screen::Networks) => Tab::Networks,
            Some(Screen::Trends) => Tab::Trends,
            Some(Screen::Alerts) => Tab::Alerts,
            _ => Tab::Ads,
        }
    }

    fn current_alert(&self) -> Option<&crate::commands::alerts::Alert> {
        self.alerts.rows.get(self.alerts.selected)
    }

    fn trends_request(&self) -> Effect {
        Effect::Request(Request::Trends {
            filter: Box::new(self.filter.clone()),
            weeks: self.trends.weeks,
        })
    }

    fn networks_request(&self) -> Effect {
        Effect::Request(Request::Networks {
            limit: NETWORKS_SHOWN,
        })
    }

    /// Switches to a top-level screen (closing any ad or network view).
    fn switch_to(&mut self, tab: Tab) -> Vec<Effect> {
        self.stack = vec![match tab {
            Tab::Ads => Screen::Queue,
            Tab::Networks => Screen::Networks,
            Tab::Trends => Screen::Trends,
            Tab::Alerts => Screen::Alerts,
        }];
        match tab {
            // Always reload: statuses and members change while you work.
            Tab::Networks => vec![self.networks_request()],
            Tab::Trends => vec![self.trends_request()],
            Tab::Alerts => vec![Effect::Request(Request::Alerts { acknowledge: false })],
            Tab::Ads => Vec::new(),
        }
    }

    /// Handles one action.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        if let Some(overlay) = self.overlay.take() {
            return self.update_overlay(overlay, action);
        }
        match action {
            Action::Quit => {
                self.quit = true;
                Vec::new()
            }
            Action::Help => {
                self.overlay = Some(Overlay::Help);
                Vec::new()
            }
            Action::Back => {
                if self.stack.len() > 1 {
                    self.stack.pop();
                }
                Vec::new()
            }
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::PageUp => self.step(-(self.visible_rows.max(1) as isize)),
            Action::PageDown => self.step(self.visible_rows.max(1) as isize),
            Action::Top => self.step(isize::MIN / 2),
            Action::Bottom => self.step(isize::MAX / 2),
            Action::Open => match self.screen() {
                Screen::Queue => match self.selected_row().map(|r| r.id) {
                    Some(id) => self.open_ad(id),
                    None => Vec::new(),
                },
                Screen::Networks => match self.networks.current().map(|n| n.network_id) {
                    Some(id) => self.open_network(id),
                    None => Vec::new(),
                },
                Screen::Alerts => match self.current_alert().map(|a| a.ad.id) {
                    Some(id) => self.open_ad(id),
                    None => Vec::new(),
                },
                Screen::Trends => Vec::new(),
                Screen::Network(v) => {
                    let id = v
                        .data
                        .as_ref()
                        .and_then(|d| d.members.get(v.selected))
                        .map(|r| r.id);
                    id.map(|id| self.open_ad(id)).unwrap_or_default()
                }
                Screen::Ad(_) => Vec::new(),
            },
            Action::OpenNetwork => {
                if matches!(self.screen(), Screen::Network(_)) {
                    return Vec::new();
                }
                match self.current_network() {
                    Some(id) => self.open_network(id),
                    None => {
                        self.message = Some(self.tr.t("msg-no-network"));
                        Vec::new()
                    }
                }
            }
            Action::Mark => {
                if let Some(target) = self.current_target() {
                    let now = self.current_status(target);
                    let selected = ReviewStatus::ALL
                        .iter()
                        .position(|s| *s == now)
                        .unwrap_or(0);
                    self.overlay = Some(Overlay::StatusPicker { target, selected });
                }
                Vec::new()
            }
            Action::SetStatus(status) => match self.current_target() {
                Some(target) => vec![Effect::Request(Request::SetStatus {
                    target,
                    status,
                    seen: self.seen_status_event(target),
                })],
                None => Vec::new(),
            },
            Action::Assign => {
                if let Some(target) = self.current_target() {
                    self.overlay = Some(Overlay::Prompt {
                        kind: PromptKind::Assign(target),
                        input: self.reviewer.clone(),
                    });
                }
                Vec::new()
            }
            Action::Note => {
                if let Some(target) = self.current_target() {
                    self.overlay = Some(Overlay::Prompt {
                        kind: PromptKind::Note(target),
                        input: String::new(),
                    });
                }
                Vec::new()
            }
            Action::Search => {
                self.overlay = Some(Overlay::Prompt {
                    kind: PromptKind::Search,
                    input: self.filter_args.search.clone().unwrap_or_default(),
                });
                Vec::new()
            }
            Action::Filters => {
                self.overlay = Some(Overlay::Filters {
                    fields: form_fields(&self.filter_args),
                    focus: 0,
                    error: None,
                });
                Vec::new()
            }
            Action::ClearFilters => self.apply_filters(FilterArgs::default()),
            Action::FollowNetwork => match self.current_network() {
                Some(id) => self.toggle_watch(WatchKind::Network, id.to_string()),
                None => {
                    self.message = Some(self.tr.t("msg-no-network"));
                    Vec::new()
                }
            },
            Action::FollowPhone => {
                match self
                    .current_ad_detail()
                    .and_then(|d| d.phones.first())
                    .map(|p| p.e164.clone())
                {
                    Some(p) => self.toggle_watch(WatchKind::Phone, p),
                    None => {
                        self.message = Some(self.no_phone_message());
                        Vec::new()
                    }
                }
            }
            Action::OpenUrl => match self.current_url() {
                Some(url) => {
                    self.message = Some(self.tr.f("msg-opening", &[("url", text(url.clone()))]));
                    vec![Effect::OpenUrl(url)]
                }
                None => Vec::new(),
            },
            Action::CopyNumber => {
                let phones: Vec<String> = self
                    .current_ad_detail()
                    .map(|d| d.phones.iter().map(|p| p.e164.clone()).collect())
                    .unwrap_or_default();
                let mut unique = phones.clone();
                unique.dedup();
                match unique.first() {
                    Some(p) => {
                        let msg = if unique.len() > 1 {
                            self.tr.f(
                                "msg-copied-more",
                                &[
                                    ("number", text(p.clone())),
                                    ("others", text(unique[1..].join(", "))),
                                ],
                            )
                        } else {
                            self.tr.f("msg-copied", &[("number", text(p.clone()))])
                        };
                        self.message = Some(msg);
                        vec![Effect::Copy(p.clone())]
                    }
                    None => {
                        self.message = Some(self.no_phone_message());
                        Vec::new()
                    }
                }
            }
            Action::Template => self.outreach(),
            Action::Refresh => self.refresh(),
            Action::NextTab => self.switch_to(self.tab().next()),
            Action::Weeks(delta) => {
                if !matches!(self.screen(), Screen::Trends) {
                    return Vec::new();
                }
                self.trends.change_weeks(delta);
                vec![self.trends_request()]
            }
            Action::Acknowledge => {
                if !matches!(self.screen(), Screen::Alerts) {
                    return Vec::new();
                }
                vec![Effect::Request(Request::Alerts { acknowledge: true })]
            }
            Action::ShowTab(t) => self.switch_to(t),
            Action::Input(_)
            | Action::Backspace
            | Action::Submit
            | Action::NextField
            | Action::PrevField => Vec::new(),
        }
    }

    /// `t`: the outreach message for the open ad (see [`crate::templates`]).
    fn outreach(&mut self) -> Vec<Effect> {
        let Some(d) = self.current_ad_detail() else {
            self.message = Some(self.tr.t("msg-template-open-ad"));
            return Vec::new();
        };
        let ad_id = d.stored.id;
        let templates = match &self.templates {
            Ok(t) => t,
            Err(e) if e.is_empty() => {
                self.message = Some(self.tr.t("msg-template-no-folder"));
                return Vec::new();
            }
            Err(e) => {
                self.message = Some(
                    self.tr
                        .f("msg-template-error", &[("error", text(e.clone()))]),
                );
                return Vec::new();
            }
        };
        let lang = d.analysis.as_ref().and_then(|a| a.language.clone());
        let Some(t) = crate::templates::pick(templates, lang.as_deref()) else {
            self.message = Some(self.tr.f(
                "msg-template-no-language",
                &[("lang", text(lang.unwrap_or_else(|| "-".into())))],
            ));
            return Vec::new();
        };
        let Some(e164) = d.phones.first().map(|p| p.e164.clone()) else {
            self.message = Some(self.no_phone_message());
            return Vec::new();
        };
        let filled = crate::templates::fill(&t.body, d.stored.ad.name.as_deref());
        let label = t.label.clone();
        let confirmed = self.outreach_pending == Some(ad_id);
        self.outreach_pending = None;
        vec![Effect::Request(Request::Outreach {
            ad_id,
            e164,
            text: filled,
            label,
            confirmed,
        })]
    }

    fn no_phone_message(&self) -> String {
        match self.screen() {
            Screen::Ad(_) => self.tr.t("msg-ad-no-phone"),
            _ => self.tr.t("msg-open-ad-for-phone"),
        }
    }

    fn toggle_watch(&mut self, kind: WatchKind, target: String) -> Vec<Effect> {
        let on = !self.follows(kind, &target);
        vec![
            Effect::Request(Request::Watch { kind, target, on }),
            Effect::Request(Request::Watches),
        ]
    }

    /// Up/down on the current screen.
    fn step(&mut self, delta: isize) -> Vec<Effect> {
        match self.screen_mut() {
            Screen::Queue => self.move_queue(delta),
            Screen::Networks => {
                self.networks.step(delta);
                Vec::new()
            }
            Screen::Alerts => {
                self.alerts.step(delta);
                Vec::new()
            }
            Screen::Trends => Vec::new(),
            Screen::Ad(v) => {
                v.scroll = (v.scroll as isize + delta).clamp(0, u16::MAX as isize / 2) as u16;
                Vec::new()
            }
            Screen::Network(v) => {
                let n = v.data.as_ref().map(|d| d.members.len()).unwrap_or(0);
                let next = (v.selected as isize + delta).max(0) as usize;
                v.selected = next.min(n.saturating_sub(1));
                Vec::new()
            }
        }
    }

    fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Vec<Effect> {
        if action == Action::Quit {
            self.quit = true;
            return Vec::new();
        }
        match overlay {
            Overlay::Help => Vec::new(),
            Overlay::StatusPicker {
                target,
                mut selected,
            } => {
                let n = ReviewStatus::ALL.len();
                let status = match action {
                    Action::Back => return Vec::new(),
                    Action::SetStatus(s) => s,
                    Action::Submit => ReviewStatus::ALL[selected.min(n - 1)],
                    Action::Up | Action::Down => {
                        selected = if action == Action::Up {
                            (selected + n - 1) % n
                        } else {
                            (selected + 1) % n
                        };
                        self.overlay = Some(Overlay::StatusPicker { target, selected });
                        return Vec::new();
                    }
                    _ => {
                        self.overlay = Some(Overlay::StatusPicker { target, selected });
                        return Vec::new();
                    }
                };
                self.message = Some(self.tr.f(
                    "msg-saving-status",
                    &[("status", text(labels::status(&self.tr, status)))],
                ));
                vec![Effect::Request(Request::SetStatus {
                    target,
                    status,
                    seen: self.seen_status_event(target),
                })]
            }
            Overlay::Prompt { kind, mut input } => match action {
                Action::Back => Vec::new(),
                Action::Input(c) => {
                    input.push(c);
                    self.overlay = Some(Overlay::Prompt { kind, input });
                    Vec::new()
                }
                Action::Backspace => {
                    input.pop();
                    self.overlay = Some(Overlay::Prompt { kind, input });
                    Vec::new()
                }
                Action::Submit => match kind {
                    PromptKind::Search => {
                        let mut args = self.filter_args.clone();
                        let words = input.trim();
                        args.search = (!words.is_empty()).then(|| words.to_string());
                        self.apply_filters(args)
                    }
                    PromptKind::Assign(target) => {
                        let name = input.trim();
                        if name.is_empty() {
                            return Vec::new();
                        }
                        vec![Effect::Request(Request::Assign {
                            target,
                            assignee: name.to_string(),
                        })]
                    }
                    PromptKind::Note(target) => {
                        if input.trim().is_empty() {
                            self.message = Some(self.tr.t("msg-empty-note"));
                            return Vec::new();
                        }
                        self.message = Some(self.tr.t("msg-saving-note"));
                        vec![Effect::Request(Request::Note {
                            target,
                            text: input.trim().to_string(),
                        })]
                    }
                },
                _ => {
                    self.overlay = Some(Overlay::Prompt { kind, input });
                    Vec::new()
                }
            },
            Overlay::Filters {
                mut fields,
                mut focus,
                error,
            } => {
                let n = fields.len();
                match action {
                    Action::Back => return Vec::new(),
                    Action::Input(c) => fields[focus].push(c),
                    Action::Backspace => {
                        fields[focus].pop();
                    }
                    Action::NextField => focus = (focus + 1) % n,
                    Action::PrevField => focus = (focus + n - 1) % n,
                    Action::Submit => {
                        let args = args_from_fields_in(&self.tr, &fields, &self.filter_args);
                        return match args.and_then(|a| a.to_filter_in(&self.tr).map(|_| a)) {
                            Ok(a) => self.apply_filters(a),
                            Err(e) => {
                                self.overlay = Some(Overlay::Filters {
                                    fields,
                                    focus,
                                    error: Some(crate::i18n::error_text(&self.tr, &e)),
                                });
                                Vec::new()
                            }
                        };
                    }
                    _ => {}
                }
                self.overlay = Some(Overlay::Filters {
                    fields,
                    focus,
                    error,
                });
                Vec::new()
            }
        }
    }

    /// What an outreach request came to: the message copied, a warning that
    /// the number was contacted within the gap, or a refusal.
    fn outreach_reply(&mut self, reply: crate::tui::worker::OutreachReply) -> Vec<Effect> {
        use crate::tui::worker::OutreachReply;
        match reply {
            OutreachReply::Recorded {
                ad_id,
                text: message,
                e164,
                contact_id,
            } => {
                self.message = Some(self.tr.f(
                    "msg-template-copied",
                    &[
                        ("number", text(e164)),
                        ("contact", crate::i18n::num(contact_id)),
                    ],
                ));
                let mut fx = vec![Effect::Copy(message)];
                fx.push(Effect::Request(Request::Teamwork(ad_id)));
                fx
            }
            OutreachReply::TooSoon { ad_id, e164, last } => {
                self.outreach_pending = Some(ad_id);
                let days = (store::now() - last).num_days();
                self.message = Some(self.tr.f(
                    "msg-template-too-soon",
                    &[("number", text(e164)), ("days", crate::i18n::num(days))],
                ));
                Vec::new()
            }
            OutreachReply::Refused { e164, reason } => {
                self.message = Some(self.tr.f(
                    "msg-template-refused",
                    &[
                        ("number", text(e164)),
                        (
                            "reason",
                            text(crate::commands::contact::reason_word(&self.tr, reason)),
                        ),
                    ],
                ));
                Vec::new()
            }
        }
    }

    /// Folds a worker answer into the state; may ask for more.
    pub fn apply(&mut self, response: Response) -> Vec<Effect> {
        match response {
            Response::Page {
                generation,
                offset,
                rows,
            } => {
                if generation != self.generation {
                    return Vec::new();
                }
                self.loading = false;
                if rows.len() < PAGE {
                    // The end of the queue is known even before the count.
                    let end = (offset + rows.len()) as i64;
                    if self.total.is_none_or(|t| t > end) && (offset == 0 || !rows.is_empty()) {
                        self.total = Some(end);
                    }
                }
                self.rows = rows;
                self.offset = offset;
                if self.rows.is_empty() && offset > 0 {
                    // Ads went away under us (retention, removal): go to the end.
                    self.selected = offset.saturating_sub(1);
                    return self.ensure_loaded();
                }
                let last = (self.offset + self.rows.len()).saturating_sub(1);
                if self.selected > last {
                    self.selected = last;
                }
                Vec::new()
            }
            Response::Count { generation, total } => {
                if generation == self.generation {
                    self.total = Some(total);
                    let last = self.last_row();
                    if self.selected > last {
                        self.selected = last;
                        return self.ensure_loaded();
                    }
                }
                Vec::new()
            }
            Response::StatusCounts(c) => {
                self.status_counts = c;
                Vec::new()
            }
            Response::Ad(d) => {
                for s in self.stack.iter_mut() {
                    if let Screen::Ad(v) = s {
                        if v.id == d.stored.id {
                            v.detail = Some(d.clone());
                        }
                    }
                }
                Vec::new()
            }
            Response::Network(n) => {
                for s in self.stack.iter_mut() {
                    if let Screen::Network(v) = s {
                        if v.id == n.id {
                            v.selected = v.selected.min(n.members.len().saturating_sub(1));
                            v.data = Some(n.clone());
                        }
                    }
                }
                Vec::new()
            }
            Response::Watches(w) => {
                self.watches = w;
                Vec::new()
            }
            Response::Teamwork { ad_id, panel } => {
                for s in self.stack.iter_mut() {
                    if let Screen::Ad(v) = s {
                        if v.id == ad_id {
                            v.teamwork = Some(panel.clone());
                        }
                    }
                }
                Vec::new()
            }
            Response::Trends(t) => {
                self.trends.data = Some(t);
                Vec::new()
            }
            Response::Alerts { rows, acknowledged } => {
                if acknowledged {
                    self.message = Some(self.tr.f(
                        "msg-acknowledged",
                        &[("count", crate::i18n::num(rows.len() as i64))],
                    ));
                    self.alerts.rows.clear();
                } else {
                    self.alerts.rows = rows;
                }
                self.alerts.loaded = true;
                self.alerts.step(0);
                Vec::new()
            }
            Response::Networks(rows) => {
                self.networks.load(rows);
                Vec::new()
            }
            Response::Outreach(reply) => self.outreach_reply(reply),
            Response::Done { target, message } => {
                self.message = Some(message);
                if target.is_some() {
                    self.refresh()
                } else {
                    Vec::new()
                }
            }
            Response::Error(e) => {
                self.loading = false;
                self.message = Some(self.tr.f("msg-error", &[("error", text(e))]));
                Vec::new()
            }
        }
    }
}

/// The filter form's fields for `args`, in [`FilterField::FORM`] order.
pub fn form_fields(args: &FilterArgs) -> Vec<String> {
    FilterField::FORM
        .iter()
        .map(|f| args.get(*f).unwrap_or_default())
        .collect()
}

/// Filter flags from the form's fields (keeping `base`'s other flags).
pub fn args_from_fields(fields: &[String], base: &FilterArgs) -> anyhow::Result<FilterArgs> {
    args_from_fields_in(&Tr::default(), fields, base)
}

/// [`args_from_fields`] with the message in `tr`'s language.
pub fn args_from_fields_in(
    tr: &Tr,
    fields: &[String],
    base: &FilterArgs,
) -> anyhow::Result<FilterArgs> {
    let mut args = base.clone();
    for (f, value) in FilterField::FORM.iter().zip(fields) {
        args.set(*f, value).map_err(|e| {
            anyhow::anyhow!("{}", tr.f("err-min-score", &[("given", text(e.given))]))
        })?;
    }
    Ok(args)
}
