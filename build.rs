//! Generates the search fold's Unicode tables from `unicode-normalization`
//! (see src/search/normalize.rs): which character each precomposed letter
//! is built on, and which characters are combining marks. The full
//! normalization tables cost the widget 24 KB brotli; these hold only what
//! folding needs.

use std::fmt::Write as _;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

fn main() {
    let mut bases_bmp = String::new();
    let mut bases_astral = String::new();
    let mut marks = String::new();
    let mut run: Option<(u32, u32)> = None;
    for code in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(code) else {
            continue;
        };
        if is_combining_mark(c) {
            run = match run {
                Some((start, end)) if end + 1 == code => Some((start, code)),
                Some((start, end)) => {
                    writeln!(marks, "    ({start:#x}, {end:#x}),").unwrap();
                    Some((code, code))
                }
                None => Some((code, code)),
            };
        }
        // CJK compatibility ideographs decompose to the unified ideograph
        // they duplicate, with no mark to remove: folding them is not
        // diacritics folding, and their 997 entries cost the embed 5 KB.
        if (0xF900..=0xFAFF).contains(&code) || (0x2F800..=0x2FA1F).contains(&code) {
            continue;
        }
        // A character whose canonical decomposition is one base character
        // and combining marks folds to that base ("ệ" → "e", "Å" → "A").
        let mut parts = Vec::new();
        decompose_canonical(c, |part| parts.push(part));
        let mut bases = parts.iter().filter(|p| !is_combining_mark(**p));
        if let (Some(&base), None) = (bases.next(), bases.next()) {
            if base != c {
                let base = base as u32;
                let table = if code <= 0xFFFF && base <= 0xFFFF {
                    &mut bases_bmp
                } else {
                    &mut bases_astral
                };
                writeln!(table, "    ({code:#x}, {base:#x}),").unwrap();
            }
        }
    }
    if let Some((start, end)) = run {
        writeln!(marks, "    ({start:#x}, {end:#x}),").unwrap();
    }
    let lower = lowercase_runs();
    let tables = format!(
        "/// Precomposed characters of the Basic Multilingual Plane and the base character each is built on, by code.\n\
         pub static BASES_BMP: &[(u16, u16)] = &[\n{bases_bmp}];\n\
         /// The same for the rest (either character beyond the BMP).\n\
         pub static BASES_ASTRAL: &[(u32, u32)] = &[\n{bases_astral}];\n\
         /// Ranges of combining marks, inclusive, in order.\n\
         pub static MARKS: &[(u32, u32)] = &[\n{marks}];\n\
         /// Lower case as runs (first, last, offset, every second): the\n\
         /// characters from first to last (or every second one) lower by\n\
         /// adding offset; 1,400 mappings in about 200 runs, where core's\n\
         /// table holds each mapping.\n\
         pub static LOWER_RUNS: &[(u32, u32, i32, bool)] = &[\n{lower}];\n"
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("fold_tables.rs");
    std::fs::write(out, tables).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}

/// Rust's own lower-case mapping as runs of equal offsets, consecutive or
/// alternating (Āā Ăă …), written as table rows.
fn lowercase_runs() -> String {
    let mut runs: Vec<(u32, u32, i32, bool)> = Vec::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let lower = c.to_lowercase().next().unwrap_or(c);
        if lower == c {
            continue;
        }
        let (code, offset) = (c as u32, lower as i32 - c as i32);
        match runs.last_mut() {
            Some((first, last, o, alternate)) if *o == offset => {
                if !*alternate && code == *last + 1 {
                    *last = code;
                    continue;
                }
                if code == *last + 2 && (*alternate || first == last) {
                    *alternate = true;
                    *last = code;
                    continue;
                }
                runs.push((code, code, offset, false));
            }
            _ => runs.push((code, code, offset, false)),
        }
    }
    runs.iter()
        .map(|(first, last, offset, alternate)| {
            format!("    ({first:#x}, {last:#x}, {offset}, {alternate}),\n")
        })
        .collect()
}
