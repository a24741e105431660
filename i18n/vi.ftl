# Các văn bản staffcheck nói với người dùng, bằng tiếng Việt. Bản song song là en.ftl: cùng
# mã thông điệp, cùng biến (src/i18n.rs kiểm tra). Trường dành cho máy (mã quy tắc, mã SC,
# khóa, tên thuộc tính JSON) không lấy từ đây.
#
# Bảng thuật ngữ (glossary), theo /work/shared/domain.md và văn phong hành chính:
#   error            lỗi                     (a finding that must be fixed)
#   warning          cảnh báo
#   note (info)      ghi chú
#   not judged       chưa đánh giá được       (the rule could not decide: a value is missing)
#   finding          kết quả kiểm tra / phát hiện; in counts the severity word stands alone
#   load error       lỗi đọc phương án        (a value or record refused when the plan is read)
#   plan             phương án (phương án nhân sự), as the schema names it
#   rule             quy tắc
#   rule set         bộ quy tắc
#   waiver / waived  miễn trừ / được miễn trừ
#   why              lý do
#   fix              cách khắc phục
#   source (legal)   căn cứ
#   parameter        tham số
#   table            bảng
#   field            trường (trường dữ liệu)
#   record           bản ghi
#   line             dòng
#   required         bắt buộc
#   in force         có hiệu lực
#   checked          đã được kiểm tra
#   passed / failed  đạt yêu cầu / không đạt yêu cầu
#   baseline         báo cáo gốc              (an earlier JSON report compared against)
#   schema           lược đồ dữ liệu          (the collections and fields rule files declare)
#   section (YAML)   phần                     (`plan:`, `units:`, ...)
#   key / mapping    khóa / nhóm `khóa: giá trị`
#   anchor / alias   neo / bí danh            (YAML's `&name` / `*name`)
#   reference        tham chiếu
#   A field is shown as written, with its label: `education` (trình độ chuyên môn).

## Mức độ và số lượng (bản tổng hợp, tiêu đề)

count-errors = { $n } lỗi
count-warnings = { $n } cảnh báo
count-notes = { $n } ghi chú
count-not-judged = { $n } chưa đánh giá được
count-waived = { $n } được miễn trừ
summary-totals = { $counts } trong { $plan }
summary-load-errors = { $n } lỗi đọc phương án; phần còn lại của phương án đã được kiểm tra:
plan-not-loaded = { $file }: không đọc được phương án, { $n } lỗi; phương án chưa được kiểm tra
not-shown = ... và { $rest } { $what } khác không hiển thị (tăng --max-diagnostics, hiện là { $max }, để xem)
what-load-errors = lỗi đọc phương án
what-findings = kết quả kiểm tra
what-errors = lỗi
what-diagnostics = thông báo
waived-heading = được miễn trừ ({ $n }):

## Phần hướng dẫn của một kết quả kiểm tra

help-why = lý do: { $text }
help-fix = cách khắc phục: { $text }
help-source = căn cứ: { $text }
help-why-not-judged = lý do chưa đánh giá được: { $text }
severity-undecided = không xác định được mức độ của quy tắc: điều kiện `{ $condition }` không có giá trị với bản ghi này, nên phát hiện được báo ở mức nặng hơn: { $severity }
advice-rule = quy tắc `{ $id }`: { $title }
advice-condition-failed = điều kiện không được đáp ứng
advice-rule-reports = quy tắc đưa ra thông báo này
advice-condition-undecided = điều kiện không xác định được

## Bản ghi quy tắc chưa đánh giá được (src/report/not_judged.rs)

