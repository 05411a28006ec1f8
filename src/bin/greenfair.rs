//! `greenfair`: the publishers' command-line tool, built from the same core
//! as the widget (same parser, same validation, same messages).
//!
//! ```text
//! greenfair validate FEED.json [--format text|json]      (FEED may be -, for standard input)
//! greenfair import booths.csv --event ID --into FEED.json
//! greenfair ics FEED.json [--event ID] [--lang vi|en]
//! greenfair render FEED.json --feed-url URL [--view calendar|booths|both] [--lang vi|en] [--today YYYY-MM-DD]
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

/// The tool is native only; the widget's WebAssembly build has its own entry point.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clap::{Parser, Subcommand, ValueEnum};
    use greenfair::catalog::Catalog;
    use greenfair::i18n::Lang;
    use greenfair::publish::{import_sheet, read_sheet, split_feed, Report};
    use std::io::Read;
    use std::path::{Path, PathBuf};

    #[derive(Parser)]
    #[command(
        name = "greenfair",
        about = "Validate, import and export greenfair feeds",
        version
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check a feed: every error and warning with its path and position; exit 0 ok, 1 warnings, 2 errors.
        Validate {
            /// The feed, or - for standard input.
            feed: String,
            /// Output for people or for machines.
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
        },
        /// Import an exhibitor list (.xlsx or CSV) as one event's booths; the feed file is replaced atomically.
        Import {
            /// The spreadsheet: an Excel workbook (.xlsx) or CSV.
            csv: PathBuf,
            /// The workbook's sheet to read (by default the first).
            #[arg(long)]
            sheet: Option<String>,
            /// The event the booths are at.
            #[arg(long)]
            event: String,
            /// The feed to import into.
            #[arg(long)]
            into: PathBuf,
        },
        /// Split a feed into an index and one booth file per event, for series too large for one feed.
        Split {
            /// The feed.
            feed: String,
            /// The folder to write index.json and booths/*.json into.
            #[arg(long)]
            out: PathBuf,
        },
        /// Write the series, or one event, as an iCalendar file to standard output.
        Ics {
            /// The feed.
            feed: String,
            /// Only this event.
            #[arg(long)]
            event: Option<String>,
            /// The language of the texts.
            #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
            lang: String,
        },
        /// Write the embed snippet with the widget's first view as static HTML and the events' JSON-LD.
        Render {
            /// The feed.
            feed: String,
            /// The feed's URL as published (the snippet's data-feed).
            #[arg(long)]
            feed_url: String,
            /// Which parts of the widget.
            #[arg(long, value_enum, default_value_t = View::Calendar)]
            view: View,
            /// The language.
            #[arg(long, default_value = "vi", value_parser = ["vi", "en"])]
            lang: String,
            /// Where the widget's files are published (the folder of greenfair.js).
            #[arg(long, default_value = "v1")]
            widget_url: String,
            /// The widget's name on the page (its part of the URL hash).
            #[arg(long, default_value = "static")]
            name: String,
            /// The day to render for (by default today in the series' time zone).
            #[arg(long, value_parser = day)]
            today: Option<chrono::NaiveDate>,
        },
    }

    /// A `--today` value: a day written 2025-09-12.
    fn day(text: &str) -> Result<chrono::NaiveDate, String> {
        greenfair::iso8601::parse_day(text)
            .ok_or_else(|| format!("\"{text}\" is not a date like 2025-09-12"))
    }

    #[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
    enum View {
        Calendar,
        Booths,
        Both,
    }

    #[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
    enum Format {
        Text,
        Json,
    }

    fn read(source: &str) -> Result<String, String> {
        if source == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(text)
        } else {
            std::fs::read_to_string(source).map_err(|e| format!("cannot read {source}: {e}"))
        }
    }

    /// Writes `text` next to `path` and renames it over: a failure leaves the old file.
    fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("feed.json");
        let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::write(&temporary, text)?;
        std::fs::rename(&temporary, path).inspect_err(|_| {
            let _ = std::fs::remove_file(&temporary);
        })
    }

    pub fn run() -> i32 {
        match Cli::parse().command {
            Command::Validate { feed, format } => {
                let report = match read(&feed) {
                    Ok(text) => Report::of(&feed, &text),
                    Err(why) => Report::unreadable(&feed, &why),
                };
                match format {
                    Format::Text => print!("{}", report.to_text()),
                    Format::Json => println!("{}", report.to_json()),
                }
                report.exit_code()
            }
            Command::Import {
                csv,
                sheet,
                event,
                into,
            } => {
                let result = (|| {
                    let feed = std::fs::read_to_string(&into)
                        .map_err(|e| format!("cannot read {}: {e}", into.display()))?;
                    let bytes = std::fs::read(&csv)
                        .map_err(|e| format!("cannot read {}: {e}", csv.display()))?;
                    let (output, report) = read_sheet(&bytes, sheet.as_deref())
                        .and_then(|sheet| import_sheet(&feed, &sheet, &event))
                        .map_err(|e| e.to_string())?;
                    write_atomically(&into, &output)
                        .map_err(|e| format!("cannot write {}: {e}", into.display()))?;
                    Ok::<_, String>(report)
                })();
                match result {
                    Err(why) => {
                        eprintln!("greenfair import: {why}; {} is unchanged", into.display());
                        2
                    }
                    Ok(report) => {
                        for problem in &report.problems {
                            eprintln!("{}:{}: {}", csv.display(), problem.row, problem.message);
                        }
                        println!(
                            "{}: {} booths imported into {} ({} replaced), read as {}",
                            into.display(),
                            report.imported,
                            event,
                            report.replaced,
                            report.read_as,
                        );
                        i32::from(!report.problems.is_empty())
                    }
                }
            }
            Command::Split { feed, out } => {
                let result = (|| {
                    let text = read(&feed)?;
                    let split = split_feed(&text).map_err(|e| e.to_string())?;
                    std::fs::create_dir_all(out.join("booths"))
                        .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
                    for (path, json) in std::iter::once(("index.json", &split.index))
                        .chain(split.files.iter().map(|(p, j)| (p.as_str(), j)))
                    {
                        let path = out.join(path);
                        write_atomically(&path, json)
                            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    }
                    Ok::<_, String>(split.files.len())
                })();
                match result {
                    Ok(files) => {
                        println!("{}: index.json and {files} booth files", out.display());
                        0
                    }
                    Err(why) => {
                        eprintln!("greenfair split: {why}");
                        2
                    }
                }
            }
            Command::Ics { feed, event, lang } => {
                let catalog = match read(&feed)
                    .and_then(|text| Catalog::from_text(&text).map_err(|e| e.to_string()))
                {
                    Ok(catalog) => catalog,
                    Err(why) => {
                        eprintln!("greenfair ics: {why}");
                        return 2;
                    }
                };
                let events: Vec<usize> = match &event {
                    None => (0..catalog.feed().events.len()).collect(),
                    Some(id) => match catalog.event_index(id) {
                        Some(index) => vec![index],
                        None => {
                            eprintln!("greenfair ics: the feed has no event with the id \"{id}\"");
                            return 2;
                        }
                    },
                };
                let lang = Lang::from_code(&lang).unwrap_or_default();
                print!(
                    "{}",
                    greenfair::ics::calendar(&catalog, &events, lang, chrono::Utc::now())
                );
                0
            }
            Command::Render {
                feed,
                feed_url,
                view,
                lang,
                widget_url,
                name,
                today,
            } => {
                let catalog = match read(&feed)
                    .and_then(|text| Catalog::from_text(&text).map_err(|e| e.to_string()))
                {
                    Ok(catalog) => catalog,
                    Err(why) => {
                        eprintln!("greenfair render: {why}");
                        return 2;
                    }
                };
                let sections = match view {
                    View::Calendar => greenfair::ui::Sections::Calendar,
                    View::Booths => greenfair::ui::Sections::Booths,
                    View::Both => greenfair::ui::Sections::Both,
                };
                let today = today.unwrap_or_else(|| {
                    greenfair::browser::today_in(&catalog.feed().series.timezone)
                });
                let lang = Lang::from_code(&lang).unwrap_or_default();
                let options = greenfair::publish::RenderOptions {
                    feed_url,
                    sections,
                    lang,
                    today,
                    widget_url,
                    name,
                };
                print!("{}", greenfair::publish::render_snippet(catalog, &options));
                0
            }
        }
    }
}
