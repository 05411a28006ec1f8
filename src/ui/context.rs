//! What every component of one widget instance shares: the loaded catalog,
//! the language, today, and the dispatcher of the instance's one reducer.

use super::{Action, CatalogRef, WidgetState};
use crate::i18n::Lang;
use chrono::NaiveDate;
use yew::prelude::*;

/// The per-instance context; two widgets on a page have two of them.
#[derive(Clone, PartialEq)]
pub struct ViewContext {
    /// The loaded feed.
    pub catalog: CatalogRef,
    /// The reader's language.
    pub lang: Lang,
    /// Today in the series' time zone.
    pub today: NaiveDate,
    /// Prefix of element ids and of the URL-hash namespace.
    pub id_prefix: AttrValue,
    /// Show lunar dates in the month grid.
    pub lunar: bool,
    /// The booth finder is part of this widget (links to it make sense).
    pub has_booth_finder: bool,
    /// The catalog's booth index is built: booths can be searched.
    pub booths_indexed: bool,
    /// Sends actions to the instance's reducer.
    pub dispatcher: UseReducerDispatcher<WidgetState>,
}

impl ViewContext {
    /// Sends an action.
    pub fn dispatch(&self, action: Action) {
        self.dispatcher.dispatch(action);
    }

    /// A callback that sends the action `make` builds from its input.
    pub fn send<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let dispatcher = self.dispatcher.clone();
        Callback::from(move |input| dispatcher.dispatch(make(input)))
    }

    /// An id unique on the page: `gf0-details-title`.
    pub fn id(&self, local: &str) -> String {
        format!("{}-{local}", self.id_prefix)
    }
}

/// The context of the widget this component belongs to.
#[hook]
pub fn use_view() -> ViewContext {
    use_context::<ViewContext>().expect("components render inside a widget's ViewContext")
}
