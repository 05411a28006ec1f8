//! The widget's interface strings; a `Messages` value per language, so the
//! compiler refuses a string that exists in one language only.

/// Every interface string, in one language.
pub struct Messages {
    /// Shown while the feed loads.
    pub loading: &'static str,
    /// The retry button after an error.
    pub retry: &'static str,
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
    /// Status while a split feed's booth files load.
    pub booths_loading: &'static str,
    /// Status while the booth search is being prepared (a large feed's index).
    pub booths_preparing: &'static str,
    /// Title of a download that took too long.
    pub error_timeout: &'static str,
    /// Notice over data shown from the browser's saved copy ("… saved at 9:05 on 23/11/2026").
    pub saved_copy: fn(&str) -> String,
    /// Title of a feed the server refused (404, 500...).
    pub error_http: fn(u16) -> String,
    /// Title of a feed that cannot be read.
    pub error_feed: &'static str,
    /// Label of the list of skipped records.
    pub skipped_records: fn(usize) -> String,
    /// Label of the list of the host's wrong embed attributes.
    pub embed_problems: fn(usize) -> String,
    /// "3 events".
    pub event_count: fn(usize) -> String,
    /// "50 booths".
    pub booth_count: fn(u32) -> String,
    /// The words "line" and "column" in positions.
    pub line_column: (&'static str, &'static str),
    /// Accessible name of the view switch.
    pub view: &'static str,
    /// The agenda (list) view.
    pub view_agenda: &'static str,
    /// The month-grid view.
    pub view_grid: &'static str,
    /// Accessible name of the event search box.
    pub search_events: &'static str,
    /// Placeholder of the event search box.
    pub search_events_hint: &'static str,
    /// Label of the category filter.
    pub filter_category: &'static str,
    /// Label of the district filter.
    pub filter_district: &'static str,
    /// Label of the time filter.
    pub filter_when: &'static str,
    /// Label of the year filter.
    pub filter_year: &'static str,
    /// The "any value" option of a filter.
    pub any: &'static str,
    /// Time filter options, in `When::ALL` order.
    pub when_options: [&'static str; 3],
    /// Resets filters and search.
    pub clear_filters: &'static str,
    /// Shown when filters leave no event.
    pub no_match: &'static str,
    /// Previous-month button.
    pub previous_month: &'static str,
    /// Next-month button.
    pub next_month: &'static str,
    /// Back to the current month.
    pub today: &'static str,
    /// Label of the jump to a month with events.
    pub months_with_events: &'static str,
    /// Short weekday names, Monday first.
    pub weekdays_short: [&'static str; 7],
    /// "Tháng 9/2025" / "September 2025".
    pub month_title: fn(i32, u32) -> String,
    /// A month with no event.
    pub empty_month: fn(i32, u32) -> String,
    /// Jump to the nearest month with events: "Đến tháng 9/2025".
    pub go_to_month: fn(i32, u32) -> String,
    /// Label of lunar dates.
    pub lunar: &'static str,
    /// A lunar date for screen readers: (day, month, leap).
    pub lunar_date: fn(u32, u32, bool) -> String,
    /// Heading of events known to the month only, under the grid.
    pub month_without_days: &'static str,
    /// Closes a dialog.
    pub close: &'static str,
    /// Details: when.
    pub when: &'static str,
    /// Details: the days it is open.
    pub open_days: &'static str,
    /// Details: directions link.
    pub directions: &'static str,
    /// A booth's call button, before its number.
    pub call: &'static str,
    /// A booth's Zalo chat button.
    pub zalo: &'static str,
    /// The button that shows a booth on its fair's floor plan.
    pub show_on_plan: &'static str,
    /// The label of a booth's row of actions.
    pub booth_actions: &'static str,
    /// Details: map link.
    pub map: &'static str,
    /// Details: organisers.
    pub organizers: &'static str,
    /// Details: planned booths.
    pub size: &'static str,
    /// Details: categories.
    pub categories: &'static str,
    /// Details: summary.
    pub about: &'static str,
    /// Details: source link.
    pub source: &'static str,
    /// Opens the booth finder on this event.
    pub see_booths: &'static str,
    /// Downloads an .ics of one event.
    pub add_to_calendar: &'static str,
    /// Google Calendar link.
    pub google_calendar: &'static str,
    /// Downloads an .ics of the listed events.
    pub download_listed: &'static str,
    /// Heading of the series calendar's subscription links.
    pub subscribe: &'static str,
    /// The webcal:// subscription link, for calendar apps.
    pub subscribe_app: &'static str,
    /// Google Calendar's add-by-URL link.
    pub subscribe_google: &'static str,
    /// What a subscription does.
    pub subscribe_note: &'static str,
    /// Heading of the share buttons.
    pub share: &'static str,
    /// Copies the event's link.
    pub copy_link: &'static str,
    /// Confirms the copy.
    pub link_copied: &'static str,
    /// Said when the browser refused the clipboard: the link is shown selected instead.
    pub link_not_copied: &'static str,
    /// Said when the browser refused the clipboard for the favourites' text list.
    pub list_not_copied: &'static str,
    /// Accessible name of the field that holds the text to copy by hand.
    pub copy_by_hand: &'static str,
    /// Opens the system share sheet (Zalo, messages...).
    pub share_more: &'static str,
    /// Marks links that open in a new tab, for screen readers.
    pub new_tab: &'static str,
    /// Accessible name of the tab list.
    pub sections: &'static str,
    /// The calendar tab.
    pub tab_calendar: &'static str,
    /// The booth finder tab.
    pub tab_booths: &'static str,
    /// Accessible name of the booth search box.
    pub search_booths: &'static str,
    /// Placeholder of the booth search box.
    pub search_booths_hint: &'static str,
    /// Shown when no booth matches.
    pub no_booths: &'static str,
    /// "No results for X; showing Y": (typed, corrected).
    pub corrected: fn(&str, &str) -> String,
    /// Label of the fair facet.
    pub filter_event: &'static str,
    /// Booth time facet options, in `BoothWhen::ALL` order.
    pub booth_when_options: [&'static str; 3],
    /// The OCOP-only facet.
    pub ocop_only: &'static str,
    /// Heading of the active facets.
    pub active_filters: &'static str,
    /// Removes every facet.
    pub clear_all: &'static str,
    /// Accessible name of a chip's remove button.
    pub remove_filter: fn(&str) -> String,
    /// Renders more results.
    pub show_more: &'static str,
    /// "Gian hàng B12" / "Booth B12" label.
    pub booth: &'static str,
    /// Booth details: products.
    pub products: &'static str,
    /// Booth details: contact.
    pub contact: &'static str,
    /// Booth details: the fair.
    pub fair: &'static str,
    /// Opens the fair in the calendar.
    pub see_in_calendar: &'static str,
    /// Heading of the exhibitor's other booths.
    pub other_booths: &'static str,
    /// "OCOP 4 sao".
    pub ocop_stars: fn(u8) -> String,
    /// The favourites view.
    pub favourites: &'static str,
    /// The favourites button with its count.
    pub favourites_count: fn(usize) -> String,
    /// The button that shows the folded filters on a phone, with how many
    /// are in force.
    pub filters_button: fn(usize) -> String,
    /// The star toggle's accessible name.
    pub save_booth: &'static str,
    /// An empty favourites list.
    pub no_favourites: &'static str,
    /// Heading of the share tools of the favourites.
    pub share_list: &'static str,
    /// Copies the favourites' link.
    pub copy_list_link: &'static str,
    /// Copies the favourites as text.
    pub copy_list: &'static str,
    /// Downloads the favourites as text.
    pub download_list: &'static str,
    /// Confirms the copy of the list.
    pub list_copied: &'static str,
    /// Accessible name of the QR code.
    pub qr_label: &'static str,
    /// Heading of a list someone shared.
    pub shared_list: &'static str,
    /// Leaves the shared list.
    pub back_to_search: &'static str,
    /// Saves the shared list into the visitor's favourites.
    pub save_shared: &'static str,
    /// Heading of the floor plan.
    pub floor_plan: &'static str,
    /// Floor plan zoom in.
    pub zoom_in: &'static str,
    /// Floor plan zoom out.
    pub zoom_out: &'static str,
    /// Explains the highlight on the plan.
    pub plan_hint: &'static str,
}

/// Tiếng Việt.
pub static VI: Messages = Messages {
    loading: "Đang tải lịch hội chợ…",
    retry: "Thử lại",
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
    booths_loading: "Đang tải danh sách gian hàng…",
    booths_preparing: "Đang chuẩn bị tìm kiếm gian hàng…",
    error_timeout: "Máy chủ phản hồi quá lâu, chưa tải được dữ liệu hội chợ. Hãy thử lại.",
    saved_copy: |when| format!("Không tải được dữ liệu mới. Đang hiển thị dữ liệu đã lưu {when}."),
    error_http: |status| format!("Máy chủ không trả về dữ liệu hội chợ (mã lỗi {status})."),
    error_feed: "Dữ liệu hội chợ bị lỗi, không hiển thị được.",
    skipped_records: |n| format!("{n} mục dữ liệu không hợp lệ đã được bỏ qua hoặc sửa"),
    embed_problems: |n| format!("{n} thuộc tính nhúng không hợp lệ, đã dùng giá trị mặc định"),
    event_count: |n| format!("{n} sự kiện"),
    booth_count: |n| format!("{n} gian hàng"),
    line_column: ("dòng", "cột"),
    view: "Cách xem",
    view_agenda: "Danh sách",
    view_grid: "Lịch tháng",
    search_events: "Tìm sự kiện",
    search_events_hint: "Tên, địa điểm, sản phẩm…",
    filter_category: "Ngành hàng",
    filter_district: "Quận, huyện",
    filter_when: "Thời gian",
    filter_year: "Năm",
    any: "Tất cả",
    when_options: ["Tất cả", "Sắp và đang diễn ra", "Đã diễn ra"],
    clear_filters: "Xóa bộ lọc",
    no_match: "Không có sự kiện nào khớp với bộ lọc.",
    previous_month: "Tháng trước",
    next_month: "Tháng sau",
    today: "Hôm nay",
    months_with_events: "Tháng có sự kiện",
    weekdays_short: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
    month_title: |year, month| format!("Tháng {month}/{year}"),
    empty_month: |year, month| format!("Tháng {month}/{year} không có sự kiện nào."),
    go_to_month: |year, month| format!("Đến tháng {month}/{year}"),
    lunar: "Âm lịch",
    lunar_date: |day, month, leap| {
        format!(
            "ngày {day} tháng {month}{} âm lịch",
            if leap { " nhuận" } else { "" }
        )
    },
    month_without_days: "Trong tháng, chưa rõ ngày",
    close: "Đóng",
    when: "Thời gian",
    open_days: "Các ngày mở cửa",
    directions: "Chỉ đường",
    call: "Gọi",
    zalo: "Nhắn Zalo",
    show_on_plan: "Xem trên sơ đồ",
    booth_actions: "Liên hệ và đến gian hàng",
    map: "Xem bản đồ",
    organizers: "Đơn vị tổ chức",
    size: "Quy mô",
    categories: "Ngành hàng",
    about: "Giới thiệu",
    source: "Nguồn tin",
    see_booths: "Xem các gian hàng",
    add_to_calendar: "Thêm vào lịch (.ics)",
    google_calendar: "Thêm vào Google Calendar",
    download_listed: "Tải lịch các sự kiện đang xem (.ics)",
    subscribe: "Đăng ký lịch",
    subscribe_app: "Ứng dụng lịch (điện thoại, máy tính)",
    subscribe_google: "Google Calendar",
    subscribe_note: "Lịch của bạn tự cập nhật khi có hội chợ mới hoặc đổi ngày.",
    share: "Chia sẻ",
    copy_link: "Sao chép liên kết",
    link_copied: "Đã sao chép liên kết.",
    link_not_copied: "Trình duyệt không cho sao chép tự động. Liên kết đã được chọn sẵn bên dưới: nhấn Ctrl+C (trên điện thoại: giữ để sao chép).",
    list_not_copied: "Trình duyệt không cho sao chép tự động. Danh sách đã được chọn sẵn bên dưới: nhấn Ctrl+C (trên điện thoại: giữ để sao chép).",
    copy_by_hand: "Nội dung để tự sao chép",
    share_more: "Chia sẻ qua Zalo, tin nhắn…",
    new_tab: "(mở thẻ mới)",
    sections: "Nội dung",
    tab_calendar: "Lịch sự kiện",
    tab_booths: "Tìm gian hàng",
    search_booths: "Tìm gian hàng",
    search_booths_hint: "Sản phẩm, doanh nghiệp, mã gian hàng…",
    no_booths: "Không tìm thấy gian hàng nào.",
    corrected: |typed, shown| {
        format!("Không có kết quả cho “{typed}”. Đang hiện kết quả cho “{shown}”.")
    },
    filter_event: "Hội chợ",
    booth_when_options: ["Mọi lúc", "Mở cửa hôm nay", "Trong tuần này"],
    ocop_only: "Chỉ sản phẩm OCOP",
    active_filters: "Đang lọc",
    clear_all: "Xóa tất cả",
    remove_filter: |name| format!("Bỏ lọc: {name}"),
    show_more: "Hiện thêm gian hàng",
    booth: "Gian hàng",
    products: "Sản phẩm",
    contact: "Liên hệ",
    fair: "Hội chợ",
    see_in_calendar: "Xem trong lịch",
    other_booths: "Gian hàng khác của doanh nghiệp này",
    ocop_stars: |n| format!("OCOP {n} sao"),
    favourites: "Gian hàng đã lưu",
    favourites_count: |n| format!("Đã lưu ({n})"),
    filters_button: |n| if n == 0 { "Lọc".into() } else { format!("Lọc ({n})") },
    save_booth: "Lưu gian hàng",
    no_favourites: "Bạn chưa lưu gian hàng nào. Bấm nút ngôi sao ở một gian hàng để lưu.",
    share_list: "Gửi danh sách",
    copy_list_link: "Sao chép liên kết danh sách",
    copy_list: "Sao chép dạng văn bản",
    download_list: "Tải danh sách (.txt)",
    list_copied: "Đã sao chép.",
    qr_label: "Mã QR của liên kết danh sách",
    shared_list: "Danh sách gian hàng được chia sẻ",
    back_to_search: "Quay lại tìm kiếm",
    save_shared: "Lưu cả danh sách",
    floor_plan: "Sơ đồ gian hàng",
    zoom_in: "Phóng to",
    zoom_out: "Thu nhỏ",
    plan_hint: "Gian hàng khớp với tìm kiếm được tô đậm; bấm vào một gian hàng để xem.",
};

/// English.
pub static EN: Messages = Messages {
    loading: "Loading the fair calendar…",
    retry: "Retry",
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
    booths_loading: "Loading the booths…",
    booths_preparing: "Preparing the booth search…",
    error_timeout: "The server took too long to send the fair data. Try again.",
    saved_copy: |when| format!("The latest data could not be loaded. Showing data saved {when}."),
    error_http: |status| format!("The server did not return the fair data (error {status})."),
    error_feed: "The fair data is damaged and cannot be shown.",
    skipped_records: |n| {
        if n == 1 {
            "1 invalid record was skipped or mended".to_owned()
        } else {
            format!("{n} invalid records were skipped or mended")
        }
    },
    embed_problems: |n| {
        if n == 1 {
            "1 embed attribute is wrong; its default is used".to_owned()
        } else {
            format!("{n} embed attributes are wrong; their defaults are used")
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
    view: "View",
    view_agenda: "List",
    view_grid: "Month",
    search_events: "Search events",
    search_events_hint: "Name, place, product…",
    filter_category: "Product category",
    filter_district: "District",
    filter_when: "When",
    filter_year: "Year",
    any: "All",
    when_options: ["All", "Upcoming and on now", "Past"],
    clear_filters: "Clear filters",
    no_match: "No events match the filters.",
    previous_month: "Previous month",
    next_month: "Next month",
    today: "Today",
    months_with_events: "Months with events",
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    month_title: |year, month| format!("{} {year}", super::dates::en_month(month)),
    empty_month: |year, month| format!("No events in {} {year}.", super::dates::en_month(month)),
    go_to_month: |year, month| format!("Go to {} {year}", super::dates::en_month(month)),
    lunar: "Lunar",
    lunar_date: |day, month, leap| {
        format!(
            "lunar {day}/{month}{}",
            if leap { " (leap month)" } else { "" }
        )
    },
    month_without_days: "This month, day not announced",
    close: "Close",
    when: "When",
    open_days: "Open on",
    directions: "Directions",
    call: "Call",
    zalo: "Zalo chat",
    show_on_plan: "Show on the floor plan",
    booth_actions: "Contact and visit",
    map: "Map",
    organizers: "Organisers",
    size: "Size",
    categories: "Product categories",
    about: "About",
    source: "Source",
    see_booths: "See the booths",
    add_to_calendar: "Add to calendar (.ics)",
    google_calendar: "Add to Google Calendar",
    download_listed: "Download these events (.ics)",
    subscribe: "Subscribe",
    subscribe_app: "Calendar app (phone, computer)",
    subscribe_google: "Google Calendar",
    subscribe_note: "Your calendar updates itself when fairs are added or moved.",
    share: "Share",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    link_not_copied: "The browser did not allow copying. The link is selected below: press Ctrl+C (on a phone: hold to copy).",
    list_not_copied: "The browser did not allow copying. The list is selected below: press Ctrl+C (on a phone: hold to copy).",
    copy_by_hand: "Text to copy by hand",
    share_more: "Share via Zalo, messages…",
    new_tab: "(opens in a new tab)",
    sections: "Sections",
    tab_calendar: "Event calendar",
    tab_booths: "Booth finder",
    search_booths: "Search booths",
    search_booths_hint: "Product, exhibitor, booth code…",
    no_booths: "No booths found.",
    corrected: |typed, shown| format!("No results for “{typed}”. Showing results for “{shown}”."),
    filter_event: "Fair",
    booth_when_options: ["Any time", "Open today", "This week"],
    ocop_only: "OCOP certified only",
    active_filters: "Filtering by",
    clear_all: "Clear all",
    remove_filter: |name| format!("Remove filter: {name}"),
    show_more: "Show more booths",
    booth: "Booth",
    products: "Products",
    contact: "Contact",
    fair: "Fair",
    see_in_calendar: "See in the calendar",
    other_booths: "Other booths of this exhibitor",
    ocop_stars: |n| format!("OCOP {n} stars"),
    favourites: "Saved booths",
    favourites_count: |n| format!("Saved ({n})"),
    filters_button: |n| if n == 0 { "Filters".into() } else { format!("Filters ({n})") },
    save_booth: "Save booth",
    no_favourites: "No saved booths yet. Press the star on a booth to save it.",
    share_list: "Send the list",
    copy_list_link: "Copy the list's link",
    copy_list: "Copy as text",
    download_list: "Download the list (.txt)",
    list_copied: "Copied.",
    qr_label: "QR code of the list's link",
    shared_list: "A shared list of booths",
    back_to_search: "Back to search",
    save_shared: "Save the whole list",
    floor_plan: "Floor plan",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    plan_hint: "Booths that match the search are highlighted; tap one to open it.",
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
