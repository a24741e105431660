//! Every text the HTML page (and the terminal's headings) writes for a person, in English and Vietnamese, by message id.
//! Written as Fluent messages (`{ $name }` placeholders, `-one`/`-other` ids for counted
//! words) so that moving them into the tool's message catalog is a copy, not a rewrite.

use std::fmt::Display;

use crate::lang::Lang;

/// (id, English, Vietnamese).
const WORDS: &[(&str, &str, &str)] = &[
    ("page-title", "Staffing check: { $plan }", "Kết quả kiểm tra nhân sự: { $plan }"),
    ("page-title-many", "Staffing check: { $count } plans", "Kết quả kiểm tra nhân sự: { $count } phương án"),
    ("checked-by", "Checked by staffcheck { $version } against { $rules } rules.", "Kiểm tra bằng staffcheck { $version } theo { $rules } quy tắc."),
    ("rules-said", "What loading the rules said", "Thông báo khi nạp bộ quy tắc"),
    ("plans", "Plans in this report", "Các phương án trong báo cáo"),
    ("not-loaded", "This plan could not be loaded ({ $count } errors). It was not checked.", "Không nạp được phương án này ({ $count } lỗi). Phương án chưa được kiểm tra."),
    ("not-read", "This plan could not be read ({ $count } errors). It was not checked.", "Không đọc được tệp phương án này ({ $count } lỗi). Phương án chưa được kiểm tra."),
    ("judged-as-of", "judged as of", "ngày áp dụng"),
    ("records", "records", "số bản ghi"),
    ("must-fix", "To fix before the plan can be approved", "Cần sửa trước khi phê duyệt phương án"),
    ("must-fix-count", "{ $errors } must be fixed before this plan can be approved:", "Phải sửa { $errors } trước khi phê duyệt phương án này:"),
    ("nothing-blocks", "Nothing blocks approval", "Không có lỗi ngăn việc phê duyệt"),
    ("nothing-blocks-text", "No rule in force is broken and the plan file reads without error.", "Phương án không vi phạm quy tắc nào đang có hiệu lực và tệp phương án đọc được đầy đủ."),
    ("to-review", "Also to review:", "Cần xem xét thêm:"),
    ("nothing-to-review", "Nothing else to review.", "Không có nội dung nào khác cần xem xét."),
    ("load-errors-heading", "Errors in the plan file", "Lỗi trong tệp phương án"),
    ("load-errors-text", "A value that could not be read counts as missing and a record that could not be read is left out; the rest of the plan was checked.", "Giá trị không đọc được được coi như để trống, bản ghi không đọc được bị bỏ qua; phần còn lại của phương án vẫn được kiểm tra."),
    ("no-finding", "No finding: every rule in force holds.", "Không có phát hiện nào: phương án đáp ứng mọi quy tắc đang có hiệu lực."),
    ("province-level", "The province as a whole", "Toàn tỉnh, thành phố"),
    ("across-units", "People and the plan as a whole", "Cán bộ và toàn bộ phương án"),
    ("clean-units", "Units with no finding:", "Đơn vị không có phát hiện:"),
    ("unit-code", "code { $code }", "mã { $code }"),
    ("line", "{ $file }, line { $line }", "{ $file }, dòng { $line }"),
    ("cell", "{ $file }, cell { $cell }", "{ $file }, ô { $cell }"),
    ("fix", "What to do:", "Cách khắc phục:"),
    ("source", "Source:", "Căn cứ:"),
    ("source-checked", "checked { $date }", "đối chiếu ngày { $date }"),
    ("for-drafters", "Details for rule drafters", "Chi tiết dành cho người soạn quy tắc"),
    ("rule-at", "Rule { $rule } at { $place }", "Quy tắc { $rule } tại { $place }"),
    ("seen-at", "seen at", "giá trị tại"),
    ("in-rule-terms", "in the rule's terms", "theo điều kiện của quy tắc"),
    ("why", "Why:", "Lý do:"),
    ("and-more", "and { $count } more", "và { $count } giá trị khác"),
    ("waived-heading", "Waived findings", "Phát hiện được miễn trừ"),
    ("waived-text", "Covered by the plan's waivers until they expire: not errors, listed for the record.", "Được miễn trừ theo phần miễn trừ của phương án cho đến khi hết hạn: không tính là lỗi, liệt kê để theo dõi."),
    ("waived-finding", "Finding", "Phát hiện"),
    ("waived-until", "Until", "Đến hết ngày"),
    ("waived-by", "Approved by", "Người phê duyệt"),
    ("waived-reason", "Reason", "Lý do"),
    ("page-number", "Page", "Trang"),
    ("badge-error", "Error", "Lỗi"),
    ("badge-warning", "Warning", "Cảnh báo"),
    ("badge-info", "Note", "Ghi chú"),
    ("badge-not-judged", "Not judged", "Chưa xét được"),
    ("badge-load-error", "Load error", "Lỗi đọc tệp"),
    ("errors-one", "{ $count } error", "{ $count } lỗi"),
    ("errors-other", "{ $count } errors", "{ $count } lỗi"),
    ("load-errors-one", "{ $count } error in the plan file", "{ $count } lỗi trong tệp phương án"),
    ("load-errors-other", "{ $count } errors in the plan file", "{ $count } lỗi trong tệp phương án"),
    ("warnings-one", "{ $count } warning", "{ $count } cảnh báo"),
    ("warnings-other", "{ $count } warnings", "{ $count } cảnh báo"),
    ("notes-one", "{ $count } note", "{ $count } ghi chú"),
    ("notes-other", "{ $count } notes", "{ $count } ghi chú"),
    ("not-judged-one", "{ $count } record not judged", "{ $count } bản ghi chưa xét được"),
    ("not-judged-other", "{ $count } records not judged", "{ $count } bản ghi chưa xét được"),
    ("waived-one", "{ $count } waived", "{ $count } được miễn trừ"),
    ("waived-other", "{ $count } waived", "{ $count } được miễn trừ"),
    ("and", "and", "và"),
    // The plan's header fields and sections, until the schema's display labels land.
    ("field-id", "id", "mã phương án"),
    ("field-title", "title", "tên phương án"),
    ("field-province", "province", "tỉnh, thành phố"),
    ("field-date", "date", "ngày hiệu lực"),
    ("field-term", "term", "nhiệm kỳ"),
    ("section-provinces", "provinces", "tỉnh, thành phố"),
    ("section-units", "units", "đơn vị hành chính cấp xã"),
    ("section-people", "people", "cán bộ"),
    ("section-posts", "posts", "chức vụ bố trí"),
    ("section-functions", "functions", "nhiệm vụ"),
    ("section-waivers", "waivers", "miễn trừ"),
];