not-judged-message = chưa đánh giá được: { $reason }
not-judged-message-more = chưa đánh giá được: { $reason } (và { $more } lý do khác)
not-judged-label = chưa đánh giá được: { $title }
not-judged-label-refused = giá trị `{ $path }` bị từ chối khi đọc phương án
not-judged-label-left-out = thiếu `{ $path }`
not-judged-fix = bổ sung giá trị còn thiếu, hoặc quy định trong quy tắc cách xử lý khi thiếu giá trị (`?? default`, hoặc điều kiện `where ... is defined`)
missing-param = tham số `{ $name }` không có giá trị vào ngày { $date }: { $windows }
windows-end-and-begin = các giá trị của tham số hết hiệu lực ngày { $ended } và có hiệu lực trở lại từ ngày { $begins }
windows-end = các giá trị của tham số hết hiệu lực ngày { $ended }
windows-begin = các giá trị của tham số có hiệu lực từ ngày { $begins }
windows-none = tham số chưa có giá trị nào
missing-row = bảng `{ $table }` không có dòng cho ({ $arguments }) và không có `otherwise`
missing-refused = `{ $path }`: giá trị tại dòng { $line } bị từ chối khi đọc phương án
missing-required = thiếu `{ $path }`, là trường bắt buộc (lỗi đọc phương án)
missing-optional = thiếu `{ $path }` (trường không bắt buộc và không có giá trị mặc định)
missing-not-a-field = `{ $path }` là bản ghi của `{ $collection }`, không có trường `{ $field }`
missing-header = phương án không có phần thông tin chung (`plan:`)
missing-result = `{ $expression }` không có giá trị: { $why }
missing-table-result = một giá trị tính trong bảng không có kết quả: { $why }

## Kiểm tra một phương án (src/check.rs)

no-date = phương án không có ngày làm căn cứ đánh giá
no-date-label = tại đây
no-date-help = ghi ngày hiệu lực `date:` trong phần `plan:` của phương án, hoặc dùng tùy chọn --date YYYY-MM-DD

## plan loading: đọc phương án (src/plan/yaml.rs, src/plan/build.rs): SC03xx

