//! The top-level screens the Tab key (or a digit) switches between, and the
//! state of the Networks, Trends and Alerts screens. Enter on a network or
//! an alert opens the network or ad view on top of it.
//!
//! Defaults: the Trends screen shows [`DEFAULT_WEEKS`] weeks, from
//! [`MIN_WEEKS`] to [`MAX_WEEKS`] with `+` and `-`.

use crate::commands::alerts::Alert;
use store::network_list::NetworkListItem;
use store::stats::Trends;

/// Weeks on the Trends screen at first.
pub const DEFAULT_WEEKS: usize = 12;
/// Fewest weeks the Trends screen shows.
pub const MIN_WEEKS: usize = 4;
/// Most weeks the Trends screen shows.
pub const MAX_WEEKS: usize = 52;

/// Networks loaded into the Networks screen at once (the list is short next
/// to the ad queue: networks are groups of ads).
pub const NETWORKS_SHOWN: usize = 1000;

/// A top-level screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// The ad queue.
    Ads,
    /// The network list.
    Networks,
    /// Charts of ads, flagged ads and networks per week.
    Trends,
    /// New ads in followed networks and numbers.
    Alerts,
}

impl Tab {
    /// The tabs in key order (1, 2, …).
    pub const ALL: [Tab; 4] = [Tab::Ads, Tab::Networks, Tab::Trends, Tab::Alerts];

    /// The tab after this one (Tab key), wrapping around.
    pub fn next(self) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Tab::ALL[(i + 1) % Tab::ALL.len()]
    }
}

/// The Networks screen's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NetworksTab {
    /// Networks in priority order.
    pub rows: Vec<NetworkListItem>,
    /// Selected row.
    pub selected: usize,
    /// Whether the list has been loaded at least once.
    pub loaded: bool,
}

impl NetworksTab {
    /// Moves the cursor by `delta`, staying on the list.
    pub fn step(&mut self, delta: isize) {
        let next = (self.selected as isize).saturating_add(delta).max(0) as usize;
        self.selected = next.min(self.rows.len().saturating_sub(1));
    }

    /// The selected network.
    pub fn current(&self) -> Option<&NetworkListItem> {
        self.rows.get(self.selected)
    }

    /// Takes a freshly loaded list, keeping the cursor on the same network
    /// when it is still there.
    pub fn load(&mut self, rows: Vec<NetworkListItem>) {
        let keep = self.current().map(|n| n.network_id);
        self.rows = rows;
        self.loaded = true;
        if let Some(i) = keep.and_then(|id| self.rows.iter().position(|n| n.network_id == id)) {
            self.selected = i;
        }
        self.step(0);
    }
}

/// The Trends screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendsTab {
    /// The figures (None while loading).
    pub data: Option<Box<Trends>>,
    /// Weeks shown.
    pub weeks: usize,
}

impl Default for TrendsTab {
    fn default() -> TrendsTab {
        TrendsTab {
            data: None,
            weeks: DEFAULT_WEEKS,
        }
    }
}

impl TrendsTab {
    /// Shows `delta` weeks more (or fewer), within the bounds.
    pub fn change_weeks(&mut self, delta: isize) {
        let w = (self.weeks as isize + delta).clamp(MIN_WEEKS as isize, MAX_WEEKS as isize);
        self.weeks = w as usize;
    }
}

/// The Alerts screen's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AlertsTab {
    /// New ads in what the reviewer follows.
    pub rows: Vec<Alert>,
    /// Selected row.
    pub selected: usize,
    /// Whether the list has been loaded at least once.
    pub loaded: bool,
}

impl AlertsTab {
    /// Moves the cursor by `delta`, staying on the list.
    pub fn step(&mut self, delta: isize) {
        let next = (self.selected as isize).saturating_add(delta).max(0) as usize;
        self.selected = next.min(self.rows.len().saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64) -> NetworkListItem {
        NetworkListItem {
            network_id: id,
            size: 2,
            status: store::review::ReviewStatus::New,
            assignee: None,
            cities: vec![],
            first_seen: None,
            last_seen: None,
            max_score: 0.0,
            indicators: vec![],
        }
    }

    #[test]
    fn the_cursor_stays_on_its_network_across_reloads_and_on_the_list() {
        let mut t = NetworksTab::default();
        t.load(vec![item(1), item(2), item(3)]);
        t.step(1);
        assert_eq!(t.current().unwrap().network_id, 2);
        t.load(vec![item(2), item(3)]);
        assert_eq!(t.current().unwrap().network_id, 2);
        t.step(10);
        assert_eq!(t.selected, 1);
        t.step(-10);
        assert_eq!(t.selected, 0);
        t.load(vec![]);
        assert!(t.current().is_none());
        assert_eq!(Tab::Ads.next(), Tab::Networks);
        assert_eq!(Tab::Alerts.next(), Tab::Ads);
    }

    #[test]
    fn weeks_stay_within_bounds() {
        let mut t = TrendsTab::default();
        t.change_weeks(-100);
        assert_eq!(t.weeks, MIN_WEEKS);
        t.change_weeks(4);
        assert_eq!(t.weeks, MIN_WEEKS + 4);
        t.change_weeks(1000);
        assert_eq!(t.weeks, MAX_WEEKS);
    }
}
