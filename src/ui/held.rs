//! What a hidden tab panel was last drawn with.

/// Holds a hidden panel's context (language, catalog, today) as it was when
/// it was last shown: a change of language or a refresh re-draws only the
/// panel the reader sees, and a hidden one catches up when it is shown.
/// (Its props stay live: a dialog closed by switching tabs closes.)
pub struct Held<T>(Option<T>);

impl<T> Default for Held<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<T: Clone> Held<T> {
    /// What it holds, if it has been drawn.
    pub fn get(&self) -> Option<&T> {
        self.0.as_ref()
    }

    /// `fresh` while the panel is `shown` (and the first time, to draw it
    /// ahead); what it was last shown with while it is hidden.
    pub fn hold(&mut self, shown: bool, fresh: T) -> T {
        match &self.0 {
            Some(held) if !shown => held.clone(),
            _ => {
                self.0 = Some(fresh.clone());
                fresh
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_panel_keeps_what_it_was_last_shown_with() {
        let mut held = Held::default();
        assert_eq!(held.hold(false, "vi"), "vi", "drawn ahead, hidden");
        assert_eq!(held.hold(false, "en"), "vi", "hidden: kept");
        assert_eq!(held.hold(true, "en"), "en", "shown: caught up");
    }
}