load-not-utf8 = phương án không phải văn bản UTF-8: byte thứ { $at } ({ $byte }) không hợp lệ
load-not-utf8-label = không phải UTF-8
load-not-utf8-help = lưu tệp theo bảng mã UTF-8; bảng tính thường xuất ra bảng mã khác (Windows-1258, TCVN3)
load-kind-scalar = một giá trị đơn
load-kind-list = một danh sách
load-kind-mapping = một nhóm `khóa: giá trị`
load-yaml = phương án không đúng cú pháp YAML: { $reason }
load-yaml-label = tại đây
load-yaml-help-anchor = đặt neo (`&tên`) cho một giá trị trước khi dùng bí danh (`*tên`) trỏ tới nó
load-yaml-help-tab = thụt lề bằng dấu cách: YAML không cho phép thụt lề bằng dấu tab
load-yaml-help = kiểm tra thụt lề (dấu cách, không dùng tab) và dấu ngoặc kép quanh vị trí này
load-two-documents = tệp phương án chứa nhiều hơn một văn bản YAML
load-two-documents-label = văn bản thứ hai bắt đầu tại đây
load-two-documents-help = mỗi tệp chỉ ghi một phương án; xóa dấu `---` này và phần sau nó, hoặc chuyển sang tệp khác
load-no-anchor = bí danh này không trỏ tới neo nào
load-no-anchor-label = bí danh chưa được định nghĩa
load-no-anchor-help = định nghĩa neo (`&tên`) trước khi dùng (`*tên`)
load-alias-nodes = các bí danh triển khai thành hơn { $max } nút
load-alias-nodes-label = đạt giới hạn triển khai tại đây
load-alias-nodes-help = một phương án không cần nhiều bí danh như vậy; ghi đầy đủ các giá trị, hoặc nâng giới hạn bằng --max-alias-nodes
load-alias-depth = bí danh này làm phương án lồng sâu quá { $max } cấp
load-too-deep-label = lồng quá sâu
load-alias-depth-help = một phương án chỉ cần vài cấp; ghi đầy đủ các giá trị, hoặc nâng giới hạn bằng --max-depth
load-scalar-bytes = một giá trị dài { $bytes } byte, vượt giới hạn { $max }
load-scalar-bytes-label = quá dài
load-scalar-bytes-help = rút ngắn giá trị, hoặc nâng giới hạn bằng --max-scalar-bytes
load-depth = phương án lồng sâu quá { $max } cấp
load-depth-help = một phương án chỉ cần vài cấp; kiểm tra thụt lề, hoặc nâng giới hạn bằng --max-depth
load-no-value = khóa này không có giá trị
load-no-value-label = không có giá trị
load-no-value-help = ghi theo dạng `khóa: giá trị`
load-nodes = phương án có hơn { $max } nút YAML
load-nodes-label = đạt giới hạn tại đây
load-nodes-help = chia nhỏ phương án, hoặc nâng giới hạn bằng --max-nodes
load-root = phương án phải là một nhóm các phần (`plan:`, `units:`, ...), nhưng tệp này chứa { $found }
load-root-label = cần có `plan:`, `provinces:`, `units:`, `people:`, `posts:`, `functions:`
load-root-help = mở đầu tệp bằng `plan:` và các trường của phần này; xem examples/haiphong-2025.yaml
load-empty = tệp phương án không có nội dung
load-empty-label = không có gì tại đây
load-empty-help = phương án mở đầu bằng `plan:` và các trường của phần này; xem examples/haiphong-2025.yaml
load-duplicate-key = khóa `{ $name }` xuất hiện hai lần trong cùng một nhóm
load-repeated-label = lặp lại tại đây
load-first-label = lần đầu tại đây
load-duplicate-key-help = chỉ giữ lại một; YAML không cho phép một khóa xuất hiện hai lần
load-merge = khóa gộp `<<` phải đi với một nhóm `khóa: giá trị` hoặc bí danh của một nhóm như vậy
load-merge-label = không phải nhóm `khóa: giá trị`
load-merge-help = ghi `<<: *neo`, trong đó `&neo` đánh dấu một nhóm `khóa: giá trị`
load-section-mapping = `{ $name }` phải là một nhóm các trường, nhưng ở đây là { $found }
load-section-list = `{ $name }` phải là một danh sách bản ghi (các dòng bắt đầu bằng `- `), nhưng ở đây là { $found }
load-section-label = sai cấu trúc
load-section-help = xem cấu trúc của từng phần trong examples/haiphong-2025.yaml
load-single-list = `{ $name }` phải là một nhóm các trường, không phải danh sách
load-single-list-label = danh sách tại đây
load-single-list-help = ghi `{ $name }:` rồi đến các dòng `trường: giá trị` thụt lề bên dưới
load-unknown-section = lược đồ dữ liệu không có phần `{ $name }`{ $hint }
load-unknown-section-label = không phải một phần của lược đồ dữ liệu
load-unknown-section-help = các phần của phương án là { $sections }; tệp quy tắc có thể khai báo thêm
load-not-record = mỗi mục của `{ $name }` phải là một nhóm các trường, nhưng mục này là { $found }
load-not-record-label = không phải bản ghi
load-not-record-help = ghi các trường của bản ghi thành các dòng `trường: giá trị` thụt lề
load-unknown-field = { $record } `{ $label }` có trường `{ $name }` không có trong lược đồ dữ liệu{ $hint }
load-unknown-field-label = không phải trường của lược đồ dữ liệu
load-unknown-field-help = các trường của { $record } là { $fields }; tệp quy tắc có thể khai báo thêm bằng `extend collection`
load-missing = { $record } `{ $label }` thiếu { $n ->
   *[other] trường bắt buộc
} { $fields }
load-missing-label = trong bản ghi này
load-missing-help = bổ sung { $fields } vào bản ghi này
load-missing-help-left-out = bổ sung { $fields } vào bản ghi này; khi chưa bổ sung, bản ghi này không được kiểm tra
load-duplicate-record = hai bản ghi { $record } cùng có { $key } `{ $value }`
load-duplicate-record-label = bản ghi thứ hai có mã này
load-duplicate-record-first = bản ghi đầu tiên có mã này
load-duplicate-record-help = mỗi { $key } chỉ xác định một bản ghi: ghi { $key } riêng cho bản ghi này, hoặc xóa bản ghi trùng; khi chưa sửa, bản ghi này không được kiểm tra
load-wrong-type = { $field } phải là { $expected }, nhưng ở đây là { $found }
load-bad-value = { $field } phải là { $expected }, nhưng ghi `{ $text }`
load-wrong-type-label = sai kiểu dữ liệu
load-wrong-type-help = lược đồ dữ liệu khai báo `{ $name }` có kiểu `{ $type }`
load-expected-integer = một số nguyên
load-expected-number = một số
load-expected-boolean = `true` hoặc `false`
load-expected-reference = một tham chiếu tới `{ $type }` (mã của bản ghi, dạng văn bản)
load-expected-list = một danh sách
load-expected-list-written = một danh sách (`[a, b]` hoặc các dòng bắt đầu bằng `- `)
load-expected-single = một giá trị `{ $type }` đơn
load-not-in-calendar = { $field } ghi `{ $text }`, không phải một ngày có trong lịch
load-not-a-date = { $field } phải là một ngày (YYYY-MM-DD), nhưng ghi `{ $text }`
load-not-a-date-label = không phải ngày
load-not-a-date-help = ghi ngày theo dạng YYYY-MM-DD, tháng từ 01 đến 12 và ngày có trong tháng đó
load-not-in-enum = { $field } không nhận giá trị `{ $text }`{ $hint }
load-not-in-enum-label = giá trị không được phép
load-not-in-enum-help = { $field } nhận một trong các giá trị { $values }
load-out-of-bounds = { $field } là { $value }, nhưng phải { $op ->
    [eq] đúng bằng
    [ne] khác
    [lt] nhỏ hơn
    [le] không quá
    [gt] lớn hơn
   *[ge] không nhỏ hơn
} { $bound }
load-out-of-bounds-label = vượt giới hạn cho phép
load-out-of-bounds-help = lược đồ dữ liệu khai báo `{ $name }: ... { $symbol } { $bound }`
load-no-header = phương án không có phần `{ $name }`
load-no-header-label = cần có tại đây hoặc bên dưới
load-no-header-help = mở đầu phương án bằng `{ $name }:` và các trường của phần này (id, title, date, ...)
load-dangling = { $field } tham chiếu tới `{ $key }`, nhưng đó không phải { $targets }{ $hint }
load-dangling-target = `{ $key }` của một { $record }
load-or = { $first } hoặc { $second }
load-dangling-label = không trỏ tới bản ghi nào
load-dangling-help = bổ sung bản ghi được tham chiếu, hoặc sửa lại tham chiếu

