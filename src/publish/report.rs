//! `greenfair validate`: every error and warning with its path and
//! position, a summary, and an exit status (0 ok, 1 warnings, 2 errors).

use crate::feed::{self, Feed, FeedError, Position, Problem, Warning};
use crate::i18n::{describe_problem, describe_refusal, json_key, Lang};
use serde::Serialize;
use std::collections::HashMap;

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The feed cannot be used.
    Error,
    /// A record was mended or left out.
    Warning,
}

/// What a finding is, as the reader found it (for telling it in another
/// language than the reader's English).
#[derive(Clone, Debug, PartialEq)]
pub enum Cause {
    /// The feed is refused.
    Refused(FeedError),
    /// A record is left out or mended.
    Problem(Problem),
    /// The feed could not be read at all (a file that is not there).
    Unreadable,
}

/// One finding about a feed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// JSON path, when the finding is about one value.
    pub path: Option<String>,
    /// What is wrong (and what was done about it).
    pub message: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// What it is, to be told in another language.
    #[serde(skip)]
    pub cause: Cause,
}

/// Counts of what loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Events.
    pub events: usize,
    /// Venues.
    pub venues: usize,
    /// Categories.
    pub categories: usize,
    /// Booths.
    pub booths: usize,
    /// Booths per event id, in feed order.
    pub booths_per_event: Vec<(String, usize)>,
}

/// The whole verdict on a feed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Where the feed came from (a path, or `-`).
    pub source: String,
    /// Every finding, errors first.
    pub findings: Vec<Finding>,
    /// What loaded (empty when the feed was refused).
    pub summary: Summary,
}

impl Finding {
    /// The finding as `greenfair validate` prints it (the studio shows the
    /// same line): `feed.json:7:53: warning: events[1].start: …`.
    pub fn to_line(&self, source: &str) -> String {
        self.to_line_in(source, Lang::En)
    }

    /// The finding as `greenfair validate --lang` prints it in `lang`.
    pub fn to_line_in(&self, source: &str, lang: Lang) -> String {
        let kind = match (self.severity, lang) {
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Error, Lang::Vi) => "lỗi",
            (Severity::Warning, Lang::Vi) => "cảnh báo",
        };
        let place = match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{source}:{line}:{column}: "),
            _ => format!("{source}: "),
        };
        let said = match (&self.cause, lang) {
            (_, Lang::En) | (Cause::Unreadable, _) => self.message.clone(),
            (Cause::Problem(problem), _) => describe_problem(problem, lang, &json_key),
            (Cause::Refused(error), _) => describe_refusal(error, lang, &json_key),
        };
        let message = match &self.path {
            Some(path) if self.severity == Severity::Warning => format!("{path}: {said}"),
            _ => said,
        };
        format!("{place}{kind}: {message}")
    }
}

fn at(position: Option<Position>) -> (Option<usize>, Option<usize>) {
    (position.map(|p| p.line), position.map(|p| p.column))
}

impl Report {
    /// Checks feed text exactly as the widget reads it.
    pub fn of(source: &str, text: &str) -> Self {
        Self::of_loaded(source, text).0
    }

    /// Checks feed text, and keeps the feed it loads (the studio shows
    /// both without reading the text twice).
    pub fn of_loaded(source: &str, text: &str) -> (Self, Option<(Feed, Vec<Warning>)>) {
        match feed::load(text) {
            Err(error) => (
                Report {
                    source: source.to_owned(),
                    findings: vec![Self::error(&error)],
                    summary: Summary::default(),
                },
                None,
            ),
            Ok((feed, warnings)) => {
                let mut per_event: HashMap<&str, usize> = HashMap::new();
                for booth in &feed.booths {
                    *per_event.entry(booth.event.as_str()).or_default() += 1;
                }
                let summary = Summary {
                    events: feed.events.len(),
                    venues: feed.venues.len(),
                    categories: feed.categories.len(),
                    booths: feed.booths.len(),
                    booths_per_event: feed
                        .events
                        .iter()
                        .map(|e| {
                            (
                                e.id.clone(),
                                per_event.get(e.id.as_str()).copied().unwrap_or(0),
                            )
                        })
                        .collect(),
                };
                let report = Report {
                    source: source.to_owned(),
                    findings: warnings.iter().map(Self::warning).collect(),
                    summary,
                };
                (report, Some((feed, warnings)))
            }
        }
    }

    /// A report for a feed that could not even be read.
    pub fn unreadable(source: &str, why: &str) -> Self {
        let finding = Finding {
            severity: Severity::Error,
            path: None,
            message: why.to_owned(),
            line: None,
            column: None,
            cause: Cause::Unreadable,
        };
        Report {
            source: source.to_owned(),
            findings: vec![finding],
            summary: Summary::default(),
        }
    }

    fn error(error: &FeedError) -> Finding {
        let (line, column) = at(error.position());
        Finding {
            severity: Severity::Error,
            path: error.path().map(str::to_owned),
            message: error.to_string(),
            line,
            column,
            cause: Cause::Refused(error.clone()),
        }
    }

    fn warning(warning: &Warning) -> Finding {
        let (line, column) = at(Some(warning.at).filter(|p| p.line > 0));
        Finding {
            severity: Severity::Warning,
            path: Some(warning.path.clone()),
            message: warning.problem.to_string(),
            line,
            column,
            cause: Cause::Problem(warning.problem.clone()),
        }
    }

    /// 0 when clean, 1 with warnings, 2 with errors.
    pub fn exit_code(&self) -> i32 {
        if self.findings.iter().any(|f| f.severity == Severity::Error) {
            2
        } else if self.findings.is_empty() {
            0
        } else {
            1
        }
    }

    /// The report for people: one line per finding, then the summary.
    pub fn to_text(&self) -> String {
        self.to_text_in(Lang::En)
    }

    /// The report for people in `lang` (`greenfair validate --lang vi`).
    pub fn to_text_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        for finding in &self.findings {
            out.push_str(&finding.to_line_in(&self.source, lang));
            out.push('\n');
        }
        let s = &self.summary;
        let source = &self.source;
        let (events, venues, categories, booths) = (s.events, s.venues, s.categories, s.booths);
        if self.exit_code() < 2 {
            out.push_str(&match lang {
                Lang::En => format!(
                    "{source}: {events} events, {venues} venues, {categories} categories, {booths} booths\n"
                ),
                Lang::Vi => format!(
                    "{source}: {events} hội chợ, {venues} địa điểm, {categories} ngành hàng, {booths} gian hàng\n"
                ),
            });
            for (event, booths) in s.booths_per_event.iter().filter(|(_, n)| *n > 0) {
                out.push_str(&match lang {
                    Lang::En => format!("  {event}: {booths} booths\n"),
                    Lang::Vi => format!("  {event}: {booths} gian hàng\n"),
                });
            }
        }
        let warnings = self.findings.len();
        let verdict = match (self.exit_code(), lang) {
            (0, Lang::En) => "ok".to_owned(),
            (1, Lang::En) => format!("ok, with {warnings} warning(s)"),
            (_, Lang::En) => "refused".to_owned(),
            (0, Lang::Vi) => "hợp lệ".to_owned(),
            (1, Lang::Vi) => format!("dùng được, có {warnings} cảnh báo"),
            (_, Lang::Vi) => "bị từ chối".to_owned(),
        };
        out.push_str(&format!("{source}: {verdict}\n"));
        out
    }

    /// The report for machines.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
