//! The studio's interface in Vietnamese (the default) and English: every
//! string it shows comes from here, from the import's report
//! (`publish::ImportReport`, worded in both languages for the CLI too) or
//! from the validator's findings as `i18n` tells them.

use super::state::{Notice, OpenFailure};
use super::DraftError;
use crate::i18n::Lang;
use crate::load::LoadError;

/// Every string of the studio's interface.
#[derive(Debug)]
pub struct StudioText {
    /// The page's title.
    pub title: &'static str,
    /// What the studio is for, under the title.
    pub lead: &'static str,
    /// The language switch's label.
    pub language: &'static str,
    /// The steps' names, in `Step::ALL` order.
    pub steps: [&'static str; 6],
    /// The steps' navigation label.
    pub steps_label: &'static str,
    /// Opening a feed file.
    pub open_file: &'static str,
    /// Opening from an address.
    pub open_url: &'static str,
    /// The address field.
    pub url_label: &'static str,
    /// The button that fetches the address.
    pub fetch: &'static str,
    /// Said while the address is fetched.
    pub fetching: &'static str,
    /// Starting from the template.
    pub open_template: &'static str,
    /// What the template is.
    pub template_note: &'static str,
    /// The current draft's heading.
    pub current_draft: &'static str,
    /// "Start over".
    pub start_over: &'static str,
    /// The confirmation question.
    pub start_over_question: &'static str,
    /// Confirms clearing the draft.
    pub start_over_yes: &'static str,
    /// Cancels.
    pub cancel: &'static str,
    /// Asks before a feed opened replaces the draft: (draft, new file).
    pub replace_question: fn(&str, &str) -> String,
    /// Confirms the replacement.
    pub replace_yes: &'static str,
    /// Keeps the draft.
    pub keep_draft: &'static str,
    /// "N findings", said with a record's badge.
    pub problems_here: &'static str,
    /// Said when nothing is open yet.
    pub nothing_open: &'static str,
    /// Said of a refused fetch: CORS explained.
    pub cors_help: &'static str,
    /// The check's summary heading.
    pub summary: &'static str,
    /// "N events, N venues, N categories, N booths".
    pub counts: fn(usize, usize, usize, usize) -> String,
    /// The booths-per-fair table's caption and headers.
    pub booths_per_event: [&'static str; 3],
    /// The findings' heading.
    pub findings: &'static str,
    /// Said when the feed has no findings.
    pub no_findings: &'static str,
    /// "Error" and "Warning".
    pub severities: [&'static str; 2],
    /// The verdict, by the CLI's exit code 0, 1, 2.
    pub verdicts: [&'static str; 3],
    /// The text around a clicked finding's line.
    pub line_of_text: fn(usize) -> String,
    /// The direct text editor.
    pub edit_text: &'static str,
    /// Import: the fair to import into.
    pub import_event: &'static str,
    /// Import: the spreadsheet.
    pub import_file: &'static str,
    /// Import: the sheet of a workbook.
    pub import_sheet: &'static str,
    /// Import: the button.
    pub import_button: &'static str,
    /// Import: what it reads.
    pub import_note: &'static str,
    /// Import: the template download.
    pub template_download: &'static str,
    /// Import: the result (count, fair's name, booths replaced).
    pub imported: fn(usize, &str, usize) -> String,
    /// Import: the rows not placed, table caption and headers.
    pub rows_not_placed: [&'static str; 3],
    /// Import: every row was placed.
    pub all_rows_placed: &'static str,
    /// Import: the failure lead.
    pub import_failed: &'static str,
    /// Said where a step needs a feed that loads.
    pub needs_loading_feed: &'static str,
    /// Edit: the sections.
    pub series: &'static str,
    /// Edit: categories.
    pub categories: &'static str,
    /// Edit: venues.
    pub venues: &'static str,
    /// Edit: events.
    pub events: &'static str,
    /// Edit: add a record of each list.
    pub add: [&'static str; 3],
    /// Edit: remove this record.
    pub remove: &'static str,
    /// Field labels.
    pub id: &'static str,
    /// Vietnamese name.
    pub name_vi: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Organiser (Vietnamese, English).
    pub organizer: [&'static str; 2],
    /// The series' home page.
    pub series_url: &'static str,
    /// The series calendar's address.
    pub calendar_url: &'static str,
    /// The time zone.
    pub timezone: &'static str,
    /// A category's parent.
    pub parent: &'static str,
    /// "None" in a select.
    pub none: &'static str,
    /// A venue's address, ward, district, city.
    pub place: [&'static str; 4],
    /// An event's venue.
    pub venue: &'static str,
    /// How an event is dated: by days, or by year (and month).
    pub dating: [&'static str; 3],
    /// First and last day.
    pub days: [&'static str; 2],
    /// Year and month.
    pub year_month: [&'static str; 2],
    /// Status and its four values.
    pub status: [&'static str; 5],
    /// Booths planned.
    pub booth_count: &'static str,
    /// The announcement's address.
    pub source: &'static str,
    /// The event's categories.
    pub event_categories: &'static str,
    /// Preview: phone and desktop.
    pub preview_sizes: [&'static str; 2],
    /// Publish: the feed's future address.
    pub feed_address: &'static str,
    /// Publish: why the address is asked for.
    pub feed_address_note: &'static str,
    /// Publish: the downloads.
    pub download_feed: &'static str,
    /// The series calendar.
    pub download_ics: &'static str,
    /// The split feed as a zip.
    pub download_zip: &'static str,
    /// What the zip is for.
    pub zip_note: &'static str,
    /// The snippet's label.
    pub snippet: &'static str,
    /// Copy the snippet.
    pub copy_snippet: &'static str,
    /// Copied.
    pub copied: &'static str,
    /// Not copied: the snippet is selected.
    pub not_copied: &'static str,
    /// The link to the embed builder.
    pub open_builder: &'static str,
    /// Where nothing leaves the browser.
    pub privacy: &'static str,
    /// Inside WordPress: the draft leaves the browser only when published.
    pub privacy_site: &'static str,
    /// Inside WordPress, the publish step's card: its heading and button.
    pub site_publish: &'static str,
    /// What publishing to the site does.
    pub site_publish_note: &'static str,
    /// Why the button is disabled: the feed has errors.
    pub site_publish_blocked: &'static str,
    /// The warnings read before publishing, by their number.
    pub site_warnings: fn(usize) -> String,
    /// Said while the feed is sent.
    pub site_publishing: &'static str,
    /// Published, by the counts the site took.
    pub site_published: fn(u64, u64) -> String,
    /// The public feed's address.
    pub site_feed_address: &'static str,
    /// The public calendar's address.
    pub site_calendar_address: &'static str,
    /// The snippet for partner sites.
    pub site_partner_snippet: &'static str,
    /// The site refused (its message follows, in the user's language).
    pub site_refused: &'static str,
    /// The site could not be reached (the browser's words follow).
    pub site_unreachable: &'static str,
    /// Notices.
    pub opened: fn(&str) -> String,
    /// The draft came back.
    pub restored: fn(&str) -> String,
    /// Opening failed.
    pub open_failed: &'static str,
    /// A form's edit was refused.
    pub edit_refused: &'static str,
    /// The draft was cleared.
    pub cleared: &'static str,
    /// The browser will not keep the draft.
    pub not_kept: &'static str,
    /// A file was downloaded.
    pub downloaded: fn(&str) -> String,
    /// A file could not be made.
    pub not_made: &'static str,
    /// A record was removed.
    pub removed: &'static str,
    /// Brings it back.
    pub undo: &'static str,
    /// Booths were imported (count, fair's name): undo is offered.
    pub imported_notice: fn(usize, &str) -> String,
    /// The browser will not keep the column mapping.
    pub mapping_not_kept: &'static str,
    /// The browser could not read a picked file.
    pub file_unreadable: &'static str,
    /// The draft is not JSON: line and column of the fault.
    pub not_json: fn(usize, usize) -> String,
    /// The draft's top level is not an object.
    pub not_object: &'static str,
    /// A finding's button that opens the form at its field.
    pub fix: &'static str,
    /// A finding's button that shows its line of the text.
    pub fix_in_text: &'static str,
    /// Before a finding's path and position in the text.
    pub where_in_text: &'static str,
    /// A record without a name: its kind (category, venue, fair, booth) and number.
    pub unnamed: fn(usize, usize) -> String,
    /// A booth: its code and exhibitor.
    pub booth_record: fn(&str, &str) -> String,
    /// What a finding about the whole feed is about.
    pub whole_feed: &'static str,
    /// Labels of the feed's fields no form shows, by key.
    pub other_fields: &'static [(&'static str, &'static str)],
    /// What to do: fill in a field.
    pub todo_fill: fn(&str) -> String,
    /// What to do: correct a field.
    pub todo_fix: fn(&str) -> String,
    /// What to do: a duplicate id.
    pub todo_change_id: &'static str,
    /// What to do: a venue that does not exist.
    pub todo_choose_venue: &'static str,
    /// What to do: a category that does not exist.
    pub todo_choose_category: &'static str,
    /// What to do: booths of a fair that does not exist.
    pub todo_reimport: &'static str,
    /// What to do: a parent that is not top-level.
    pub todo_choose_parent: &'static str,
    /// What to do: a link that is not a web link.
    pub todo_web_link: &'static str,
    /// What to do: a text too long.
    pub todo_shorten: &'static str,
    /// What to do: something only the text reaches.
    pub todo_in_text: &'static str,
    /// What to do: a JSON syntax error.
    pub todo_syntax: &'static str,
    /// Import: the column mapping's heading.
    pub mapping_title: &'static str,
    /// Import: why the mapping is asked for.
    pub mapping_lead: &'static str,
    /// The mapping's lead when every column is told, some from their values.
    pub mapping_lead_guessed: &'static str,
    /// Beside a column's field guessed from its values.
    pub guessed_from_values: &'static str,
    /// The button giving empty category cells the category above.
    pub fill_down_categories: &'static str,
    /// Import: the header row's field.
    pub header_row: &'static str,
    /// Import: the mapping table's caption and headers.
    pub mapping_headers: [&'static str; 5],
    /// Import: the "not imported" choice.
    pub skip_column: &'static str,
    /// Import: required fields no column holds.
    pub missing_fields: fn(&str) -> String,
    /// Import: fields several columns hold.
    pub conflicting_fields: fn(&str) -> String,
    /// Import: applies the mapping.
    pub apply_mapping: &'static str,
    /// Import: opens the mapping again.
    pub change_mapping: &'static str,
    /// Import: the confirmation's heading.
    pub confirm_title: &'static str,
    /// Import: what will happen (count, fair, booths replaced).
    pub confirm_lead: fn(usize, &str, usize) -> String,
    /// Import: new, changed and removed booths.
    pub change_kinds: [&'static str; 3],
    /// Import: "and N more".
    pub and_more: fn(usize) -> String,
    /// Import: booths that stay as they were.
    pub unchanged: fn(usize) -> String,
    /// Import: the confirmation button.
    pub confirm_import: &'static str,
    /// Import: how the sheet was read, heading.
    pub how_read: &'static str,
    /// Import: "read as …".
    pub read_as: fn(&str) -> String,
    /// Import: the columns imported, heading.
    pub columns_used: &'static str,
    /// Import: an empty cell among a column's first values.
    pub no_values: &'static str,
}

impl StudioText {
    /// The interface in `lang`.
    pub fn of(lang: Lang) -> &'static StudioText {
        match lang {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }

    /// Why a form could not change the draft.
    pub fn draft_error(&self, error: &DraftError) -> String {
        match error {
            DraftError::NotJson(line, column) => (self.not_json)(*line, *column),
            DraftError::NotObject => self.not_object.to_owned(),
        }
    }
}

/// A notice in `lang`'s words; `fair` names a fair by its id.
pub fn notice_text(notice: &Notice, lang: Lang, fair: &dyn Fn(&str) -> String) -> String {
    let text = StudioText::of(lang);
    let widget = lang.messages();
    match notice {
        Notice::Opened(name) => (text.opened)(name),
        Notice::Restored(name) => (text.restored)(name),
        Notice::OpenFailed(why) => {
            let why = match why {
                OpenFailure::File(_) => text.file_unreadable.to_owned(),
                OpenFailure::Load(LoadError::Network(_)) => {
                    format!("{} {}", widget.error_network, text.cors_help)
                }
                OpenFailure::Load(LoadError::Timeout(_)) => widget.error_timeout.to_owned(),
                OpenFailure::Load(LoadError::Http(status)) => (widget.error_http)(*status),
                OpenFailure::Load(LoadError::Feed(_)) => widget.error_feed.to_owned(),
            };
            format!("{} {why}", text.open_failed)
        }
        Notice::EditRefused(error) => format!("{} {}", text.edit_refused, text.draft_error(error)),
        Notice::Cleared => text.cleared.to_owned(),
        Notice::NotKept => text.not_kept.to_owned(),
        Notice::Downloaded(name) => (text.downloaded)(name),
        Notice::NotMade(why) => format!("{} {}", text.not_made, why.describe(lang)),
        Notice::Removed => text.removed.to_owned(),
        Notice::Imported { count, event } => (text.imported_notice)(*count, &fair(event)),
        Notice::MappingNotKept => text.mapping_not_kept.to_owned(),
    }
}

static VI: StudioText = StudioText {
    title: "Greenfair Studio: dữ liệu hội chợ",
    lead: "Mở dữ liệu hoặc bắt đầu từ mẫu, nhập danh sách gian hàng từ Excel, kiểm tra, xem trước rồi tải về để đăng.",
    language: "Ngôn ngữ",
    steps: ["1. Mở", "2. Kiểm tra", "3. Nhập gian hàng", "4. Chỉnh sửa", "5. Xem trước", "6. Xuất bản"],
    steps_label: "Các bước",
    open_file: "Mở tệp dữ liệu (.json)",
    open_url: "Mở từ địa chỉ web",
    url_label: "Địa chỉ tệp dữ liệu",
    fetch: "Tải về",
    fetching: "Đang tải dữ liệu…",
    open_template: "Bắt đầu từ mẫu",
    template_note: "Một chuỗi hội chợ mới với một ngành hàng, một địa điểm và một hội chợ để sửa.",
    current_draft: "Bản nháp đang làm",
    start_over: "Bắt đầu lại",
    start_over_question: "Xoá bản nháp đang làm? Việc này không hoàn tác được.",
    start_over_yes: "Xoá bản nháp",
    cancel: "Huỷ",
    replace_question: |draft, new| format!("Mở {new} sẽ thay bản nháp {draft} đang làm. Thay?"),
    replace_yes: "Thay bằng tệp mới",
    keep_draft: "Giữ bản nháp",
    problems_here: "lỗi hoặc cảnh báo",
    nothing_open: "Chưa mở dữ liệu nào: hãy mở một tệp hoặc bắt đầu từ mẫu.",
    cors_help: "Nếu tệp ở tên miền khác, máy chủ đó phải cho phép trang này đọc (CORS: tiêu đề Access-Control-Allow-Origin). Cách khác: tải tệp về máy rồi mở bằng \"Mở tệp dữ liệu\".",
    summary: "Tóm tắt",
    counts: |events, venues, categories, booths| {
        format!("{events} hội chợ, {venues} địa điểm, {categories} ngành hàng, {booths} gian hàng")
    },
    booths_per_event: ["Số gian hàng theo hội chợ", "Hội chợ", "Gian hàng"],
    findings: "Lỗi và cảnh báo",
    no_findings: "Không có lỗi hay cảnh báo nào.",
    severities: ["Lỗi", "Cảnh báo"],
    verdicts: [
        "Dữ liệu hợp lệ.",
        "Dữ liệu dùng được, có cảnh báo: các mục bị bỏ qua được nêu dưới đây.",
        "Dữ liệu có lỗi: widget không hiển thị được cho đến khi sửa.",
    ],
    line_of_text: |line| format!("Dòng {line} của văn bản"),
    edit_text: "Sửa trực tiếp văn bản JSON",
    import_event: "Hội chợ nhận gian hàng",
    import_file: "Bảng tính (.xlsx, .xls, .ods hoặc .csv)",
    import_sheet: "Trang tính",
    import_button: "Nhập gian hàng",
    import_note: "Đọc Excel (.xlsx và .xls 97-2003), LibreOffice (.ods) và CSV (UTF-8, UTF-16 hoặc Windows-1258; dấu ; hoặc ,). Dòng tiêu đề cột được tìm dưới các dòng tên cơ quan, tiêu đề văn bản; tiêu đề cột tiếng Việt hoặc tiếng Anh, có dấu hay không dấu. Trước khi thay gian hàng cũ của hội chợ, studio cho xem những gì sẽ thay đổi.",
    template_download: "Tải bảng tính mẫu (.xlsx)",
    imported: |count, fair, replaced| {
        format!("Đã nhập {count} gian hàng vào {fair} (thay {replaced} gian hàng cũ).")
    },
    rows_not_placed: ["Các dòng chưa nhập hoặc đã sửa khi nhập", "Dòng", "Lý do"],
    all_rows_placed: "Mọi dòng đều đã được nhập.",
    import_failed: "Chưa nhập được:",
    needs_loading_feed: "Bước này cần dữ liệu không có lỗi: hãy sửa các lỗi ở bước Kiểm tra.",
    series: "Chuỗi hội chợ",
    categories: "Ngành hàng",
    venues: "Địa điểm",
    events: "Hội chợ",
    add: ["Thêm ngành hàng", "Thêm địa điểm", "Thêm hội chợ"],
    remove: "Xoá mục này",
    id: "Mã (id, không dấu, không khoảng trắng)",
    name_vi: "Tên (tiếng Việt)",
    name_en: "Tên (tiếng Anh)",
    organizer: ["Đơn vị tổ chức (tiếng Việt)", "Đơn vị tổ chức (tiếng Anh)"],
    series_url: "Trang web của chuỗi hội chợ",
    calendar_url: "Địa chỉ lịch .ics để bạn đọc đăng ký",
    timezone: "Múi giờ",
    parent: "Thuộc ngành hàng",
    none: "Không",
    place: ["Địa chỉ", "Phường/xã", "Quận/huyện", "Tỉnh/thành phố"],
    venue: "Địa điểm",
    dating: ["Thời gian", "Có ngày cụ thể", "Chỉ biết năm (và tháng)"],
    days: ["Ngày bắt đầu", "Ngày kết thúc"],
    year_month: ["Năm", "Tháng (1-12, có thể để trống)"],
    status: ["Trạng thái", "Đã lên lịch", "Hoãn", "Huỷ", "Chưa công bố ngày"],
    booth_count: "Số gian hàng dự kiến",
    source: "Đường dẫn bài thông báo",
    event_categories: "Ngành hàng của hội chợ",
    preview_sizes: ["Điện thoại (360 px)", "Máy tính (960 px)"],
    feed_address: "Địa chỉ sẽ đăng tệp dữ liệu (feed.json)",
    feed_address_note: "Nhập địa chỉ web nơi sẽ đăng feed.json: mã nhúng trỏ tới đó.",
    download_feed: "Tải feed.json",
    download_ics: "Tải lịch của chuỗi (.ics)",
    download_zip: "Tải dữ liệu tách nhỏ (.zip)",
    zip_note: "Cho chuỗi có rất nhiều gian hàng: index.json và một tệp gian hàng cho mỗi hội chợ, như lệnh greenfair split.",
    snippet: "Mã nhúng cho bài viết",
    copy_snippet: "Sao chép mã nhúng",
    copied: "Đã sao chép mã nhúng.",
    not_copied: "Trình duyệt không cho sao chép tự động: mã đã được chọn, nhấn Ctrl+C.",
    open_builder: "Tuỳ chỉnh thêm trong trình tạo mã nhúng",
    privacy: "Mọi thứ ở lại trong trình duyệt này: không tải lên đâu cả. Bản nháp được lưu tự động trên máy.",
    privacy_site: "Bản nháp ở lại trong trình duyệt này (lưu tự động trên máy) cho đến khi bạn xuất bản lên trang này.",
    site_publish: "Xuất bản lên trang này",
    site_publish_note: "Dữ liệu và lịch .ics được đăng lên trang WordPress này; bạn đọc và các trang đối tác thấy ngay ở địa chỉ công khai.",
    site_publish_blocked: "Chưa xuất bản được: dữ liệu còn lỗi. Hãy sửa các lỗi ở bước Kiểm tra.",
    site_warnings: |n| format!("Dữ liệu có {n} cảnh báo; bạn đọc vẫn xem được. Hãy đọc lại trước khi xuất bản:"),
    site_publishing: "Đang xuất bản…",
    site_published: |fairs, booths| format!("Đã xuất bản: {fairs} hội chợ, {booths} gian hàng. Địa chỉ công khai:"),
    site_feed_address: "Dữ liệu (JSON)",
    site_calendar_address: "Lịch (.ics)",
    site_partner_snippet: "Mã nhúng cho các trang đối tác",
    site_refused: "Trang không nhận bản xuất bản; dữ liệu đang đăng vẫn như cũ:",
    site_unreachable: "Không gửi được đến trang; dữ liệu đang đăng vẫn như cũ:",
    opened: |name| format!("Đã mở {name}."),
    restored: |name| format!("Đã khôi phục bản nháp {name} từ lần làm trước."),
    open_failed: "Không mở được dữ liệu:",
    edit_refused: "Chưa sửa được bằng biểu mẫu:",
    cleared: "Đã xoá bản nháp.",
    not_kept: "Trình duyệt không cho lưu bản nháp (chế độ riêng tư hoặc bộ nhớ bị chặn): hãy tải feed.json về trước khi đóng trang.",
    downloaded: |name| format!("Đã tải {name}."),
    not_made: "Không tạo được tệp:",
    removed: "Đã xoá mục.",
    undo: "Hoàn tác",
    imported_notice: |count, fair| format!("Đã nhập {count} gian hàng vào {fair}."),
    mapping_not_kept: "Trình duyệt không cho lưu cách đọc cột: lần nhập sau cần chọn lại.",
    file_unreadable: "Trình duyệt không đọc được tệp này.",
    not_json: |line, column| format!("văn bản chưa phải JSON hợp lệ (dòng {line}, cột {column}): hãy sửa ở bước Kiểm tra."),
    not_object: "văn bản không phải một đối tượng JSON: hãy sửa ở bước Kiểm tra.",
    fix: "Sửa",
    fix_in_text: "Sửa trong văn bản",
    where_in_text: "Vị trí trong văn bản:",
    unnamed: |kind, n| {
        let kind = ["Ngành hàng", "Địa điểm", "Hội chợ", "Gian hàng"][kind.min(3)];
        format!("{kind} thứ {n} (chưa có tên)")
    },
    booth_record: |code, exhibitor| format!("Gian hàng {code}: {exhibitor}"),
    whole_feed: "Toàn bộ dữ liệu",
    other_fields: &[
        ("version", "Phiên bản dữ liệu"),
        ("series", "Chuỗi hội chợ"),
        ("categories", "Ngành hàng"),
        ("venues", "Địa điểm"),
        ("events", "Hội chợ"),
        ("booths", "Gian hàng"),
        ("sample", "Dữ liệu mẫu"),
        ("summary", "Giới thiệu hội chợ"),
        ("organizers", "Các đơn vị tổ chức"),
        ("floor_plan", "Sơ đồ gian hàng"),
        ("booths_url", "Tệp gian hàng riêng"),
        ("lat", "Vĩ độ"),
        ("lon", "Kinh độ"),
        ("code", "Mã gian hàng"),
        ("exhibitor", "Tên đơn vị trưng bày"),
        ("products", "Sản phẩm"),
        ("description", "Mô tả"),
        ("website", "Trang web"),
        ("phone", "Điện thoại"),
        ("email", "Email"),
        ("ocop_stars", "Sao OCOP"),
        ("event", "Hội chợ của gian hàng"),
        ("position", "Vị trí trên sơ đồ"),
        ("width", "Chiều rộng"),
        ("height", "Chiều cao"),
        ("zones", "Các khu"),
        ("entrances", "Các lối vào"),
        ("label", "Nhãn"),
        ("x", "Toạ độ x"),
        ("y", "Toạ độ y"),
        ("w", "Chiều rộng"),
        ("h", "Chiều cao"),
    ],
    todo_fill: |label| format!("Hãy điền {label}."),
    todo_fix: |label| format!("Hãy sửa {label}."),
    todo_change_id: "Hãy đặt cho mục này một mã khác.",
    todo_choose_venue: "Hãy chọn một địa điểm trong danh sách, hoặc thêm địa điểm có mã này.",
    todo_choose_category: "Hãy bỏ chọn ngành hàng không có, hoặc thêm ngành hàng có mã này.",
    todo_reimport: "Hãy nhập lại danh sách gian hàng vào đúng hội chợ.",
    todo_choose_parent: "Hãy chọn một ngành hàng cấp trên cùng, hoặc để trống.",
    todo_web_link: "Hãy ghi địa chỉ đầy đủ, bắt đầu bằng https://.",
    todo_shorten: "Hãy rút ngắn đoạn chữ dài nhất của mục này.",
    todo_in_text: "Phần này chưa có biểu mẫu: hãy sửa trong văn bản JSON, ở dòng được chỉ.",
    todo_syntax: "Hãy sửa văn bản JSON ở dòng được chỉ: thường là thiếu hoặc thừa một dấu phẩy, dấu ngoặc hay dấu nháy kép.",
    mapping_title: "Chọn cột cho từng thông tin",
    mapping_lead: "Chưa nhận ra được các cột của bảng tính. Hãy chọn mỗi cột chứa thông tin gì, hoặc bỏ qua cột đó. Lựa chọn được nhớ cho lần nhập sau.",
    mapping_lead_guessed: "Một số cột không có tiêu đề quen thuộc nên được đoán theo giá trị trong cột. Hãy kiểm tra, sửa nếu cần, rồi bấm nhập.",
    guessed_from_values: "Đoán theo giá trị",
    fill_down_categories: "Điền ngành hàng trống bằng ngành hàng của dòng trên",
    header_row: "Dòng tiêu đề cột",
    mapping_headers: ["Các cột của bảng tính", "Cột", "Tiêu đề", "Giá trị đầu tiên", "Nhập vào"],
    skip_column: "Bỏ qua (không nhập)",
    missing_fields: |fields| format!("Chưa có cột nào là: {fields}."),
    conflicting_fields: |fields| format!("Nhiều cột cùng được chọn là: {fields}. Hãy bỏ qua một cột."),
    apply_mapping: "Dùng cách đọc này",
    change_mapping: "Đổi cách đọc cột",
    confirm_title: "Xem trước thay đổi",
    confirm_lead: |count, fair, replaced| {
        format!("Sẽ nhập {count} gian hàng vào {fair}, thay cho {replaced} gian hàng hiện có.")
    },
    change_kinds: ["Gian hàng mới", "Gian hàng thay đổi", "Gian hàng bị bỏ"],
    and_more: |n| format!("và {n} gian hàng khác"),
    unchanged: |n| format!("{n} gian hàng giữ nguyên."),
    confirm_import: "Thay gian hàng của hội chợ",
    how_read: "Cách đọc bảng tính",
    read_as: |how| format!("Đọc dạng {how}."),
    columns_used: "Các cột được nhập",
    no_values: "(trống)",
};

/// "1 booth", "3 booths", as the widget counts them.
fn booths(n: usize) -> String {
    (Lang::En.messages().booth_count)(u32::try_from(n).unwrap_or(u32::MAX))
}

static EN: StudioText = StudioText {
    title: "Greenfair Studio: fair data",
    lead: "Open your data or start from the template, import exhibitor lists from Excel, check, preview, then download to publish.",
    language: "Language",
    steps: ["1. Open", "2. Check", "3. Import booths", "4. Edit", "5. Preview", "6. Publish"],
    steps_label: "Steps",
    open_file: "Open a data file (.json)",
    open_url: "Open from a web address",
    url_label: "Address of the data file",
    fetch: "Fetch",
    fetching: "Fetching the data…",
    open_template: "Start from the template",
    template_note: "A new fair series with one category, one venue and one fair to edit.",
    current_draft: "The draft you are working on",
    start_over: "Start over",
    start_over_question: "Clear the draft? This cannot be undone.",
    start_over_yes: "Clear the draft",
    cancel: "Cancel",
    replace_question: |draft, new| format!("Opening {new} replaces the draft {draft} you are working on. Replace it?"),
    replace_yes: "Replace with the new file",
    keep_draft: "Keep the draft",
    problems_here: "errors or warnings",
    nothing_open: "Nothing is open yet: open a file or start from the template.",
    cors_help: "If the file is on another domain, its server must let this page read it (CORS: the Access-Control-Allow-Origin header). Or download the file and open it with \"Open a data file\".",
    summary: "Summary",
    counts: |events, venues, categories, booths| {
        format!("{events} events, {venues} venues, {categories} categories, {booths} booths")
    },
    booths_per_event: ["Booths per fair", "Fair", "Booths"],
    findings: "Errors and warnings",
    no_findings: "No errors or warnings.",
    severities: ["Error", "Warning"],
    verdicts: [
        "The data is valid.",
        "The data can be used, with warnings: the records left out are listed below.",
        "The data has errors: the widget cannot show it until they are fixed.",
    ],
    line_of_text: |line| format!("Line {line} of the text"),
    edit_text: "Edit the JSON text directly",
    import_event: "The fair the booths are at",
    import_file: "Spreadsheet (.xlsx, .xls, .ods or .csv)",
    import_sheet: "Sheet",
    import_button: "Import booths",
    import_note: "Reads Excel (.xlsx and 97-2003 .xls), LibreOffice (.ods) and CSV (UTF-8, UTF-16 or Windows-1258; ; or , separators). The column headers are found under the office's and the document's titles, in Vietnamese or English, with or without diacritics. Before the fair's booths are replaced, the studio shows what will change.",
    template_download: "Download the template spreadsheet (.xlsx)",
    imported: |count, fair, replaced| {
        format!("{} imported into {fair} ({replaced} replaced).", booths(count))
    },
    rows_not_placed: ["Rows not imported, or changed on import", "Row", "Why"],
    all_rows_placed: "Every row was imported.",
    import_failed: "Nothing was imported:",
    needs_loading_feed: "This step needs data without errors: fix them in the Check step.",
    series: "Fair series",
    categories: "Categories",
    venues: "Venues",
    events: "Fairs",
    add: ["Add a category", "Add a venue", "Add a fair"],
    remove: "Remove",
    id: "Id (no diacritics, no spaces)",
    name_vi: "Name (Vietnamese)",
    name_en: "Name (English)",
    organizer: ["Organiser (Vietnamese)", "Organiser (English)"],
    series_url: "The series' web page",
    calendar_url: "Address of the .ics calendar readers subscribe to",
    timezone: "Time zone",
    parent: "Part of",
    none: "None",
    place: ["Address", "Ward", "District", "City"],
    venue: "Venue",
    dating: ["Dates", "Known days", "Year (and month) only"],
    days: ["First day", "Last day"],
    year_month: ["Year", "Month (1-12, may be left empty)"],
    status: ["Status", "Scheduled", "Postponed", "Cancelled", "Dates not announced"],
    booth_count: "Booths planned",
    source: "Link to the announcement",
    event_categories: "The fair's categories",
    preview_sizes: ["Phone (360 px)", "Desktop (960 px)"],
    feed_address: "Where feed.json will be published",
    feed_address_note: "Type the web address feed.json will have: the embed code points there.",
    download_feed: "Download feed.json",
    download_ics: "Download the series calendar (.ics)",
    download_zip: "Download the split data (.zip)",
    zip_note: "For series with very many booths: index.json and one booth file per fair, as greenfair split writes them.",
    snippet: "Embed code for the article",
    copy_snippet: "Copy the embed code",
    copied: "Embed code copied.",
    not_copied: "The browser will not copy by itself: the code is selected, press Ctrl+C.",
    open_builder: "More options in the embed builder",
    privacy: "Everything stays in this browser: nothing is uploaded. The draft is saved on this computer as you work.",
    privacy_site: "The draft stays in this browser (saved on this computer as you work) until you publish it to this site.",
    site_publish: "Publish to this site",
    site_publish_note: "The feed and its .ics calendar go live on this WordPress site: readers and partner sites see them at once at the public addresses.",
    site_publish_blocked: "Cannot publish yet: the feed has errors. Fix them in the Check step.",
    site_warnings: |n| format!("The feed has {n} warning(s); readers can still use it. Read them before publishing:"),
    site_publishing: "Publishing…",
    site_published: |fairs, booths| format!("Published: {fairs} fairs, {booths} booths. The public addresses:"),
    site_feed_address: "Feed (JSON)",
    site_calendar_address: "Calendar (.ics)",
    site_partner_snippet: "Snippet for partner sites",
    site_refused: "The site refused the publication; the published feed is unchanged:",
    site_unreachable: "The site could not be reached; the published feed is unchanged:",
    opened: |name| format!("{name} opened."),
    restored: |name| format!("The draft {name} was restored from last time."),
    open_failed: "The data could not be opened:",
    edit_refused: "The form cannot change the data yet:",
    cleared: "The draft was cleared.",
    not_kept: "The browser will not keep the draft (private mode or blocked storage): download feed.json before closing the page.",
    downloaded: |name| format!("{name} downloaded."),
    not_made: "The file could not be made:",
    removed: "Removed.",
    undo: "Undo",
    imported_notice: |count, fair| format!("{} imported into {fair}.", booths(count)),
    mapping_not_kept: "The browser will not keep the column choices: they will be asked again next time.",
    file_unreadable: "The browser could not read this file.",
    not_json: |line, column| format!("the text is not valid JSON yet (line {line}, column {column}): fix it in the Check step."),
    not_object: "the text is not a JSON object: fix it in the Check step.",
    fix: "Fix",
    fix_in_text: "Fix in the text",
    where_in_text: "Where in the text:",
    unnamed: |kind, n| {
        let kind = ["Category", "Venue", "Fair", "Booth"][kind.min(3)];
        format!("{kind} {n} (no name yet)")
    },
    booth_record: |code, exhibitor| format!("Booth {code}: {exhibitor}"),
    whole_feed: "The whole feed",
    other_fields: &[
        ("version", "Data version"),
        ("series", "Fair series"),
        ("categories", "Categories"),
        ("venues", "Venues"),
        ("events", "Fairs"),
        ("booths", "Booths"),
        ("sample", "Sample data"),
        ("summary", "About the fair"),
        ("organizers", "Organisers"),
        ("floor_plan", "Floor plan"),
        ("booths_url", "Separate booth file"),
        ("lat", "Latitude"),
        ("lon", "Longitude"),
        ("code", "Booth code"),
        ("exhibitor", "Exhibitor"),
        ("products", "Products"),
        ("description", "Description"),
        ("website", "Website"),
        ("phone", "Phone"),
        ("email", "Email"),
        ("ocop_stars", "OCOP stars"),
        ("event", "The booth's fair"),
        ("position", "Place on the floor plan"),
        ("width", "Width"),
        ("height", "Height"),
        ("zones", "Zones"),
        ("entrances", "Entrances"),
        ("label", "Label"),
        ("x", "x"),
        ("y", "y"),
        ("w", "Width"),
        ("h", "Height"),
    ],
    todo_fill: |label| format!("Fill in {label}."),
    todo_fix: |label| format!("Correct {label}."),
    todo_change_id: "Give this record another id.",
    todo_choose_venue: "Choose a venue from the list, or add a venue with this id.",
    todo_choose_category: "Untick the category that does not exist, or add a category with this id.",
    todo_reimport: "Import the booth list into the right fair again.",
    todo_choose_parent: "Choose a top-level category, or none.",
    todo_web_link: "Write the whole address, starting with https://.",
    todo_shorten: "Shorten this record's longest text.",
    todo_in_text: "No form reaches this yet: fix it in the JSON text, at the line shown.",
    todo_syntax: "Fix the JSON text at the line shown: usually a comma, bracket or double quote too many or too few.",
    mapping_title: "Choose what each column holds",
    mapping_lead: "The spreadsheet's columns could not all be told. Choose what each column holds, or skip it. The choices are kept for the next import.",
    mapping_lead_guessed: "Some columns have no header the studio knows, so what they hold was guessed from their values. Check them, change any that is wrong, then import.",
    guessed_from_values: "Guessed from its values",
    fill_down_categories: "Fill the empty categories with the category of the row above",
    header_row: "Row of the column headers",
    mapping_headers: ["The spreadsheet's columns", "Column", "Header", "First values", "Import into"],
    skip_column: "Skip (do not import)",
    missing_fields: |fields| format!("No column holds: {fields}."),
    conflicting_fields: |fields| format!("Several columns are chosen for: {fields}. Skip one of them."),
    apply_mapping: "Use these columns",
    change_mapping: "Change the columns",
    confirm_title: "What will change",
    confirm_lead: |count, fair, replaced| {
        format!(
            "{} will be imported into {fair}, in place of its {}.",
            booths(count),
            booths(replaced)
        )
    },
    change_kinds: ["New booths", "Changed booths", "Removed booths"],
    and_more: |n| format!("and {n} more"),
    unchanged: |n| match n {
        1 => "1 booth stays as it was.".to_owned(),
        n => format!("{n} booths stay as they were."),
    },
    confirm_import: "Replace the fair's booths",
    how_read: "How the spreadsheet was read",
    read_as: |how| format!("Read as {how}."),
    columns_used: "Columns imported",
    no_values: "(empty)",
};