## workbook: bảng tính (src/plan/workbook/): SC0311

wb-hidden-sheet = trang tính `{ $sheet }` đang bị ẩn
wb-hidden-sheet-label = trong một trang tính bị ẩn
wb-hidden-sheet-help = hiện trang tính (nhấp chuột phải vào thẻ trang tính → Unhide/Bỏ ẩn) để nội dung được kiểm tra đúng là nội dung cán bộ nhìn thấy, hoặc xóa trang tính này
wb-merged = các ô { $from }:{ $to } của trang tính `{ $sheet }` đang được gộp
wb-merged-label = gộp từ ô này
wb-merged-help = bỏ gộp ô và ghi giá trị vào từng dòng có giá trị đó: một ô gộp chỉ chứa một giá trị cho một bản ghi
wb-hidden-row = dòng { $row } của trang tính `{ $sheet }` đang bị ẩn
wb-hidden-row-label = một dòng bị ẩn
wb-hidden-row-help = hiện dòng (chọn các dòng xung quanh, nhấp chuột phải → Show Rows/Unhide/Bỏ ẩn) để nội dung được kiểm tra đúng là nội dung cán bộ nhìn thấy, hoặc xóa dòng này
wb-empty-row = dòng { $row } của trang tính `{ $sheet }` để trống, nhưng các dòng bên dưới vẫn có bản ghi
wb-empty-row-label = dòng trống
wb-empty-row-help = xóa các dòng trống giữa các bản ghi: dòng trống thường cho thấy phần phía sau được dán nhầm
wb-second-record = trang tính `{ $sheet }` chỉ chứa một bản ghi, ở dòng 2; dòng này là bản ghi thứ hai
wb-second-record-label = bản ghi thứ hai
wb-second-record-help = chỉ ghi các trường của phương án ở dòng 2
wb-unnamed-column = cột { $column } của trang tính `{ $sheet }` có giá trị nhưng dòng 1 không ghi tên trường
wb-unnamed-column-label = giá trị không thuộc trường nào
wb-unnamed-column-help = ghi tên trường vào dòng 1 của cột này, hoặc xóa cột
wb-unknown-column = trang tính `{ $sheet }` có cột `{ $name }` không có trong lược đồ dữ liệu{ $hint }
wb-duplicate-column = cột `{ $name }` xuất hiện hai lần trong trang tính `{ $sheet }`
wb-duplicate-column-help = chỉ giữ lại một trong hai cột: mỗi trường là một cột
wb-error-value = ô này chứa giá trị lỗi { $value }
wb-error-value-label = giá trị lỗi
wb-error-value-help = sửa công thức hoặc nhập trực tiếp giá trị
wb-formula = ô này chứa công thức chưa được lưu giá trị
wb-formula-label = công thức chưa có giá trị
wb-formula-help = mở bảng tính bằng phần mềm bảng tính rồi lưu lại (để lưu giá trị của từng công thức), hoặc nhập trực tiếp giá trị
wb-no-header-sheet = bảng tính không có trang tính `{ $name }`
wb-no-header-sheet-label = trong bảng tính này
wb-no-header-sheet-help = thêm trang tính tên `{ $name }`, ghi tên các trường của phương án ở dòng 1 và giá trị ở dòng 2 (các trang tính hiện có: { $sheets }); lệnh `staffcheck convert plan.yaml -o plan.xlsx` tạo bảng tính đúng bố cục
wb-too-many-cells = bảng tính có hơn { $max } ô chứa giá trị (trang tính `{ $sheet }`)
wb-long-cell = một ô của trang tính `{ $sheet }` (dòng { $row }) dài { $bytes } byte, vượt giới hạn { $max }
wb-password = bảng tính được bảo vệ bằng mật khẩu
wb-password-help = lưu một bản sao không có mật khẩu (File → Properties hoặc Save As, bỏ mật khẩu) rồi kiểm tra bản sao đó
wb-not-a-workbook = tệp này không phải bảng tính staffcheck đọc được: { $reason }
wb-not-a-workbook-help = dùng phần mềm bảng tính lưu phương án dưới dạng .xlsx hoặc .ods, hoặc kiểm tra lại có đúng tệp cần kiểm tra không

