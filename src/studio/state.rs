//! The studio's state and its reducer, with no HTML: the draft, the
//! validator's report on it, where the organiser is, and what to tell them.

use super::draft::{Draft, DraftError, Edit, FieldPath};
use super::findings::{explain, Explained};
use super::outputs::OutputError;
use crate::feed::{Feed, Warning};
use crate::i18n::Lang;
use crate::load::LoadError;
use crate::publish::{
    analyse, import_analysed, Analysis, Field, ImportError, ImportOptions, ImportReport, Mapping,
    Report, Sheet,
};
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

/// Why a feed could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenFailure {
    /// The browser could not read the picked file (its words).
    File(String),
    /// The address could not be fetched.
    Load(LoadError),
}

/// What the studio says after something happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A feed was opened.
    Opened(String),
    /// The draft kept in the browser was restored.
    Restored(String),
    /// Opening failed, and why (a refused fetch explains CORS).
    OpenFailed(OpenFailure),
    /// A form could not change the feed (its text is not JSON yet).
    EditRefused(DraftError),
    /// The draft was cleared.
    Cleared,
    /// The browser refuses to keep the draft (private mode, blocked storage).
    NotKept,
    /// A file was made and downloaded.
    Downloaded(String),
    /// A file could not be made.
    NotMade(OutputError),
    /// A record was removed (and can be brought back).
    Removed,
    /// Booths were imported into a fair (and can be taken back).
    Imported {
        /// How many.
        count: usize,
        /// The fair's id.
        event: String,
    },
    /// The browser refuses to keep the column mapping.
    MappingNotKept,
}

/// The outcome of an import, kept to show row by row.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportOutcome {
    /// Imported: the event, and what was done.
    Done {
        /// The event's id.
        event: String,
        /// Counts and every row not placed.
        report: Box<ImportReport>,
    },
    /// Nothing imported, and why.
    Failed(ImportError),
}

/// A spreadsheet being imported: read, its columns told (or being chosen
/// by the organiser), and what the import would do, until it is confirmed.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    /// The spreadsheet.
    pub sheet: Rc<Sheet>,
    /// The fair the booths are for.
    pub event: String,
    /// The organiser's column choices (and those kept from before).
    pub mapping: Mapping,
    /// Where the table is and what each column holds, by `mapping`.
    pub analysis: Analysis,
    /// The feed's text after the import and its report, once the columns
    /// are told.
    pub result: Option<Rc<(String, ImportReport)>>,
    /// True while the organiser chooses the columns.
    pub mapping_open: bool,
    /// What the organiser asked beyond the columns (filling empty
    /// categories from the row above).
    pub options: ImportOptions,
}

/// A removal or an import that "undo" can take back: the draft before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// The draft as it was.
    pub draft: Draft,
    /// True for an import (its report goes with it).
    pub import: bool,
}

/// The WordPress site the studio runs inside (the plugin's Greenfair page
/// tells it on the studio's root element); none on studio.html.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Site {
    /// The REST address publishing goes to (greenfair/v1/publish).
    pub publish_url: String,
    /// The REST nonce (X-WP-Nonce) of the logged-in user.
    pub nonce: String,
    /// The feed to open first: the published one, or a publication of the
    /// history ('' when nothing is published).
    pub open_url: String,
}

/// What the site said of a publication it took.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Published {
    /// The feed's public address.
    pub feed_url: String,
    /// The series calendar's public address.
    pub calendar_url: String,
    /// The snippet for partner sites.
    pub snippet: String,
    /// The fairs published.
    pub fairs: u64,
    /// The booths published.
    pub booths: u64,
}

impl Published {
    /// The site's answer to a publication (greenfair/v1/publish's JSON),
    /// or None when it is not one.
    pub fn from_answer(body: &str) -> Option<Published> {
        let answer: Value = serde_json::from_str(body).ok()?;
        let text = |v: &Value| v.as_str().map(str::to_owned);
        Some(Published {
            feed_url: text(answer.pointer("/addresses/feed")?)?,
            calendar_url: answer
                .pointer("/addresses/calendar")
                .and_then(text)
                .unwrap_or_default(),
            snippet: answer.get("snippet").and_then(text).unwrap_or_default(),
            fairs: answer
                .pointer("/publication/fairs")
                .and_then(Value::as_u64)
                .unwrap_or(0),
            booths: answer
                .pointer("/publication/booths")
                .and_then(Value::as_u64)
                .unwrap_or(0),
        })
    }

