//! The full-screen interface (ratatui + crossterm), built like gitui and the
//! ratatui component template: keys become [`action::Action`]s, one
//! [`app::App`] owns every state change, [`ui`] draws, and all store work
//! runs on a [`worker`] thread with its own connection, answering by message.
//! The UI thread never waits on SQLite, so the daemon writing the same file
//! or a million-ad queue never freezes the screen.
//!
//! # Layout
//! - [`action`]: the key map.
//! - [`app`]: state and its changes; effects for the run loop.
//! - [`worker`]: the store thread and its messages.
//! - [`ui`]: the views (queue, ad, network, overlays, status bar).
//! - [`system`]: opening URLs and copying to the clipboard.
//! - [`tabs`]: the top-level screens (Ads, Networks) and the network list's state.
//! - [`idle`]: hiding the screen after a time without input.

pub mod action;
pub mod app;
pub mod idle;
pub mod system;
pub mod tabs;
pub mod ui;
pub mod worker;

use crate::cli::FilterArgs;
use crate::context::Context;
use crate::i18n::text;
use anyhow::{Context as _, Result};
use app::{App, Effect};
use crossterm::event::{self, Event};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::ExecutableCommand;
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::Stdout;
use std::sync::mpsc::{self, Sender};
use std::time::Duration;
use worker::{Request, Response};

/// How often the loop wakes to collect worker answers when no key comes.
const TICK: Duration = Duration::from_millis(40);

/// Opens the full-screen tool on the context's database, with the outreach
/// templates of the `templates` folder, if one is given.
pub fn run(ctx: Context, templates: Option<&std::path::Path>) -> Result<()> {
    run_with_filters(ctx, FilterArgs::default(), templates)
}

/// Opens the full-screen tool with starting filters.
pub fn run_with_filters(
    ctx: Context,
    filters: FilterArgs,
    templates: Option<&std::path::Path>,
) -> Result<()> {
    let db = match &ctx.store {
        store::AnyStore::Sqlite(s) => s.path().display().to_string(),
        store::AnyStore::Postgres(p) => p.url().to_string(),
    };
    let reviewer = ctx.reviewer.clone();
    let tr = ctx.tr.clone();
    let idle = idle::IdleLock::new(ctx.idle_lock, std::time::Instant::now());
    // The UI thread needs no connection of its own: the worker takes the
    // context's.
    let store = ctx.store;
    // A folder that does not load is said on the first screen and on `t`;
    // the rest of the tool works without it.
    let templates = match templates {
        Some(dir) => {
            crate::templates::load_in(&tr, dir).map_err(|e| crate::i18n::error_text(&tr, &e))
        }
        None => Err(String::new()),
    };
    let mut app = App::new(&db, &reviewer, filters)?
        .in_language(tr.clone())
        .with_templates(templates);
    if let Err(e) = &app.templates {
        if !e.is_empty() {
            app.message = Some(
                app.tr
                    .f("msg-template-error", &[("error", text(e.clone()))]),
            );
        }
    }
    app.idle = idle;
    let (resp_tx, resp_rx) = mpsc::channel::<Response>();
    let requests = worker::spawn_on(store, reviewer, tr.clone(), resp_tx)
        .with_context(|| tr.t("err-start-worker"))?;

    install_panic_hook();
    let mut terminal = enter().with_context(|| tr.t("err-terminal"))?;
    let result = event_loop(&mut terminal, &mut app, &requests, &resp_rx);
    leave();
    terminal.show_cursor().ok();
    result
}

type Term = Terminal<CrosstermBackend<Stdout>>;

fn enter() -> Result<Term> {
    enable_raw_mode()?;
    let mut out = std::io::stdout();
    out.execute(EnterAlternateScreen)?;
    Ok(Terminal::new(CrosstermBackend::new(out))?)
}

/// Gives the terminal back (best effort: also called from the panic hook).
fn leave() {
    let _ = disable_raw_mode();
    let _ = std::io::stdout().execute(LeaveAlternateScreen);
    let _ = std::io::stdout().execute(crossterm::cursor::Show);
}

/// Restores the terminal before the panic message is printed, so a crash
/// never leaves the reviewer's shell in raw mode on the alternate screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    requests: &Sender<Request>,
    responses: &mpsc::Receiver<Response>,
) -> Result<()> {
    let first = app.start();
    perform(terminal, app, requests, first);
    let mut dirty = true;
    while !app.quit {
        if dirty {
            let size = terminal.size()?;
            // title + status bar + table header
            app.visible_rows = size.height.saturating_sub(3).max(1) as usize;
            terminal.draw(|f| ui::draw(f, app))?;
            dirty = false;
        }
        if app.idle.tick(std::time::Instant::now()) {
            dirty = true;
        }
        if event::poll(TICK)? {
            match event::read()? {
                Event::Key(key) => {
                    let for_app = key.kind == event::KeyEventKind::Press
                        && app.idle.key(std::time::Instant::now());
                    if !for_app {
                        dirty = true;
                        continue;
                    }
                    if let Some(action) = action::action_for(app, key) {
                        let fx = app.update(action);
                        perform(terminal, app, requests, fx);
                    }
                    dirty = true;
                }
                Event::Resize(_, _) => dirty = true,
                _ => {}
            }
        }
        for resp in responses.try_iter() {
            let fx = app.apply(resp);
            perform(terminal, app, requests, fx);
            dirty = true;
        }
    }
    Ok(())
}

/// Carries out the app's effects.
fn perform(terminal: &mut Term, app: &mut App, requests: &Sender<Request>, fx: Vec<Effect>) {
    for e in fx {
        match e {
            Effect::Request(r) => {
                if requests.send(r).is_err() {
                    app.message = Some(app.tr.t("err-worker-stopped"));
                }
            }
            Effect::OpenUrl(url) => {
                if let Err(e) = system::open_url(&url) {
                    app.message = Some(app.tr.f(
                        "err-browser",
                        &[("error", text(e.to_string())), ("url", text(url.clone()))],
                    ));
                }
            }
            Effect::Copy(t) => {
                if system::copy(terminal.backend_mut(), &t).is_err() {
                    app.message = Some(app.tr.f("err-copy", &[("number", text(t.clone()))]));
                }
            }
        }
    }
}
