//! The widget's interface strings; a `Messages` value per language, so the
//! compiler refuses a string that exists in one language only.

/// Every interface string, in one language.
pub struct Messages {
    /// Shown while the feed loads.
    pub loading: &'static str,
    /// The retry button after an error.
    pub retry: &'static str,
    /// Heading of the events list.
    pub events_heading: &'static str,
    /// Accessible name of the language switch.
    pub language: &'static str,
    /// Group heading: events not over yet.
    pub upcoming: &'static str,
    /// Group heading: events that have ended.
    pub past: &'static str,
    /// Badge: open today.
    pub ongoing: &'static str,
    /// Badge: cancelled.
    pub cancelled: &'static str,
    /// Badge: postponed.
    pub postponed: &'static str,
    /// Badge: dates to be announced.
    pub tba: &'static str,
    /// Label before the venue.
    pub venue: &'static str,
    /// Shown when an event has no venue.
    pub venue_unknown: &'static str,
    /// Shown when the feed has no events at all.
    pub no_events: &'static str,
    /// Notice that booths are sample data.
    pub sample_notice: &'static str,
    /// Title of a network failure.
    pub error_network: &'static str,
    /// Title of a feed the server refused (404, 500...).
    pub error_http: fn(u16) -> String,
    /// Title of a feed that cannot be read.
    pub error_feed: &'static str,
    /// Label of the list of skipped records.
    pub skipped_records: fn(usize) -> String,
    /// "3 events".
    pub event_count: fn(usize) -> String,
    /// "50 booths".
    pub booth_count: fn(u32) -> String,
    /// The words "line" and "column" in positions.
    pub line_column: (&'static str, &'static str),
}

/// Tiếng Việt.
pub static VI: Messages = Messages {
    loading: "Đang tải lịch hội chợ…",
    retry: "Thử lại",
    events_heading: "Lịch hội chợ",
    language: "Ngôn ngữ",
    upcoming: "Sắp diễn ra",
    past: "Đã diễn ra",
    ongoing: "Đang diễn ra",
    cancelled: "Đã hủy",
    postponed: "Hoãn",
    tba: "Chưa công bố ngày",
    venue: "Địa điểm",
    venue_unknown: "Chưa rõ địa điểm",
    no_events: "Chưa có sự kiện nào.",
    sample_notice: "Danh sách gian hàng là dữ liệu mẫu, không phải danh sách chính thức.",
    error_network: "Không tải được dữ liệu hội chợ. Hãy kiểm tra kết nối mạng rồi thử lại.",
    error_http: |status| format!("Máy chủ không trả về dữ liệu hội chợ (mã lỗi {status})."),
    error_feed: "Dữ liệu hội chợ bị lỗi, không hiển thị được.",
    skipped_records: |n| format!("{n} mục dữ liệu không hợp lệ đã được bỏ qua hoặc sửa"),
    event_count: |n| format!("{n} sự kiện"),
    booth_count: |n| format!("{n} gian hàng"),
    line_column: ("dòng", "cột"),
};

/// English.
pub static EN: Messages = Messages {
    loading: "Loading the fair calendar…",
    retry: "Retry",
    events_heading: "Fair calendar",
    language: "Language",
    upcoming: "Upcoming",
    past: "Past",
    ongoing: "On now",
    cancelled: "Cancelled",
    postponed: "Postponed",
    tba: "Dates to be announced",
    venue: "Venue",
    venue_unknown: "Venue to be announced",
    no_events: "No events yet.",
    sample_notice: "The booth list is sample data, not an official exhibitor list.",
    error_network: "The fair data could not be loaded. Check your connection and try again.",
    error_http: |status| format!("The server did not return the fair data (error {status})."),
    error_feed: "The fair data is damaged and cannot be shown.",
    skipped_records: |n| {
        if n == 1 {
            "1 invalid record was skipped or mended".to_owned()
        } else {
            format!("{n} invalid records were skipped or mended")
        }
    },
    event_count: |n| {
        if n == 1 {
            "1 event".to_owned()
        } else {
            format!("{n} events")
        }
    },
    booth_count: |n| {
        if n == 1 {
            "1 booth".to_owned()
        } else {
            format!("{n} booths")
        }
    },
    line_column: ("line", "column"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_in_number() {
        assert_eq!((EN.event_count)(1), "1 event");
        assert_eq!((EN.event_count)(3), "3 events");
        assert_eq!((VI.event_count)(1), "1 sự kiện");
        assert_eq!((VI.booth_count)(12), "12 gian hàng");
        assert_eq!((EN.booth_count)(12), "12 booths");
    }
}
