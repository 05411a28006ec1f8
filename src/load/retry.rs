//! How long to wait for a feed, and how often to ask again.

use super::LoadError;

/// When a fetch gives up, and how it backs off between attempts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Seconds one attempt may take, headers and body together.
    pub timeout_secs: u32,
    /// Attempts in all, the first included.
    pub attempts: u32,
    /// Milliseconds before the second attempt; each later wait doubles.
    pub first_delay_ms: u32,
}

impl Default for RetryPolicy {
    /// Three attempts, 15 s each, half a second then one second apart: a
    /// reader on a weak phone signal waits at most about 47 s for an answer.
    fn default() -> Self {
        Self {
            timeout_secs: 15,
            attempts: 3,
            first_delay_ms: 500,
        }
    }
}

impl RetryPolicy {
    /// The same policy with another timeout (the host's `data-timeout`).
    pub fn with_timeout(self, timeout_secs: u32) -> Self {
        Self {
            timeout_secs,
            ..self
        }
    }

    /// Milliseconds to wait before attempt `attempt + 1` after `error` ended
    /// attempt `attempt` (counted from 1), or `None` to stop trying.
    pub fn delay_after(&self, attempt: u32, error: &LoadError) -> Option<u32> {
        if attempt >= self.attempts || !error.is_transient() {
            return None;
        }
        let doublings = attempt.saturating_sub(1).min(16);
        Some(self.first_delay_ms.saturating_mul(1 << doublings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFLINE: fn() -> LoadError = || LoadError::Network("offline".into());

    #[test]
    fn network_errors_back_off_by_doubling_then_stop() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.delay_after(1, &OFFLINE()), Some(500));
        assert_eq!(policy.delay_after(2, &OFFLINE()), Some(1000));
        assert_eq!(policy.delay_after(3, &OFFLINE()), None);
    }

    #[test]
    fn a_client_error_is_not_asked_again() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.delay_after(1, &LoadError::Http(404)), None);
        assert_eq!(policy.delay_after(1, &LoadError::Http(500)), Some(500));
        assert_eq!(policy.delay_after(1, &LoadError::Timeout(15)), Some(500));
    }

    #[test]
    fn long_runs_of_attempts_do_not_overflow() {
        let policy = RetryPolicy {
            attempts: 100,
            ..RetryPolicy::default()
        };
        assert_eq!(policy.delay_after(60, &OFFLINE()), Some(500 << 16));
        assert_eq!(policy.with_timeout(2).timeout_secs, 2);
    }
}
