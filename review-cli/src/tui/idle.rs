//! The idle lock: after a time without a key press (default 10 minutes,
//! `--idle-lock MINUTES` or the config's `idle_lock_minutes`, 0 = off) the
//! screen shows only a lock notice, no ad text, names or numbers, until a
//! key is pressed. For a laptop left open in the field; it is not an
//! authentication (the key that wakes the screen is not a password).

use std::time::{Duration, Instant};

/// The default idle time before the screen is hidden.
pub const DEFAULT_IDLE_LOCK: Duration = Duration::from_secs(10 * 60);

/// Whether the screen is hidden, and when it hides next.
#[derive(Debug, Clone)]
pub struct IdleLock {
    /// Idle time before hiding (`None`: never).
    pub after: Option<Duration>,
    /// The last key press (or the start).
    pub last_input: Instant,
    /// Whether the screen is hidden now.
    pub locked: bool,
}

impl Default for IdleLock {
    fn default() -> Self {
        IdleLock::new(Some(DEFAULT_IDLE_LOCK), Instant::now())
    }
}

impl IdleLock {
    /// A lock hiding after `after` without input, counting from `now`.
    pub fn new(after: Option<Duration>, now: Instant) -> IdleLock {
        IdleLock {
            after: after.filter(|d| !d.is_zero()),
            last_input: now,
            locked: false,
        }
    }

    /// From minutes as configured (0: off).
    pub fn from_minutes(minutes: u64) -> Option<Duration> {
        (minutes > 0).then(|| Duration::from_secs(minutes.saturating_mul(60)))
    }

    /// Hides the screen when the idle time has passed at `now`. Returns
    /// whether that changed anything (the screen needs drawing).
    pub fn tick(&mut self, now: Instant) -> bool {
        match self.after {
            Some(after)
                if !self.locked && now.saturating_duration_since(self.last_input) >= after =>
            {
                self.locked = true;
                true
            }
            _ => false,
        }
    }

    /// A key was pressed at `now`. Returns whether the key is for the app:
    /// the key that wakes a hidden screen only wakes it.
    pub fn key(&mut self, now: Instant) -> bool {
        self.last_input = now;
        if self.locked {
            self.locked = false;
            return false;
        }
        true
    }
}
