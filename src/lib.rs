//! greenfair: an embeddable event calendar and booth finder for the fairs of
//! Hanoi's "Sustainable production and consumption network".
//!
//! The core (feed, search, dates, i18n, catalog) is plain Rust with no DOM and
//! is tested natively; `ui` holds the Yew components, and `browser` is the
//! one layer that talks to the browser, mounting the widgets included.

#![warn(missing_docs)]

pub mod attributes;
pub mod booths;
pub mod browser;
pub mod builtins;
pub mod calendar;
pub mod catalog;
pub mod decimal;
pub mod feed;
pub mod i18n;
pub mod ics;
pub mod iso8601;
pub mod json;
pub mod links;
pub mod load;
pub mod pace;
pub mod phones;
pub mod publish;
pub mod qr;
pub mod search;
pub mod short_names;
pub mod sort;
pub mod studio;
pub mod today;
pub mod ui;
pub mod url_hash;
pub mod utf8_stream;
