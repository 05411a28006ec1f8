//! The studio's state and its reducer, with no HTML: the draft, the
//! validator's report on it, where the organiser is, and what to tell them.

use super::draft::{Draft, DraftError, Edit};
use crate::feed::{Feed, Warning};
use crate::i18n::Lang;
use crate::publish::{ImportReport, Report};
use serde_json::Value;
use std::rc::Rc;
use yew::Reducible;

/// The studio's steps, in the order an organiser takes them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    /// Open a feed (a file, a URL) or start from the template.
    #[default]
    Open,
    /// Every error and warning, and the summary.
    Check,
    /// Booths from a spreadsheet.
    Import,
    /// The forms.
    Edit,
    /// The real widget on the draft.
    Preview,
    /// The files to publish and the snippet.
    Publish,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Open,
        Step::Check,
        Step::Import,
        Step::Edit,
        Step::Preview,
        Step::Publish,
    ];

    /// A stable word for ids and tests.
    pub fn key(self) -> &'static str {
        match self {
            Step::Open => "open",
            Step::Check => "check",
            Step::Import => "import",
            Step::Edit => "edit",
            Step::Preview => "preview",
            Step::Publish => "publish",
        }
    }
}

/// What the studio says after something happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A feed was opened.
    Opened(String),
    /// The draft kept in the browser was restored.
    Restored(String),
    /// Opening failed: why, in the organiser's words (a refused fetch
    /// explains CORS).
    OpenFailed(String),
    /// A form could not change the feed (its text is not JSON yet).
    EditRefused(String),
    /// The draft was cleared.
    Cleared,
    /// The browser refuses to keep the draft (private mode, blocked storage).
    NotKept,
    /// A file was made and downloaded.
    Downloaded(String),
    /// A file could not be made.
    NotMade(String),
    /// A record was removed (and can be brought back).
    Removed,
}

/// The outcome of an import, kept to show row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Imported: the event, and what was done.
    Done {
        /// The event's id.
        event: String,
        /// Counts and every row not placed.
        report: ImportReport,
    },
    /// Nothing imported, and why.
    Failed(String),
}

/// The studio's whole state.
#[derive(Clone, Debug, PartialEq)]
pub struct StudioState {
    /// The interface language.
    pub lang: Lang,
    /// The step shown.
    pub step: Step,
    /// The feed being worked on, if any.
    pub draft: Option<Draft>,
    /// The validator's report on the draft (`greenfair validate`'s).
    pub report: Option<Rc<Report>>,
    /// The draft's JSON, for the forms (or why it is not JSON yet).
    pub document: Option<Rc<Result<Value, DraftError>>>,
    /// The feed the draft loads as, when it loads (for the import's fairs,
    /// the preview and the published files).
    pub feed: Option<Rc<(Feed, Vec<Warning>)>>,
    /// The line of the text a clicked finding shows.
    pub shown_line: Option<usize>,
    /// The last import.
    pub import: Option<ImportOutcome>,
    /// The last notice.
    pub notice: Option<Notice>,
    /// True while "start over" waits for its confirmation.
    pub confirming_reset: bool,
    /// A feed opened while a draft was open: it replaces the draft once the
    /// organiser confirms, so no work is lost by a wrong click.
    pub pending_open: Option<Draft>,
    /// The draft as it was before the last removal, for "undo".
    pub undo: Option<Draft>,
    /// True while a feed is being fetched from an address (one at a time).
    pub fetching: bool,
}

/// Everything the studio's views can ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum StudioAction {
    /// Switch the interface language.
    SetLang(Lang),
    /// Show a step.
    Go(Step),
    /// A feed was opened (file, URL, template): it becomes the draft, or
    /// waits for a confirmation when it would replace one.
    Open(Draft),
    /// Replace the draft with the feed waiting in `pending_open`.
    ConfirmOpen,
    /// Keep the draft; forget the feed waiting.
    CancelOpen,
    /// Bring back the record the last removal took.
    Undo,
    /// A fetch from an address started.
    Fetching,
    /// The draft kept in the browser came back.
    Restore(Draft),
    /// Opening failed.
    OpenFailed(String),
    /// The text was edited directly.
    EditText(String),
    /// A form changed a field.
    Edit(Edit),
    /// Show a line of the text (a finding was clicked).
    ShowLine(usize),
    /// An import finished: the new feed text, or why not.
    Imported(Result<(String, ImportOutcome), String>),
    /// "Start over" was pressed.
    AskReset,
    /// "Start over" was cancelled.
    CancelReset,
    /// "Start over" was confirmed: the draft is cleared.
    Reset,
    /// Something to tell the organiser.
    Notify(Notice),
}

