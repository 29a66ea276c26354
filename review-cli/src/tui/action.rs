//! Keys become [`Action`]s here, and only here: what a key means depends on
//! what is on screen (a text prompt takes letters as text, the status picker
//! takes digits as statuses), so the key map reads the app's mode.

use crate::tui::app::{App, Overlay, Screen};
use crate::tui::tabs::Tab;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use store::review::ReviewStatus;

/// Everything a person can ask the interface to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Leave the tool.
    Quit,
    /// Show or hide the key help.
    Help,
    /// Go back to the previous screen (or close an overlay).
    Back,
    /// Move up one row (or scroll up).
    Up,
    /// Move down one row (or scroll down).
    Down,
    /// Move up one screen.
    PageUp,
    /// Move down one screen.
    PageDown,
    /// First row.
    Top,
    /// Last row.
    Bottom,
    /// Open the selected ad (or the ad chosen in the network view).
    Open,
    /// Open the network of the selected ad.
    OpenNetwork,
    /// Choose a status for the current ad or network.
    Mark,
    /// Set this status (in the status picker, or directly).
    SetStatus(ReviewStatus),
    /// Write a note on the current ad or network.
    Note,
    /// Give the current ad or network to a reviewer.
    Assign,
    /// Search the ad text.
    Search,
    /// Edit the filters.
    Filters,
    /// Remove every filter.
    ClearFilters,
    /// Follow or unfollow the current network.
    FollowNetwork,
    /// Follow or unfollow the current ad's (first) phone number.
    FollowPhone,
    /// Open the ad's URL in a browser.
    OpenUrl,
    /// Copy the ad's (first) phone number.
    CopyNumber,
    /// Fill the outreach message for the ad's language, copy it and record
    /// a contact attempt.
    Template,
    /// Reload from the database.
    Refresh,
    /// Go to the next top-level screen (Ads → Networks → …).
    NextTab,
    /// Go to this top-level screen.
    ShowTab(Tab),
    /// Show more (positive) or fewer weeks on the Trends screen.
    Weeks(isize),
    /// Mark the alerts seen (Alerts screen).
    Acknowledge,
    /// A character typed into a prompt.
    Input(char),
    /// Delete the last character of a prompt.
    Backspace,
    /// Confirm a prompt or a choice.
    Submit,
    /// Next field of the filter form.
    NextField,
    /// Previous field of the filter form.
    PrevField,
}

/// The action for `key` in the app's current mode, if any.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match &app.overlay {
        Some(Overlay::Help) => return Some(Action::Help),
        Some(Overlay::Prompt { .. }) | Some(Overlay::Filters { .. }) => {
            return match key.code {
                KeyCode::Esc => Some(Action::Back),
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Backspace => Some(Action::Backspace),
                KeyCode::Tab | KeyCode::Down => Some(Action::NextField),
                KeyCode::BackTab | KeyCode::Up => Some(Action::PrevField),
                KeyCode::Char(c) => Some(Action::Input(c)),
                _ => None,
            }
        }
        Some(Overlay::StatusPicker { .. }) => {
            return match key.code {
                KeyCode::Esc | KeyCode::Char('q') => Some(Action::Back),
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
                KeyCode::Char(c @ '1'..='9') => {
                    let i = c as usize - '1' as usize;
                    ReviewStatus::ALL.get(i).map(|s| Action::SetStatus(*s))
                }
                _ => None,
            }
        }
        None => {}
    }
    // The filters apply to the queue and to the trends.
    let on_queue = matches!(app.screen(), Screen::Queue | Screen::Trends);
    let on_alerts = matches!(app.screen(), Screen::Alerts);
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') => Action::Help,
        KeyCode::Esc | KeyCode::Backspace | KeyCode::Left | KeyCode::Char('h') => Action::Back,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown | KeyCode::Char(' ') => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Action::Open,
        KeyCode::Char('n') => Action::OpenNetwork,
        KeyCode::Char('m') => Action::Mark,
        KeyCode::Char('a') => Action::Note,
        KeyCode::Char('A') => Action::Assign,
        KeyCode::Char('/') => Action::Search,
        KeyCode::Char('f') if on_queue => Action::Filters,
        KeyCode::Char('c') if on_queue => Action::ClearFilters,
        KeyCode::Char('w') => Action::FollowNetwork,
        KeyCode::Char('W') => Action::FollowPhone,
        KeyCode::Char('o') => Action::OpenUrl,
        KeyCode::Char('y') => Action::CopyNumber,
        KeyCode::Char('t') => Action::Template,
        KeyCode::Char('r') => Action::Refresh,
        KeyCode::Tab => Action::NextTab,
        KeyCode::Char('+') => Action::Weeks(4),
        KeyCode::Char('-') => Action::Weeks(-4),
        KeyCode::Char('x') if on_alerts => Action::Acknowledge,
        KeyCode::Char(c @ '1'..='9') => {
            let i = c as usize - '1' as usize;
            return Tab::ALL.get(i).map(|t| Action::ShowTab(*t));
        }
        _ => return None,
    })
}