/// The text of message `id`; the id itself for an unknown one (a test holds every id used
/// to the table).
pub fn say(lang: Lang, id: &str) -> &'static str {
    WORDS
        .iter()
        .find(|(known, ..)| *known == id)
        .map_or("", |(_, en, vi)| match lang {
            Lang::En => en,
            Lang::Vi => vi,
        })
}

/// Message `id` with its `{ $name }` placeholders filled.
pub fn say_with(lang: Lang, id: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut text = say(lang, id).to_string();
    for (name, value) in args {
        text = text.replace(&format!("{{ ${name} }}"), &value.to_string());
    }
    text
}

/// A counted word: `id-one` for one (in English), `id-other` otherwise.
pub fn count(lang: Lang, id: &str, count: usize) -> String {
    let form = if count == 1 { "one" } else { "other" };
    say_with(lang, &format!("{id}-{form}"), &[("count", &count)])
}

/// A label for a header field or a section of the plan, or its name as the schema has it.
pub fn label(lang: Lang, prefix: &str, name: &str) -> String {
    match say(lang, &format!("{prefix}-{name}")) {
        "" => name.to_string(),
        known => known.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages_and_the_same_placeholders() {
        let placeholders = |text: &str| {
            let mut names: Vec<String> = text
                .split("{ $")
                .skip(1)
                .filter_map(|rest| rest.split(" }").next().map(str::to_string))
                .collect();
            names.sort();
            names
        };
        for (id, en, vi) in WORDS {
            assert!(!en.is_empty() && !vi.is_empty(), "{id}");
            assert_eq!(placeholders(en), placeholders(vi), "{id}");
            assert_eq!(WORDS.iter().filter(|w| w.0 == *id).count(), 1, "{id}");
        }
    }

    #[test]
    fn counts_pick_the_english_plural_and_fill_the_number() {
        assert_eq!(count(Lang::En, "errors", 1), "1 error");
        assert_eq!(count(Lang::En, "errors", 3), "3 errors");
        assert_eq!(count(Lang::Vi, "errors", 3), "3 lỗi");
        assert_eq!(
            label(Lang::Vi, "section", "units"),
            "đơn vị hành chính cấp xã"
        );
        assert_eq!(label(Lang::Vi, "section", "extra"), "extra");
    }
}