impl StudioState {
    /// The studio as it opens, in `lang`.
    pub fn new(lang: Lang) -> Self {
        StudioState {
            lang,
            step: Step::Open,
            draft: None,
            report: None,
            document: None,
            feed: None,
            shown_line: None,
            import: None,
            notice: None,
            confirming_reset: false,
            pending_open: None,
            undo: None,
            fetching: false,
        }
    }

    /// The draft replaced, read once: its JSON, its report and its feed.
    fn with_draft(mut self, draft: Draft) -> Self {
        let (report, feed) = Report::of_loaded(&draft.name, &draft.text);
        self.report = Some(Rc::new(report));
        self.feed = feed.map(Rc::new);
        self.document = Some(Rc::new(draft.document()));
        self.draft = Some(draft);
        self
    }

    /// The draft with `edit` made on its kept JSON.
    fn edited(&self, edit: &Edit) -> Option<Result<Draft, DraftError>> {
        let (draft, document) = (self.draft.as_ref()?, self.document.as_deref()?);
        Some(
            document
                .clone()
                .and_then(|document| draft.edited_from(document, edit)),
        )
    }

    /// True when the draft loads (no errors; warnings allowed).
    pub fn loads(&self) -> bool {
        self.report.as_ref().is_some_and(|r| r.exit_code() < 2)
    }

    /// The state after `action`.
    pub fn after(self, action: StudioAction) -> Self {
        // Whatever opened, or failed to, the fetch is over.
        let fetch_over = matches!(action, StudioAction::Open(_) | StudioAction::OpenFailed(_));
        let state = if fetch_over {
            StudioState {
                fetching: false,
                ..self
            }
        } else {
            self
        };
        state.reduce_with(action)
    }

    fn reduce_with(self, action: StudioAction) -> Self {
        match action {
            StudioAction::Fetching => StudioState {
                fetching: true,
                notice: None,
                ..self
            },
            StudioAction::SetLang(lang) => StudioState { lang, ..self },
            StudioAction::Go(step) => StudioState { step, ..self },
            StudioAction::Open(draft) if self.draft.is_some() => StudioState {
                pending_open: Some(draft),
                step: Step::Open,
                ..self
            },
            StudioAction::ConfirmOpen => match self.pending_open.clone() {
                Some(draft) => StudioState {
                    draft: None,
                    ..self
                }
                .after(StudioAction::Open(draft)),
                None => self,
            },
            StudioAction::Undo => match self.undo.clone() {
                Some(draft) => StudioState {
                    undo: None,
                    notice: None,
                    ..self
                }
                .with_draft(draft),
                None => self,
            },
            StudioAction::CancelOpen => StudioState {
                pending_open: None,
                ..self
            },
            StudioAction::Open(draft) => {
                let name = draft.name.clone();
                let step = Step::Check;
                StudioState {
                    step,
                    notice: Some(Notice::Opened(name)),
                    shown_line: None,
                    import: None,
                    confirming_reset: false,
                    pending_open: None,
                    undo: None,
                    ..self
                }
                .with_draft(draft)
            }
            StudioAction::Restore(draft) if self.draft.is_none() => {
                let name = draft.name.clone();
                StudioState {
                    step: Step::Check,
                    notice: Some(Notice::Restored(name)),
                    ..self
                }
                .with_draft(draft)
            }
            StudioAction::Restore(_) => self,
            StudioAction::OpenFailed(why) => StudioState {
                notice: Some(Notice::OpenFailed(why)),
                ..self
            },
            StudioAction::EditText(text) => match self.draft.clone() {
                Some(draft) => self.with_draft(Draft { text, ..draft }),
                None => self,
            },
            StudioAction::Edit(edit) => match self.edited(&edit) {
                Some(Ok(draft)) => {
                    let removed = matches!(edit, Edit::Remove(..));
                    StudioState {
                        notice: removed.then_some(Notice::Removed),
                        undo: if removed { self.draft.clone() } else { None },
                        ..self
                    }
                    .with_draft(draft)
                }
                Some(Err(error)) => StudioState {
                    notice: Some(Notice::EditRefused(error.to_string())),
                    ..self
                },
                None => self,
            },
            StudioAction::ShowLine(line) => StudioState {
                shown_line: Some(line),
                ..self
            },
            StudioAction::Imported(Ok((text, outcome))) => match self.draft.clone() {
                Some(draft) => StudioState {
                    import: Some(outcome),
                    ..self
                }
                .with_draft(Draft { text, ..draft }),
                None => self,
            },
            StudioAction::Imported(Err(why)) => StudioState {
                import: Some(ImportOutcome::Failed(why)),
                ..self
            },
            StudioAction::AskReset => StudioState {
                confirming_reset: true,
                ..self
            },
            StudioAction::CancelReset => StudioState {
                confirming_reset: false,
                ..self
            },
            StudioAction::Reset => StudioState {
                notice: Some(Notice::Cleared),
                ..StudioState::new(self.lang)
            },
            StudioAction::Notify(notice) => StudioState {
                notice: Some(notice),
                ..self
            },
        }
    }
}

