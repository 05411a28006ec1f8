//! Short names for fairs where space is short (month-grid bars, selects,
//! cards): a feed's own `short_name`, else the name cut so that what tells
//! it from the series' other fairs stays. Official titles of a series all
//! begin alike ("Chuỗi kết nối mạng lưới sản xuất và tiêu dùng bền vững
//! ngành…"), so cutting their end leaves bars that read the same.

/// Longest a made-up short name is, in characters, before it is cut at a
/// word with "…".
pub const SHORT_NAME_CHARS: usize = 48;

/// Fewest words two names must share at their start for the shared part
/// to be left out.
const SHARED_WORDS: usize = 3;

/// A short name for each of `names`: the words it shares at its start with
/// the name most like it (three words or more) are left out, the rest
/// starting with a capital; what is still longer than `SHORT_NAME_CHARS`
/// is cut at a word with "…". Names are compared word by word, case and
/// all, as written.
pub fn short_names(names: &[&str]) -> Vec<String> {
    let words: Vec<Vec<&str>> = names
        .iter()
        .map(|n| n.split_whitespace().collect())
        .collect();
    // The longest start a name shares with another is with a neighbour in
    // sorted order.
    let mut order: Vec<usize> = (0..names.len()).collect();
    crate::sort::by(&mut order, |&a, &b| words[a].cmp(&words[b]));
    let shared = |a: usize, b: usize| {
        words[a]
            .iter()
            .zip(&words[b])
            .take_while(|(x, y)| x == y)
            .count()
    };
    let mut common = vec![0usize; names.len()];
    for pair in order.windows(2) {
        let n = shared(pair[0], pair[1]);
        common[pair[0]] = common[pair[0]].max(n);
        common[pair[1]] = common[pair[1]].max(n);
    }
    (0..names.len())
        .map(|i| {
            let all = &words[i];
            // Keep at least two words of the name.
            let skip = if common[i] >= SHARED_WORDS {
                common[i].min(all.len().saturating_sub(2))
            } else {
                0
            };
            let rest = all[skip..].join(" ");
            let rest = if skip > 0 { capitalised(&rest) } else { rest };
            cut(&rest, SHORT_NAME_CHARS)
        })
        .collect()
}

/// `text` with its first letter a capital, where it is one of ASCII or
/// "đ" (Unicode's case tables, for the rest, would cost the embed more
/// than a lower-case "ứng" costs a reader).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some('đ') => std::iter::once('Đ').chain(chars).collect(),
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// `text` cut at a word boundary so that it holds at most `most`
/// characters with the "…" it then ends with.
fn cut(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let mut kept = String::new();
    for word in text.split_whitespace() {
        let next = if kept.is_empty() {
            word.to_owned()
        } else {
            format!("{kept} {word}")
        };
        if next.chars().count() + 1 > most {
            break;
        }
        kept = next;
    }
    if kept.is_empty() {
        kept = text.chars().take(most - 1).collect();
    }
    format!("{}…", kept.trim_end_matches([',', ';', ':', '–', '-', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_start_of_a_series_names_is_left_out() {
        let names = [
            "Chuỗi kết nối mạng lưới sản xuất và tiêu dùng bền vững ngành công nghiệp thực phẩm thân thiện, an toàn",
            "Chuỗi kết nối mạng lưới sản xuất và tiêu dùng bền vững nhóm ngành sản phẩm tái chế",
            "Chuỗi kết nối mạng lưới liên kết hợp tác bền vững giữa cơ sở phân phối bán lẻ",
            "Hội chợ gốm",
        ];
        let short = short_names(&names);
        assert_eq!(short[0], "Ngành công nghiệp thực phẩm thân thiện, an toàn");
        assert_eq!(short[1], "Nhóm ngành sản phẩm tái chế");
        assert_eq!(short[2], "Liên kết hợp tác bền vững giữa cơ sở phân phối…");
        assert_eq!(short[3], "Hội chợ gốm", "a short name alone is kept");
        assert!(short.iter().all(|s| s.chars().count() <= SHORT_NAME_CHARS));
        let unique: std::collections::HashSet<&String> = short.iter().collect();
        assert_eq!(unique.len(), short.len(), "every fair told apart");
    }

    #[test]
    fn a_long_name_alone_is_cut_at_a_word() {
        let long = "Triển lãm sản phẩm, mẫu thiết kế hàng thủ công mỹ nghệ mới, sáng tạo năm 2020";
        assert_eq!(
            short_names(&[long]),
            ["Triển lãm sản phẩm, mẫu thiết kế hàng thủ công…"]
        );
        assert_eq!(short_names(&["Hai từ", "Hai từ"]), ["Hai từ", "Hai từ"]);
    }
}