## Vị trí và gợi ý (src/source.rs, src/suggest.rs)

at-line = dòng { $line }
at-cell = ô { $cell }
did-you-mean = ; có phải là { $names }?
either-or = { $first } hay { $last }

## Miễn trừ (src/waiver.rs): SC0501 hết hạn, SC0502 không ứng với kết quả nào, SC0503 quy tắc không tồn tại

waiver-unknown-rule = miễn trừ ghi quy tắc `{ $rule }`, nhưng bộ quy tắc không có quy tắc này{ $suggestion }
waiver-unknown-rule-label = không có quy tắc nào mang mã này
waiver-unknown-rule-help = ghi mã của một quy tắc có trong danh sách `staffcheck rules`; miễn trừ này hiện không có tác dụng
waiver-expired = miễn trừ quy tắc `{ $rule }` cho `{ $record }` đã hết hạn ngày { $expires }, trước ngày của phương án { $date }; { $n ->
    [0] hiện không còn kết quả kiểm tra nào tương ứng
   *[other] { $n } kết quả kiểm tra từng được miễn trừ nay được báo lại
}
waiver-expired-at = miễn trừ quy tắc `{ $rule }` cho `{ $record }` đã hết hạn ngày { $expires }, trước ngày của phương án { $date }; { $n ->
    [0] hiện không còn kết quả kiểm tra nào tương ứng
   *[other] { $n } kết quả kiểm tra từng được miễn trừ nay được báo lại
} tại { $places }
waiver-expired-label = đã hết hạn
waiver-approved-by = do { $name } phê duyệt
waiver-expired-help = gia hạn miễn trừ bằng ngày `expires:` mới và phê duyệt lại, hoặc khắc phục kết quả kiểm tra rồi xóa miễn trừ
waiver-unmatched = miễn trừ quy tắc `{ $rule }` cho `{ $record }` không ứng với kết quả kiểm tra nào: { $why }
waiver-no-record = `{ $collection }` không có bản ghi `{ $record }`{ $suggestion }
waiver-no-record-label = không có bản ghi nào của `{ $collection }` mang tên này
waiver-no-record-help = quy tắc `{ $rule }` đánh giá `{ $collection }`: ghi bản ghi bằng khóa (mã đơn vị, mã cán bộ) hoặc đường dẫn (`{ $collection }[0]`)
waiver-rule-not-in-force = quy tắc `{ $rule }` không có hiệu lực vào ngày { $date }
waiver-rule-not-in-force-label = `{ $path }`{ $name } không được quy tắc `{ $rule }` đánh giá vào ngày này
waiver-rule-not-in-force-help = xóa miễn trừ, hoặc chỉ giữ cho thời gian quy tắc có hiệu lực (`staffcheck explain RULE` cho biết thời gian hiệu lực)
waiver-no-finding = `{ $path }`{ $name } không vi phạm quy tắc `{ $rule }`
waiver-no-finding-label = bản ghi này không có kết quả kiểm tra nào của quy tắc `{ $rule }`
waiver-no-finding-help = kết quả kiểm tra đã được khắc phục, hoặc chưa từng có: xóa miễn trừ
waived-at = tại { $place }
waived-line = được miễn trừ đến ngày { $expires } theo phê duyệt của { $approver }: { $reason } (miễn trừ tại { $place })