impl Reducible for StudioState {
    type Action = StudioAction;

    fn reduce(self: Rc<Self>, action: StudioAction) -> Rc<Self> {
        Rc::new((*self).clone().after(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::studio::draft::{FieldPath, List};

    fn opened() -> StudioState {
        StudioState::new(Lang::Vi).after(StudioAction::Open(Draft::template()))
    }

    #[test]
    fn opening_a_feed_checks_it_and_shows_the_check() {
        let state = opened();
        assert_eq!(state.step, Step::Check);
        assert!(state.loads());
        assert_eq!(state.notice, Some(Notice::Opened("feed.json".into())));
    }

    #[test]
    fn an_edit_is_checked_at_once_with_the_validators_rules() {
        let path = FieldPath::record(List::Events, 0).key("start");
        let state = opened().after(StudioAction::Edit(Edit::Set(
            path,
            Some(serde_json::json!("2025-02-30")),
        )));
        let report = state.report.as_ref().unwrap();
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.path.as_deref() == Some("events[0].start")),
            "{}",
            report.to_text()
        );
    }

    #[test]
    fn opening_over_a_draft_waits_for_a_confirmation() {
        let mut other = Draft::template();
        other.name = "other.json".into();
        let asked = opened().after(StudioAction::Open(other));
        assert_eq!(
            asked.draft.as_ref().unwrap().name,
            "feed.json",
            "kept until confirmed"
        );
        assert_eq!(asked.pending_open.as_ref().unwrap().name, "other.json");
        let kept = asked.clone().after(StudioAction::CancelOpen);
        assert_eq!(
            (kept.draft.unwrap().name.as_str(), kept.pending_open),
            ("feed.json", None)
        );
        let replaced = asked.after(StudioAction::ConfirmOpen);
        assert_eq!(replaced.draft.unwrap().name, "other.json");
        assert_eq!(replaced.pending_open, None);
        assert_eq!(replaced.step, Step::Check);
    }

    #[test]
    fn a_removal_can_be_undone_until_the_next_edit() {
        let removed = opened().after(StudioAction::Edit(Edit::Remove(List::Venues, 0)));
        assert_eq!(removed.notice, Some(Notice::Removed));
        assert!(!removed
            .draft
            .as_ref()
            .unwrap()
            .text
            .contains("dia-diem-1\", \"name"));
        let back = removed.clone().after(StudioAction::Undo);
        assert_eq!(back.draft, opened().draft);
        assert_eq!(back.undo, None);
        let path = FieldPath::series().key("id");
        let edited = removed.after(StudioAction::Edit(Edit::Set(
            path,
            Some(serde_json::json!("x")),
        )));
        assert_eq!(edited.undo, None, "an edit after the removal keeps it");
    }

    #[test]
    fn one_fetch_at_a_time_until_it_opens_or_fails() {
        let fetching = StudioState::new(Lang::Vi).after(StudioAction::Fetching);
        assert!(fetching.fetching);
        assert!(
            !fetching
                .clone()
                .after(StudioAction::OpenFailed("404".into()))
                .fetching
        );
        assert!(
            !fetching
                .after(StudioAction::Open(Draft::template()))
                .fetching
        );
    }

    #[test]
    fn a_restored_draft_never_replaces_one_already_open() {
        let mut other = Draft::template();
        other.name = "other.json".into();
        let state = opened().after(StudioAction::Restore(other));
        assert_eq!(state.draft.unwrap().name, "feed.json");
    }

    #[test]
    fn start_over_asks_first_then_clears_everything_but_the_language() {
        let asked = opened().after(StudioAction::AskReset);
        assert!(asked.confirming_reset && asked.draft.is_some());
        let kept = asked.clone().after(StudioAction::CancelReset);
        assert!(!kept.confirming_reset && kept.draft.is_some());
        let cleared = asked
            .after(StudioAction::SetLang(Lang::En))
            .after(StudioAction::Reset);
        assert!(cleared.draft.is_none());
        assert_eq!(cleared.lang, Lang::En);
        assert_eq!(cleared.notice, Some(Notice::Cleared));
    }
}