    /// The message of a refusal (a WordPress REST error's `message`, in the
    /// user's language), or None when the body holds none.
    pub fn refusal(body: &str) -> Option<String> {
        let answer: Value = serde_json::from_str(body).ok()?;
        answer
            .get("message")
            .and_then(Value::as_str)
            .map(str::to_owned)
    }
}

/// Where publishing to the site is.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SitePublish {
    /// Nothing sent since the draft last changed.
    #[default]
    Idle,
    /// The draft is on its way.
    Sending,
    /// The site published it.
    Done(Published),
    /// The site refused it, and said why.
    Refused(String),
    /// The site could not be reached (the browser's words).
    Unreachable(String),
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
    /// The report's findings told for the organiser, in `lang`: once per
    /// draft or language, for the check and every form field.
    pub told: Rc<Vec<Explained>>,
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
    /// What "undo" takes back: the last removal or import.
    pub undo: Option<Undo>,
    /// True while a feed is being fetched from an address (one at a time).
    pub fetching: bool,
    /// A spreadsheet read and waiting: for its columns, or for the
    /// organiser to confirm what it changes.
    pub pending_import: Option<PendingImport>,
    /// The form field a finding's "Fix" opened.
    pub focus: Option<FieldPath>,
    /// The WordPress site the studio runs inside, if any.
    pub site: Option<Rc<Site>>,
    /// Publishing to that site.
    pub site_publish: SitePublish,
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
    OpenFailed(OpenFailure),
    /// The text was edited directly.
    EditText(String),
    /// A form changed a field.
    Edit(Edit),
    /// Show a line of the text (a finding was clicked).
    ShowLine(usize),
    /// A finding's "Fix": the form, at this field.
    EditAt(FieldPath),
    /// A spreadsheet was read for `event`, with the column choices kept
    /// from before: its columns are told, or asked for.
    ReadSheet {
        /// The spreadsheet.
        sheet: Rc<Sheet>,
        /// The fair.
        event: String,
        /// The choices kept from the last import.
        mapping: Mapping,
    },
    /// The spreadsheet could not be read.
    ImportFailed(ImportError),
    /// The organiser chose a field (or none) for the column `key`.
    MapColumn(String, Option<Field>),
    /// The organiser named the header's row.
    SetHeaderRow(usize),
    /// Import with the columns as chosen.
    ApplyMapping,
    /// Give empty category cells the category of the row above.
    FillDownCategories,
    /// Open the column choices again.
    ChangeMapping,
    /// Replace the fair's booths as shown.
    ConfirmImport,
    /// Forget the spreadsheet.
    CancelImport,
    /// "Start over" was pressed.
    AskReset,
    /// "Start over" was cancelled.
    CancelReset,
    /// "Start over" was confirmed: the draft is cleared.
    Reset,
    /// Something to tell the organiser.
    Notify(Notice),
    /// The draft was sent to the site.
    SitePublishing,
    /// The site published it.
    SitePublished(Published),
    /// The site refused it (its message).
    SiteRefused(String),
    /// The site could not be reached (the browser's words).
    SiteUnreachable(String),
}

impl StudioState {
    /// The studio as it opens, in `lang`.
    pub fn new(lang: Lang) -> Self {
        StudioState {
            lang,
            step: Step::Open,
            draft: None,
            report: None,
            told: Rc::default(),
            document: None,
            feed: None,
            shown_line: None,
            import: None,
            notice: None,
            confirming_reset: false,
            pending_open: None,
            undo: None,
            fetching: false,
            pending_import: None,
            focus: None,
            site: None,
            site_publish: SitePublish::Idle,
        }
    }

    /// The studio inside a WordPress site, which it can publish to.
    pub fn with_site(self, site: Site) -> Self {
        StudioState {
            site: Some(Rc::new(site)),
            ..self
        }
    }

    /// True when the draft can be published to the site: it loads (no
    /// errors) and nothing is on its way.
    pub fn can_publish_to_site(&self) -> bool {
        self.site.is_some() && self.loads() && self.site_publish != SitePublish::Sending
    }

