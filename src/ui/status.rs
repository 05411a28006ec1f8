//! What the widget shows before the data is there: loading, or an error
//! in the reader's language with a way to try again.

use crate::i18n::{describe_feed_error, format_saved_at, Lang};
use crate::load::{LoadError, SavedAt};
use yew::prelude::*;

/// Props of [`Loading`].
#[derive(Properties, PartialEq)]
pub struct LoadingProps {
    /// The reader's language.
    pub lang: Lang,
}

/// A polite status line while the feed loads.
#[function_component]
pub fn Loading(props: &LoadingProps) -> Html {
    html! {
        <p class="gf-loading" role="status">{ props.lang.messages().loading }</p>
    }
}

/// Props of [`ErrorView`].
#[derive(Properties, PartialEq)]
pub struct ErrorViewProps {
    /// What went wrong.
    pub error: LoadError,
    /// The reader's language.
    pub lang: Lang,
    /// Called when the reader presses "Retry".
    pub on_retry: Callback<()>,
}

/// An error inside the widget: what happened, the technical detail (path and
/// position for a broken feed), and a retry button.
#[function_component]
pub fn ErrorView(props: &ErrorViewProps) -> Html {
    let text = props.lang.messages();
    let (title, detail) = match &props.error {
        LoadError::Network(_) => (text.error_network.to_owned(), None),
        LoadError::Timeout(_) => (text.error_timeout.to_owned(), None),
        LoadError::Http(status) => ((text.error_http)(*status), None),
        LoadError::Feed(error) => (
            text.error_feed.to_owned(),
            Some(describe_feed_error(error, props.lang)),
        ),
    };
    let retry = props.on_retry.reform(|_: MouseEvent| ());
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

/// Props of [`SavedCopyNotice`].
#[derive(Properties, PartialEq)]
pub struct SavedCopyNoticeProps {
    /// When the copy on screen was saved.
    pub saved_at: SavedAt,
    /// The reader's language.
    pub lang: Lang,
    /// Called when the reader presses "Retry".
    pub on_retry: Callback<()>,
}

/// Says that the data on screen is the browser's saved copy, from when,
/// with a way to try the network again.
#[function_component]
pub fn SavedCopyNotice(props: &SavedCopyNoticeProps) -> Html {
    let text = props.lang.messages();
    let offset = super::browser::utc_offset_minutes(props.saved_at.0);
    let when = format_saved_at(props.saved_at, offset, props.lang);
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="gf-saved-copy" role="status">
            <p>{ (text.saved_copy)(&when) }</p>
            <button type="button" class="gf-button" onclick={retry}>{ text.retry }</button>
        </div>
    }
}