## Từ dùng chung cho các định dạng

severity-error = lỗi
severity-warning = cảnh báo
severity-note = ghi chú
not-judged = chưa đánh giá được

## Lý do, theo điều kiện của quy tắc (src/eval/explain.rs): dành cho người soạn quy tắc (`--explain`, `why` của JSON, phần chi tiết của trang HTML)

why-terms-does-not-hold = `{ $source }` không được thỏa mãn
why-terms-compare = `{ $left }` là `{ $value }`{ $counted }; quy tắc yêu cầu { $op } { $right }
why-terms-parameter = `{ $value }` (tham số `{ $name }`{ $window })
why-terms-which-is = `{ $expr }`, có giá trị `{ $value }`
why-terms-none-found = (không tìm thấy)
why-terms-in = `{ $item }` là `{ $value }`, thuộc { $set }
why-terms-not-in = `{ $item }` là `{ $value }`, không thuộc { $set }
why-terms-is = `{ $expr }` là `{ $value }`
why-terms-false-for = `{ $source }` sai với { $n } bản ghi
why-terms-counted-in = được đếm trong `{ $name }`
why-terms-and-more-label = (và { $rest } bản ghi khác)
# Tiếng Việt không chia số nhiều: `$n` chỉ để hai tệp có cùng biến.
why-terms-at-lines = { $collection } tại { $n ->
   *[other] dòng
} { $lines }{ $more }
why-terms-at-rows = { $collection } tại { $n ->
   *[other] hàng
} { $lines }{ $more }
why-terms-and-more = và { $rest } bản ghi khác
why-terms-fails = không đạt
why-terms-from = từ ngày { $from }
why-terms-until = đến hết ngày { $until }
why-terms-op-eq = đúng bằng
why-terms-op-ne = khác
why-terms-op-lt = nhỏ hơn
why-terms-op-le = tối đa
why-terms-op-gt = lớn hơn
why-terms-op-ge = tối thiểu