    /// When `pending`'s columns are all told, the import made on the draft
    /// as it is now; an error other than the columns' is the import's
    /// outcome.
    fn prepared(self, mut pending: PendingImport) -> Self {
        pending.result = None;
        // A column told by its values is shown to the organiser, once.
        if !pending.analysis.ready() || pending.analysis.unsure() {
            pending.mapping_open = true;
            return StudioState {
                pending_import: Some(pending),
                ..self
            };
        }
        if pending.mapping_open {
            return StudioState {
                pending_import: Some(pending),
                ..self
            };
        }
        let Some(draft) = &self.draft else {
            return self;
        };
        let analysis = pending.analysis.clone();
        match import_analysed(
            &draft.text,
            &pending.sheet,
            &pending.event,
            analysis,
            pending.options,
        ) {
            Ok(result) => {
                pending.result = Some(Rc::new(result));
                StudioState {
                    pending_import: Some(pending),
                    import: None,
                    ..self
                }
            }
            Err(ImportError::Columns(analysis)) => {
                pending.analysis = *analysis;
                pending.mapping_open = true;
                StudioState {
                    pending_import: Some(pending),
                    ..self
                }
            }
            Err(error) => StudioState {
                pending_import: None,
                import: Some(ImportOutcome::Failed(error)),
                ..self
            },
        }
    }

    /// The categories of the feed the draft loads as (none when it does not).
    fn categories(&self) -> &[crate::feed::Category] {
        self.feed
            .as_deref()
            .map_or(&[], |(feed, _)| &feed.categories)
    }

    /// The pending import changed by `change`, told again.
    fn pending_with(self, change: impl FnOnce(&mut PendingImport)) -> Self {
        match self.pending_import.clone() {
            Some(mut pending) => {
                change(&mut pending);
                pending.analysis = analyse(&pending.sheet, &pending.mapping, self.categories());
                self.prepared(pending)
            }
            None => self,
        }
    }

    /// The draft replaced, read once: its JSON, its report and its feed.
    fn with_draft(mut self, draft: Draft) -> Self {
        // What the site said was of the draft before: a new draft is unpublished.
        if self.site_publish != SitePublish::Sending {
            self.site_publish = SitePublish::Idle;
        }
        let (report, feed) = Report::of_loaded(&draft.name, &draft.text);
        self.report = Some(Rc::new(report));
        self.feed = feed.map(Rc::new);
        self.document = Some(Rc::new(draft.document()));
        self.draft = Some(draft);
        self.told = self.told_now();
        // An import waiting for its confirmation is made again on the draft
        // as it is now, so confirming it never takes back a later edit.
        match self.pending_import.take() {
            Some(pending) => self.prepared(pending),
            None => self,
        }
    }

