//! `greenfair`: the publishers' command-line tool, built from the same core
//! as the widget (same parser, same validation, same messages).
//!
//! ```text
//! greenfair validate FEED.json [--format text|json] [--lang en|vi]     (FEED may be -, for standard input)
//! greenfair import booths.xlsx --event ID --into FEED.json [--sheet NAME] [--column FIELD=HEADER]… [--header-row N] [--lang en|vi]
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
    use greenfair::publish::{
        analyse, import_analysed, read_sheet, split_feed, Changes, Field, ImportError,
        ImportOptions, ImportReport, Mapping, Report,
    };
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
            /// The language of the text output.
            #[arg(long, default_value = "en", value_parser = ["en", "vi"])]
            lang: String,
        },
        /// Import an exhibitor list (.xlsx, .xls, .ods or CSV) as one event's booths; the feed file is replaced atomically.
        Import {
            /// The spreadsheet: an Excel workbook (.xlsx or 97-2003 .xls), an OpenDocument one (.ods) or CSV.
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
            /// The column a field is in, by its header (or its letter, for a column without one):
            /// exhibitor="Tên đơn vị", code="Số gian", phone=F; skip="Ghi chú" imports a column into nothing.
            /// Fields: exhibitor, code, products, categories, description, website, phone, email, ocop_stars.
            #[arg(long = "column", value_name = "FIELD=HEADER", value_parser = column_choice)]
            columns: Vec<(String, Option<Field>)>,
            /// The header's row, when it is not the first naming the exhibitor and the booth code.
            #[arg(long, value_name = "ROW")]
            header_row: Option<usize>,
            /// Give empty cells of this column the value of the row above (a CSV saved from a
            /// category merged down its group keeps it on the group's first row only).
            #[arg(long, value_enum, value_name = "COLUMN")]
            fill_down: Vec<FillDown>,
            /// The language of the report.
            #[arg(long, default_value = "en", value_parser = ["en", "vi"])]
            lang: String,
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

    /// A `--column` value: `FIELD=HEADER`, the field `skip` for none.
    fn column_choice(text: &str) -> Result<(String, Option<Field>), String> {
        let (field, header) = text.split_once('=').ok_or_else(|| {
            format!("\"{text}\" is not FIELD=HEADER, like exhibitor=\"Tên đơn vị\"")
        })?;
        let header = header.trim().trim_matches('"').to_owned();
        match field.trim() {
            "skip" | "none" => Ok((header, None)),
            key => Field::from_key(key)
                .map(|f| (header, Some(f)))
                .ok_or_else(|| {
                    let keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
                    format!(
                        "no field is called \"{key}\" (fields: {}, skip)",
                        keys.join(", ")
                    )
                }),
        }
    }

    /// Prints what an import did: each row not placed as written and how the
    /// sheet was read on standard error, the counts on standard output.
    fn print_import(report: &ImportReport, csv: &Path, into: &Path, event: &str, lang: Lang) {
        for note in report.notes(lang) {
            eprintln!("{}: {note}", csv.display());
        }
        if !report.blank_categories.is_empty() {
            eprintln!(
                "{}: {}",
                csv.display(),
                match lang {
                    Lang::En => "to give them the category of the row above, import again with --fill-down categories",
                    Lang::Vi => "để các dòng này lấy ngành hàng của dòng trên, hãy nhập lại với --fill-down categories",
                }
            );
        }
        for problem in &report.problems {
            eprintln!(
                "{}:{}: {}",
                csv.display(),
                problem.row,
                problem.issue.describe(lang)
            );
        }
        let (into, read_as) = (into.display(), report.read_as.describe(lang));
        let (imported, replaced) = (report.imported, report.replaced);
        println!(
            "{}",
            match lang {
                Lang::En => format!(
                    "{into}: {imported} booths imported into {event} ({replaced} replaced), read as {read_as}"
                ),
                Lang::Vi => format!(
                    "{into}: đã nhập {imported} gian hàng vào {event} (thay {replaced} gian hàng cũ), đọc dạng {read_as}"
                ),
            }
        );
        let changes = &report.changes;
        println!("  {}", changes.counts(lang));
        let labels = match lang {
            Lang::En => ["new", "changed", "removed"],
            Lang::Vi => ["mới", "thay đổi", "bị bỏ"],
        };
        for (label, names) in labels.iter().zip(changes.kinds()) {
            if !names.is_empty() {
                let (mut shown, more) = Changes::some_of(names, 5);
                if more > 0 {
                    shown.push_str(&match lang {
                        Lang::En => format!(" and {more} more"),
                        Lang::Vi => format!(" và {more} gian hàng khác"),
                    });
                }
                println!("  {label}: {shown}");
            }
        }
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
    enum FillDown {
        Categories,
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
            Command::Validate { feed, format, lang } => {
                let report = match read(&feed) {
                    Ok(text) => Report::of(&feed, &text),
                    Err(why) => Report::unreadable(&feed, &why),
                };
                let lang = Lang::from_code(&lang).unwrap_or(Lang::En);
                match format {
                    Format::Text => print!("{}", report.to_text_in(lang)),
                    Format::Json => println!("{}", report.to_json()),
                }
                report.exit_code()
            }
            Command::Import {
                csv,
                sheet,
                event,
                into,
                columns,
                header_row,
                fill_down,
                lang,
            } => {
                let lang = Lang::from_code(&lang).unwrap_or(Lang::En);
                // As the studio keeps them: a header named twice takes its last choice.
                let mut mapping = Mapping {
                    header_row,
                    ..Mapping::default()
                };
                for (key, field) in &columns {
                    mapping.set(key, *field);
                }
                let cannot_read = |path: &Path, e: std::io::Error| match lang {
                    Lang::En => format!("cannot read {}: {e}", path.display()),
                    Lang::Vi => format!("không đọc được {}: {e}", path.display()),
                };
                let result = (|| {
                    let feed = std::fs::read_to_string(&into).map_err(|e| cannot_read(&into, e))?;
                    let bytes = std::fs::read(&csv).map_err(|e| cannot_read(&csv, e))?;
                    let (output, report) = read_sheet(&bytes, sheet.as_deref())
                        .and_then(|sheet| {
                            // A --column naming no column is a mistake, not a choice.
                            let categories = greenfair::feed::load(&feed)
                                .map(|(feed, _)| feed.categories)
                                .unwrap_or_default();
                            let analysis = analyse(&sheet, &mapping, &categories);
                            if let Some(key) = analysis.unmatched.first() {
                                let headers: Vec<String> =
                                    analysis.columns.iter().map(|c| c.label()).collect();
                                let (key, row) = (key.clone(), analysis.header_row);
                                return Err(ImportError::NoColumn(key, row, headers.join(", ")));
                            }
                            let options = ImportOptions {
                                fill_down_categories: fill_down
                                    .contains(&FillDown::Categories),
                            };
                            import_analysed(&feed, &sheet, &event, analysis, options)
                        })
                        .map_err(|e| {
                            if let ImportError::Columns(analysis) = &e {
                                let fields: Vec<&str> =
                                    Field::ALL.iter().map(|f| f.key()).collect();
                                let row = analysis.header_row;
                                eprintln!("{}", match lang {
                                    Lang::En => format!(
                                        "greenfair import: name the columns with --column FIELD=\"HEADER\" (fields: {}; skip for none), and the header's row with --header-row N if it is not row {row}",
                                        fields.join(", ")
                                    ),
                                    Lang::Vi => format!(
                                        "greenfair import: hãy chỉ rõ cột bằng --column TRƯỜNG=\"TIÊU ĐỀ CỘT\" (các trường: {}; skip để bỏ qua), và dòng tiêu đề bằng --header-row nếu không phải dòng {row}",
                                        fields.join(", ")
                                    ),
                                });
                            }
                            e.describe(lang)
                        })?;
                    write_atomically(&into, &output).map_err(|e| match lang {
                        Lang::En => format!("cannot write {}: {e}", into.display()),
                        Lang::Vi => format!("không ghi được {}: {e}", into.display()),
                    })?;
                    Ok::<_, String>(report)
                })();
                match result {
                    Err(why) => {
                        match lang {
                            Lang::En => eprintln!(
                                "greenfair import: {why}; {} is unchanged",
                                into.display()
                            ),
                            Lang::Vi => eprintln!(
                                "greenfair import: {why}; {} không bị thay đổi",
                                into.display()
                            ),
                        }
                        2
                    }
                    Ok(report) => {
                        print_import(&report, &csv, &into, &event, lang);
                        i32::from(report.has_problems())
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
