//! What the widget shows before the data is there: loading, or an error
//! in the reader's language with a way to try again.

use crate::i18n::{describe_feed_error, format_saved_at, Lang};
use crate::load::{LoadError, SavedAt};
use yew::prelude::*;

/// A polite status line while the feed loads.
pub fn loading(lang: Lang) -> Html {
    html! {
        <p class="gf-loading" role="status">{ lang.messages().loading }</p>
    }
}

/// An error inside the widget: what happened, the technical detail (path and
/// position for a broken feed), and a retry button that calls `on_retry`.
pub fn error_view(error: &LoadError, lang: Lang, on_retry: &Callback<()>) -> Html {
    let text = lang.messages();
    let (title, detail) = match error {
        LoadError::Network(_) => (text.error_network.to_owned(), None),
        LoadError::Timeout(_) => (text.error_timeout.to_owned(), None),
        LoadError::Http(status) => ((text.error_http)(*status), None),
        LoadError::Feed(error) => (
            text.error_feed.to_owned(),
            Some(describe_feed_error(error, lang)),
        ),
    };
    let retry = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="gf-error" role="alert">
            <p class="gf-error__title">{ title }</p>
            if let Some(detail) = detail {
                <p class="gf-error__detail"><code>{ detail }</code></p>
            }
            <button type="button" class="gf-button" onclick={retry}>{ text.retry }</button>
        </div>
    }
}

/// Says that the data on screen is the browser's saved copy, from when
/// (`saved_at`), with a retry button that calls `on_retry`.
pub fn saved_copy_notice(saved_at: SavedAt, lang: Lang, on_retry: &Callback<()>) -> Html {
    let text = lang.messages();
    let offset = crate::browser::utc_offset_minutes(saved_at.0);
    let when = format_saved_at(saved_at, offset, lang);
    let retry = on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="gf-saved-copy" role="status">
            <p>{ (text.saved_copy)(&when) }</p>
            <button type="button" class="gf-button" onclick={retry}>{ text.retry }</button>
        </div>
    }
}