    /// The report's findings told in the studio's language.
    fn told_now(&self) -> Rc<Vec<Explained>> {
        let document = self.document.as_deref().and_then(|d| d.as_ref().ok());
        let findings = self.report.as_deref().map_or(&[][..], |r| &r.findings[..]);
        Rc::new(
            findings
                .iter()
                .map(|f| explain(f, document, self.lang))
                .collect(),
        )
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
            StudioAction::SetLang(lang) => {
                let state = StudioState { lang, ..self };
                StudioState {
                    told: state.told_now(),
                    ..state
                }
            }
            StudioAction::Go(step) => StudioState {
                step,
                focus: None,
                ..self
            },
            StudioAction::EditAt(path) => StudioState {
                step: Step::Edit,
                focus: Some(path),
                ..self
            },
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
                Some(Undo { draft, import }) => {
                    // An import taken back leaves no report of it.
                    let import = if import { None } else { self.import.clone() };
                    StudioState {
                        undo: None,
                        notice: None,
                        import,
                        ..self
                    }
                    .with_draft(draft)
                }
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
                    pending_import: None,
                    focus: None,
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
                        undo: removed
                            .then(|| self.draft.clone())
                            .flatten()
                            .map(|draft| Undo {
                                draft,
                                import: false,
                            }),
                        ..self
                    }
                    .with_draft(draft)
                }
                Some(Err(error)) => StudioState {
                    notice: Some(Notice::EditRefused(error)),
                    ..self
                },
                None => self,
            },
            StudioAction::ShowLine(line) => StudioState {
                shown_line: Some(line),
                ..self
            },
            StudioAction::ReadSheet {
                sheet,
                event,
                mapping,
            } => {
                let pending = PendingImport {
                    analysis: analyse(&sheet, &mapping, self.categories()),
                    sheet,
                    event,
                    mapping,
                    result: None,
                    mapping_open: false,
                    options: ImportOptions::default(),
                };
                StudioState {
                    import: None,
                    ..self
                }
                .prepared(pending)
            }
            StudioAction::ImportFailed(error) => StudioState {
                pending_import: None,
                import: Some(ImportOutcome::Failed(error)),
                ..self
            },
            StudioAction::MapColumn(key, field) => {
                self.pending_with(|pending| pending.mapping.set(&key, field))
            }
            StudioAction::SetHeaderRow(row) => {
                self.pending_with(|pending| pending.mapping.header_row = Some(row))
            }
            StudioAction::ApplyMapping => self.pending_with(|pending| {
                // The header row as the organiser saw it, kept, and the
                // columns told by their values confirmed as shown.
                pending.mapping.header_row = Some(pending.analysis.header_row);
                for column in pending.analysis.columns.iter().filter(|c| c.guessed) {
                    pending.mapping.set(&column.key(), column.field);
                }
                pending.mapping_open = false;
            }),
            StudioAction::FillDownCategories => self.pending_with(|pending| {
                pending.options.fill_down_categories = true;
            }),
            StudioAction::ChangeMapping => self.pending_with(|pending| pending.mapping_open = true),
            StudioAction::ConfirmImport => {
                let ready = self
                    .pending_import
                    .as_ref()
                    .and_then(|p| p.result.clone().map(|result| (p.event.clone(), result)));
                match (ready, self.draft.clone()) {
                    (Some((event, result)), Some(draft)) => {
                        let (text, report) = (*result).clone();
                        StudioState {
                            notice: Some(Notice::Imported {
                                count: report.imported,
                                event: event.clone(),
                            }),
                            import: Some(ImportOutcome::Done {
                                event,
                                report: Box::new(report),
                            }),
                            undo: Some(Undo {
                                draft: draft.clone(),
                                import: true,
                            }),
                            pending_import: None,
                            ..self
                        }
                        .with_draft(Draft { text, ..draft })
                    }
                    _ => self,
                }
            }
            StudioAction::CancelImport => StudioState {
                pending_import: None,
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
            // Only a draft that loads is sent, once at a time.
            StudioAction::SitePublishing if self.can_publish_to_site() => StudioState {
                site_publish: SitePublish::Sending,
                ..self
            },
            StudioAction::SitePublishing => self,
            StudioAction::SitePublished(published) => StudioState {
                site_publish: SitePublish::Done(published),
                ..self
            },
            StudioAction::SiteRefused(why) => StudioState {
                site_publish: SitePublish::Refused(why),
                ..self
            },
            StudioAction::SiteUnreachable(why) => StudioState {
                site_publish: SitePublish::Unreachable(why),
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

    fn in_site() -> StudioState {
        StudioState::new(Lang::En)
            .with_site(Site {
                publish_url: "https://site.example/wp-json/greenfair/v1/publish".into(),
                nonce: "0123456789".into(),
                open_url: String::new(),
            })
            .after(StudioAction::Open(Draft::template()))
    }

    #[test]
    fn outside_a_site_nothing_is_published_to_one() {
        let state = opened();
        assert!(state.site.is_none());
        assert!(!state.can_publish_to_site());
        assert_eq!(
            state.after(StudioAction::SitePublishing).site_publish,
            SitePublish::Idle
        );
    }

    #[test]
    fn a_feed_without_errors_is_sent_once_and_the_sites_answer_kept() {
        let state = in_site();
        assert!(state.can_publish_to_site());
        let sending = state.after(StudioAction::SitePublishing);
        assert_eq!(sending.site_publish, SitePublish::Sending);
        assert!(!sending.can_publish_to_site(), "one at a time");
        let answer = r#"{"publication":{"id":"x","fairs":17,"booths":367},"addresses":{"feed":"https://site.example/f.json","calendar":"https://site.example/s.ics","static":true},"snippet":"<div data-greenfair></div>"}"#;
        let published = Published::from_answer(answer).expect("an answer");
        assert_eq!(published.fairs, 17);
        assert_eq!(published.booths, 367);
        assert_eq!(published.calendar_url, "https://site.example/s.ics");
        let done = sending.after(StudioAction::SitePublished(published.clone()));
        assert_eq!(done.site_publish, SitePublish::Done(published));
        // An edit afterwards makes a draft the site has not seen.
        let draft = done.draft.clone().unwrap();
        let edited = done.after(StudioAction::EditText(draft.text.replace("\n", "\n ")));
        assert_eq!(edited.site_publish, SitePublish::Idle);
    }

    #[test]
    fn a_feed_with_errors_is_not_sent() {
        let state = in_site().after(StudioAction::EditText("{\"version\": 1}".into()));
        assert!(!state.loads());
        assert!(!state.can_publish_to_site());
        assert_eq!(
            state.after(StudioAction::SitePublishing).site_publish,
            SitePublish::Idle
        );
    }

    #[test]
    fn a_refusal_says_the_sites_message() {
        let body = r#"{"code":"greenfair_version","message":"Trang này xuất bản dữ liệu phiên bản 1","data":{"status":400}}"#;
        assert_eq!(
            Published::refusal(body).as_deref(),
            Some("Trang này xuất bản dữ liệu phiên bản 1")
        );
        assert_eq!(Published::from_answer(body), None);
        assert_eq!(Published::refusal("<html>"), None);
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
    fn an_import_shows_what_it_changes_waits_for_a_confirmation_and_can_be_undone() {
        let sheet = crate::publish::read_sheet(
            "DANH SÁCH;;\nTên doanh nghiệp;Gian hàng;Ghi chú\nHTX Cói;A1;\n".as_bytes(),
            None,
        )
        .unwrap();
        let read = opened().after(StudioAction::ReadSheet {
            sheet: Rc::new(sheet),
            event: "hoi-cho-1".into(),
            mapping: Mapping::default(),
        });
        let pending = read.pending_import.as_ref().unwrap();
        let (_, report) = pending.result.as_deref().unwrap();
        assert_eq!(report.changes.added, ["HTX Cói (A1)"]);
        assert_eq!(
            read.draft,
            opened().draft,
            "nothing replaced before the confirmation"
        );
        let done = read.after(StudioAction::ConfirmImport);
        assert!(done.draft.as_ref().unwrap().text.contains("HTX Cói"));
        assert_eq!(
            done.notice,
            Some(Notice::Imported {
                count: 1,
                event: "hoi-cho-1".into()
            })
        );
        assert!(done.pending_import.is_none());
        let back = done.after(StudioAction::Undo);
        assert_eq!(back.draft, opened().draft);
        assert_eq!(back.import, None);
    }

    #[test]
    fn an_edit_made_while_an_import_waits_is_kept_when_it_is_confirmed() {
        let sheet =
            crate::publish::read_sheet("Tên doanh nghiệp;Gian hàng\nHTX Cói;A1\n".as_bytes(), None)
                .unwrap();
        let read = opened().after(StudioAction::ReadSheet {
            sheet: Rc::new(sheet),
            event: "hoi-cho-1".into(),
            mapping: Mapping::default(),
        });
        let edited = read.after(StudioAction::Edit(Edit::Set(
            FieldPath::series().key("id"),
            Some(serde_json::json!("chuoi-hoi-cho")),
        )));
        let done = edited.after(StudioAction::ConfirmImport);
        let text = &done.draft.as_ref().unwrap().text;
        assert!(text.contains("HTX Cói"), "{text}");
        assert!(text.contains("chuoi-hoi-cho"), "the edit is kept: {text}");
    }

    #[test]
    fn columns_that_cannot_be_told_are_chosen_then_imported() {
        let sheet =
            crate::publish::read_sheet("Cột A;Cột B\nHTX Cói;A1\n".as_bytes(), None).unwrap();
        let read = opened().after(StudioAction::ReadSheet {
            sheet: Rc::new(sheet),
            event: "hoi-cho-1".into(),
            mapping: Mapping::default(),
        });
        let pending = read.pending_import.as_ref().unwrap();
        assert!(pending.mapping_open && pending.result.is_none());
        assert_eq!(pending.analysis.missing, [Field::Exhibitor, Field::Code]);
        let chosen = read
            .after(StudioAction::MapColumn(
                "Cột A".into(),
                Some(Field::Exhibitor),
            ))
            .after(StudioAction::MapColumn("Cột B".into(), Some(Field::Code)));
        let pending = chosen.pending_import.as_ref().unwrap();
        assert!(
            pending.analysis.ready() && pending.mapping_open,
            "still choosing"
        );
        let applied = chosen.after(StudioAction::ApplyMapping);
        let pending = applied.pending_import.as_ref().unwrap();
        assert!(!pending.mapping_open);
        assert_eq!(pending.result.as_ref().unwrap().1.imported, 1);
        assert_eq!(pending.mapping.header_row, Some(1));
    }

    #[test]
    fn a_findings_fix_opens_the_form_at_its_field() {
        let path = FieldPath::record(List::Events, 0).key("start");
        let state = opened().after(StudioAction::EditAt(path.clone()));
        assert_eq!((state.step, state.focus.clone()), (Step::Edit, Some(path)));
        assert_eq!(state.after(StudioAction::Go(Step::Check)).focus, None);
    }

    #[test]
    fn one_fetch_at_a_time_until_it_opens_or_fails() {
        let fetching = StudioState::new(Lang::Vi).after(StudioAction::Fetching);
        assert!(fetching.fetching);
        assert!(
            !fetching
                .clone()
                .after(StudioAction::OpenFailed(OpenFailure::Load(
                    LoadError::Http(404)
                )))
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