## Trang HTML (src/report/format/html/) và tiêu đề nhóm ở màn hình (src/report/groups.rs)

page-title = Kết quả kiểm tra nhân sự: { $plan }
page-title-many = Kết quả kiểm tra nhân sự: { $count } phương án
page-checked-by = Kiểm tra bằng staffcheck { $version } theo { $rules } quy tắc.
page-rules-said = Thông báo khi nạp bộ quy tắc
page-plans = Các phương án trong báo cáo
page-not-loaded = Không nạp được phương án này ({ $count } lỗi). Phương án chưa được kiểm tra.
page-not-read = Không đọc được tệp phương án này ({ $count } lỗi). Phương án chưa được kiểm tra.
page-judged-as-of = ngày áp dụng
page-records = số bản ghi
page-must-fix = Cần sửa trước khi phê duyệt phương án
page-must-fix-count = Phải sửa { $errors } trước khi phê duyệt phương án này:
page-nothing-blocks = Không có lỗi ngăn việc phê duyệt
page-nothing-blocks-text = Phương án không vi phạm quy tắc nào đang có hiệu lực và tệp phương án đọc được đầy đủ.
page-to-review = Cần xem xét thêm:
page-nothing-to-review = Không có nội dung nào khác cần xem xét.
page-load-errors-heading = Lỗi trong tệp phương án
page-load-errors-text = Giá trị không đọc được được coi như để trống, bản ghi không đọc được bị bỏ qua; phần còn lại của phương án vẫn được kiểm tra.
page-no-finding = Không có phát hiện nào: phương án đáp ứng mọi quy tắc đang có hiệu lực.
page-province-level = Toàn tỉnh, thành phố
page-across-units = Cán bộ và toàn bộ phương án
page-clean-units = Đơn vị không có phát hiện:
page-unit-code = mã { $code }
page-line = { $file }, dòng { $line }
page-cell = { $file }, ô { $cell }
page-fix = Cách khắc phục:
page-source = Căn cứ:
page-source-checked = đối chiếu ngày { $date }
page-for-drafters = Chi tiết dành cho người soạn quy tắc
page-rule-at = Quy tắc { $rule } tại { $place }
page-seen-at = giá trị tại
page-in-rule-terms = theo điều kiện của quy tắc
page-why = Lý do:
page-and-more = và { $count } giá trị khác
page-waived-heading = Phát hiện được miễn trừ
page-waived-text = Được miễn trừ theo phần miễn trừ của phương án cho đến khi hết hạn: không tính là lỗi, liệt kê để theo dõi.
page-waived-finding = Phát hiện
page-waived-until = Đến hết ngày
page-waived-by = Người phê duyệt
page-waived-reason = Lý do
page-number = Trang
page-badge-error = Lỗi
page-badge-warning = Cảnh báo
page-badge-info = Ghi chú
page-badge-not-judged = Chưa đánh giá được
page-badge-load-error = Lỗi đọc tệp
page-and = và
page-count-load-errors = { $n } lỗi trong tệp phương án
page-count-not-judged = { $n } bản ghi chưa đánh giá được

## Mô tả quy tắc trong SARIF (src/report/format/sarif.rs): phần hướng dẫn và Markdown

sarif-fix = Cách khắc phục:
sarif-source = Căn cứ:
sarif-checked = đối chiếu ngày { $date }
sarif-in-force-from = Có hiệu lực từ ngày { $from }.
sarif-in-force-until = Có hiệu lực đến hết ngày { $until }.
sarif-in-force-between = Có hiệu lực từ ngày { $from } đến hết ngày { $until }.
sarif-defined-in = Quy tắc được khai báo tại `{ $place }`; lệnh `staffcheck explain { $id }` cho xem nội dung quy tắc và một ví dụ.

