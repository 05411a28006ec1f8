//! One widget's state and its reducer: no HTML here, so every transition
//! is tested natively.

use super::CatalogRef;
use crate::i18n::Lang;
use crate::load::LoadError;
use std::rc::Rc;
use yew::Reducible;

/// Where the feed is.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    /// Downloading or parsing.
    Loading,
    /// Loaded and indexed.
    Ready(CatalogRef),
    /// Could not be shown; the reader may retry.
    Failed(LoadError),
}

/// Everything one widget instance remembers.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    /// The language the reader reads in.
    pub lang: Lang,
    /// The feed.
    pub load: LoadState,
    /// Bumped by each retry, so the fetch effect runs again.
    pub attempt: u32,
}

impl WidgetState {
    /// A widget that starts loading, or starts with a catalog already loaded.
    pub fn new(lang: Lang, preloaded: Option<CatalogRef>) -> Self {
        Self {
            lang,
            load: preloaded.map_or(LoadState::Loading, LoadState::Ready),
            attempt: 0,
        }
    }
}

/// What the reader or the network did.
#[derive(Clone, Debug)]
pub enum Action {
    /// The reader chose a language.
    SetLang(Lang),
    /// The feed arrived and loaded.
    Loaded(CatalogRef),
    /// The feed could not be loaded.
    Failed(LoadError),
    /// The reader asked to try again.
    Retry,
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) if lang == self.lang => return self,
            Action::SetLang(lang) => next.lang = lang,
            Action::Loaded(catalog) => next.load = LoadState::Ready(catalog),
            Action::Failed(error) => next.load = LoadState::Failed(error),
            Action::Retry => {
                next.load = LoadState::Loading;
                next.attempt += 1;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn catalog() -> CatalogRef {
        CatalogRef::new(
            Catalog::from_text(r#"{"version": 1, "series": {"id": "s", "name": "S"}}"#).unwrap(),
        )
    }

    #[test]
    fn a_retry_reloads_and_bumps_the_attempt() {
        let state = Rc::new(WidgetState::new(Lang::Vi, None));
        let failed = state.reduce(Action::Failed(LoadError::Http(404)));
        assert_eq!(failed.load, LoadState::Failed(LoadError::Http(404)));
        let retried = failed.reduce(Action::Retry);
        assert_eq!(retried.load, LoadState::Loading);
        assert_eq!(retried.attempt, 1);
    }

    #[test]
    fn choosing_the_current_language_changes_nothing() {
        let state = Rc::new(WidgetState::new(Lang::En, Some(catalog())));
        let same = state.clone().reduce(Action::SetLang(Lang::En));
        assert!(Rc::ptr_eq(&state, &same));
        let switched = state.reduce(Action::SetLang(Lang::Vi));
        assert_eq!(switched.lang, Lang::Vi);
        assert!(matches!(switched.load, LoadState::Ready(_)));
    }
}