## Bản tóm tắt Markdown (src/report/format/markdown.rs)

md-rules-not-loaded = ❌ Không tải được bộ quy tắc; chưa kiểm tra phương án nào.
md-passed = ✅ { $n } phương án đạt yêu cầu.
md-failed = ❌ { $failed } trong số { $n } phương án không đạt yêu cầu.
md-column-plan = Phương án
md-column-errors = Lỗi
md-column-warnings = Cảnh báo
md-column-notes = Ghi chú
md-column-not-judged = Chưa đánh giá được
md-column-waived = Được miễn trừ
md-column-unchanged = Không đổi
md-column-fixed = Đã khắc phục
md-not-checked = chưa kiểm tra: { $n } lỗi khi đọc phương án
md-column-rule = Quy tắc
md-column-line = Dòng
md-column-finding = Nội dung
md-more = … và { $hidden } kết quả khác: chạy `staffcheck check { $file }` để xem đầy đủ.
md-fixed = { $n } đã khắc phục so với báo cáo gốc

## Thông báo trong JUnit XML (src/report/format/junit.rs)

junit-not-in-force = không có hiệu lực vào ngày { $date }
junit-findings = { $n } kết quả kiểm tra: { $message }
junit-findings-not-judged = { $n } kết quả kiểm tra, { $not_judged } chưa đánh giá được: { $message }
junit-not-judged = { $n } bản ghi chưa đánh giá được: { $reason }
junit-waiver-problems = { $n } vấn đề về miễn trừ: { $message }
junit-load-errors = { $n } lỗi đọc phương án; phần còn lại của phương án đã được kiểm tra
junit-not-loaded = không đọc được phương án: { $n } lỗi

## `staffcheck lint` (src/lint.rs, src/untranslated.rs, src/cli/lint.rs)

lint-unused = không quy tắc nào dùng tham số `{ $name }`
lint-unused-label = khai báo tại đây
lint-unused-help = dùng tham số trong một quy tắc, hoặc xóa đi: một giá trị không ai dùng dễ bị tưởng là đang có hiệu lực
lint-ended = quy tắc `{ $id }` hết hiệu lực ngày { $until }, trước ngày { $since } — từ đó không đánh giá được phương án nào
lint-ended-label = thời gian hiệu lực kết thúc tại đây
lint-ended-help = xóa quy tắc, hoặc sửa ngày `until`; chạy lint với `--since DATE` để đánh giá các phương án cũ hơn
lint-since-not-a-date = `--since { $text }` không phải là một ngày
lint-since-help = ghi ngày theo dạng YYYY-MM-DD, ví dụ --since 2025-07-01
rules-not-loaded = không tải được bộ quy tắc: { $n } lỗi
lint-summary = { $rules } quy tắc, { $n ->
    [0] không có cảnh báo
   *[other] { $n } cảnh báo
}
untranslated-no-vi = { $what } chưa có bản tiếng Việt
untranslated-no-vi-label = chỉ có tiếng Anh
untranslated-no-vi-help = viết bản tiếng Việt ngay sau: `"..." vi "..."`
untranslated-no-label = { $what } chưa có nhãn hiển thị
untranslated-no-label-label = hiển thị bằng mã định danh
untranslated-no-label-help = đặt nhãn bằng cả hai thứ tiếng: `NAME "English" vi "Tiếng Việt"`
untranslated-value = giá trị `{ $value }` của `{ $enum }`
untranslated-collection = tập hợp `{ $name }`
untranslated-field = trường `{ $name }`
untranslated-param-citation = một căn cứ của tham số `{ $name }`
untranslated-table-citation = căn cứ của bảng `{ $name }`
untranslated-rule-title = tiêu đề của quy tắc `{ $id }`
untranslated-rule-source = căn cứ của quy tắc `{ $id }`
untranslated-rule-fix = cách khắc phục của quy tắc `{ $id }`
untranslated-rule-message = thông báo của quy tắc `{ $id }`
