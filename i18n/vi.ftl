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
# Các từ miette tự ghi trên màn hình: trước phần gợi ý của một chẩn đoán, và trước
# một chẩn đoán liên quan theo mức độ của nó (src/report/format/miette_words.rs).
miette-help = gợi ý
miette-error = Lỗi
miette-warning = Cảnh báo
miette-advice = Ghi chú
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
missing-refused = `{ $path }`: giá trị tại { $at } bị từ chối khi đọc phương án
missing-required = thiếu `{ $path }`, là trường bắt buộc (lỗi đọc phương án)
missing-optional = thiếu `{ $path }` (trường không bắt buộc và không có giá trị mặc định)
missing-not-a-field = `{ $path }` là bản ghi của `{ $collection }`, không có trường `{ $field }`
missing-header = phương án không có phần thông tin chung (`plan:`)
missing-result = `{ $expression }` không có giá trị: { $why }
missing-table-result = một giá trị tính trong bảng không có kết quả: { $why }
no-result-division-by-zero = phép chia cho 0
no-result-out-of-range = kết quả vượt quá giới hạn
no-result-not-comparable = các giá trị không so sánh được với nhau
no-result-nothing-counted = không có bản ghi nào được tính
no-result-for-operands = phép tính không có giá trị với các toán hạng này

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
yaml-reason-mapping-key = dòng này thụt lề không khớp với các khóa khác cùng nhóm
yaml-reason-list-item = dòng này thụt lề không khớp với các mục của danh sách (các mục bắt đầu bằng `-`)
yaml-reason-colon = dấu `: ` ở đây mở một khóa tại chỗ phải ghi giá trị
yaml-reason-dash = dấu `-` ở đây mở một mục danh sách ngay trên dòng của khóa
yaml-reason-braces = nhóm `{"{"} … {"}"}` chưa được đóng, hoặc các mục của nhóm không được ngăn cách bằng dấu phẩy
yaml-reason-brackets = danh sách `[ … ]` chưa được đóng, hoặc các mục không được ngăn cách bằng dấu phẩy
yaml-reason-unclosed-quote = một đoạn văn bản mở dấu ngoặc kép ở đây nhưng không đóng lại
yaml-reason-after-quote = còn văn bản phía sau dấu ngoặc kép đóng trên cùng dòng
yaml-reason-escape = dấu `\` trong văn bản đặt trong ngoặc kép mở một chuỗi thoát mà YAML không nhận biết
yaml-reason-tab = dùng dấu tab để thụt lề
yaml-reason-no-value = thiếu giá trị tại đây
yaml-reason-indentation = dòng viết tiếp một `[ … ]` hoặc `{"{"} … {"}"}` thụt lề ít hơn trường chứa nó
yaml-reason-unknown-anchor = bí danh (`*tên`) trỏ tới một neo chưa được khai báo
yaml-reason-other = bộ đọc YAML dừng tại đây (thông báo gốc bằng tiếng Anh: “{ $info }”)
yaml-help-quote = đặt giá trị trong dấu ngoặc kép khi giá trị có `: ` hoặc ` #` (`title: "Phương án: đợt 1"`)
yaml-help-colon = nếu dòng này thuộc nhóm phía trên, thụt lề như các dòng cùng nhóm; nếu giá trị có `: `, đặt giá trị trong dấu ngoặc kép (`title: "Phương án: đợt 1"`)
yaml-help-dash = ghi mỗi mục danh sách trên một dòng riêng, dưới khóa và thụt lề (`formed_from:`, rồi `  - Phường An`), hoặc ghi danh sách dạng `[Phường An, Phường Bình]`
yaml-help-indentation = thụt lề dòng viết tiếp nhiều hơn tên trường, hoặc ghi cả danh sách trên một dòng
yaml-help-braces = đóng nhóm bằng `{"}"}` trên cùng dòng, và ngăn cách các mục bằng dấu phẩy
yaml-help-brackets = đóng danh sách bằng `]`, và ngăn cách các mục bằng dấu phẩy
yaml-help-unclosed-quote = thêm dấu ngoặc kép đóng ở cuối giá trị
yaml-help-escape = viết `\\` cho một dấu gạch chéo ngược, hoặc đặt giá trị trong dấu nháy đơn
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

waiver-rule-disabled = miễn trừ ghi quy tắc `{ $rule }`, quy tắc này đã bị tắt ({ $at }: { $reason }): miễn trừ không có tác dụng
waiver-rule-disabled-label = quy tắc đã bị tắt
waiver-rule-disabled-help = bỏ miễn trừ này khi quy tắc còn bị tắt; `staffcheck explain` quy tắc đó cho thấy việc ghi đè
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

## Lý do bằng lời thường (src/eval/plain.rs): các dòng `lý do:` cán bộ đọc

plain-fails = điều kiện không được đáp ứng
plain-fail = không đạt
plain-one-of = thuộc
plain-not-one-of = không thuộc
plain-bound-eq = yêu cầu đúng
plain-bound-ne = phải khác
plain-bound-lt = phải dưới
plain-bound-le = tối đa
plain-bound-gt = phải trên
plain-bound-ge = tối thiểu
plain-count = { $value } { $label }
plain-value-is = giá trị là { $value }
plain-computed-from = { $value }, tính từ: { $fields }
plain-field-is = { $label } của { $owner } là { $value } ({ $line })
plain-field-counted = số { $label } của { $owner } là { $value } ({ $line })
plain-and-more = và { $rest } bản ghi khác
at-row = hàng { $row }

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

## Đọc tệp phương án và các tùy chọn của `check` (src/cli/check.rs, src/io_error.rs)

io-not-found = không có tệp này
io-permission-denied = không có quyền truy cập
io-not-utf8 = tệp không phải văn bản UTF-8 hợp lệ
io-is-a-directory = đây là một thư mục
check-plan-too-big = phương án { $name } có { $size } byte, vượt giới hạn { $max } byte
check-plan-too-big-help = chia phương án theo tỉnh, kiểm tra lại đúng tệp cần kiểm tra, hoặc nâng giới hạn bằng --max-file-bytes
check-cannot-read-plan = không đọc được phương án { $name }: { $why }
check-cannot-read-plan-help = kiểm tra lại đường dẫn tệp
check-cannot-read-stdin = không đọc được phương án từ đầu vào chuẩn (stdin): { $why }
check-cannot-read-stdin-help = chuyển một phương án YAML vào staffcheck qua đầu vào chuẩn
check-stdin-too-big = phương án { $name } từ đầu vào chuẩn dài hơn { $max } byte
check-stdin-too-big-help = kiểm tra lại đúng phương án cần kiểm tra, hoặc nâng giới hạn bằng --max-file-bytes
check-bad-date = `--date { $text }` không phải là một ngày hợp lệ
check-bad-date-help = ghi ngày theo dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ --date 2025-11-17
cannot-write-stdout = không ghi được ra stdout: { $why }
cannot-write-stdout-help = kiểm tra tệp hoặc thiết bị mà stdout được chuyển hướng tới (ổ đĩa đã đầy?), hoặc ghi báo cáo ra tệp bằng --output FILE
# `staffcheck man COMMAND`: bản thân các trang là của clap, bằng tiếng Anh.
man-no-command = không có lệnh `{ $name }`; các lệnh là { $commands }
man-cannot-render = không tạo được trang man: { $why }
check-cannot-write-report = không ghi được báo cáo { $format } vào { $path }: { $why }
check-cannot-write-report-help = kiểm tra thư mục có tồn tại và được phép ghi

## Command-line arguments, and the files `convert`, `template` and `fmt` write

cli-no-plan-in-directory = thư mục { $name } không có phương án nào (*.yaml, *.yml, *.xlsx, *.ods, *.xls) ngoài các tệp ẩn hoặc bị bỏ qua
cli-no-plan-matches = không có phương án nào khớp với mẫu `{ $pattern }`
cli-inputs-help = ghi tên tệp phương án, thư mục chứa phương án, hoặc mẫu đặt trong dấu nháy như 'plans/{"{"}a,b{"}"}/*.yaml'
cli-cannot-read-path = không đọc được { $name }: { $why }
# `why` is the pattern library's own words (English).
cli-bad-pattern = `{ $pattern }` không phải là mẫu hợp lệ (thông báo gốc bằng tiếng Anh: “{ $why }”)
cli-stdout = đầu ra chuẩn (stdout)
# Joins format names: `json` và `sarif`.
cli-and = {" "}và{" "}
cli-formats-same-place = { $names } sẽ cùng được ghi vào { $place }
cli-formats-same-place-help = đặt tên tệp cho mọi định dạng trừ một: --format { $example }=report.{ $example }
cli-output-unused = --output không có định dạng nào để ghi: mỗi --format đã có tệp riêng
cli-output-unused-help = bỏ --output, hoặc ghi một định dạng bằng --format TÊN kèm --output TỆP
cli-formats-same-file = hai định dạng sẽ cùng được ghi vào { $file }
cli-formats-same-file-help = đặt cho mỗi định dạng một tệp riêng
cli-cannot-write = không ghi được { $name }: { $why }
cli-cannot-write-help = kiểm tra thư mục và quyền ghi vào thư mục
cli-no-directory = thư mục { $dir } không tồn tại
convert-not-loaded = không đọc được { $input }: { $n } lỗi; không ghi tệp nào
convert-cannot-write-workbook = không ghi được bảng tính { $output }: { $why }
convert-bad-target = `{ $output }` không phải là tên bảng tính (.xlsx) cũng không phải tên tệp YAML (.yaml)
convert-bad-target-help = đặt tên tệp kết quả là plan.xlsx để ghi bảng tính, hoặc plan.yaml để ghi YAML; chương trình bảng tính có thể lưu tệp .xlsx thành .ods
convert-wrote = đã ghi { $output } từ { $input }
template-bad-target = `{ $output }` không phải là tên một bảng tính .xlsx
template-bad-target-help = đặt tên tệp kết quả là plan.xlsx; nếu cần tệp .ods, chương trình bảng tính có thể lưu thành .ods
template-wrote = đã ghi { $output }: mỗi phần của phương án một trang tính; điền mỗi bản ghi vào một dòng, rồi chạy `staffcheck check { $output }`

## Các mã SC cố định (src/code.rs): ý nghĩa của từng mã và cách khắc phục, cho `staffcheck explain SC0101`, phần mô tả mã trong SARIF và JSON

code-sc0101 = tệp quy tắc không đúng ngữ pháp của ngôn ngữ quy tắc
code-sc0101-fix = sửa văn bản tại vị trí được chỉ ra; grammar/README.md mô tả ngôn ngữ quy tắc
code-sc0102 = một giá trị ghi trực tiếp trong tệp quy tắc không hợp lệ: một ngày không có trong lịch, một số quá lớn
code-sc0102-fix = ghi một ngày có thật theo dạng YYYY-MM-DD, hoặc dùng số nhỏ hơn
code-sc0103 = lệnh `include` ghi một tệp không đọc được
code-sc0103-fix = đường dẫn tính từ thư mục của tệp có lệnh include; các tệp có sẵn được ghi là `<builtin>/NAME.rules`
code-sc0104 = các tệp quy tắc include lẫn nhau thành vòng
code-sc0104-fix = bỏ một trong các lệnh include; mỗi tệp chỉ cần được include một lần
code-sc0201 = một tên chưa được khai báo: trường, tập hợp, giá trị của kiểu liệt kê, tham số hoặc hàm
code-sc0201-fix = dùng tên mà lược đồ dữ liệu khai báo (thông báo gợi ý tên gần nhất), hoặc khai báo tên đó
code-sc0202 = hai khai báo trùng tên, hoặc hai quy tắc trùng mã
code-sc0202-fix = đổi tên hoặc xóa một trong hai
code-sc0203 = kiểu dữ liệu của một biểu thức không phù hợp với vị trí sử dụng
code-sc0203-fix = so sánh các giá trị cùng kiểu dữ liệu; các kiểu dữ liệu được mô tả trong grammar/README.md
code-sc0204 = một khai báo chưa đầy đủ hoặc mâu thuẫn (một quy tắc không có `source`, các khoảng thời gian của một tham số chồng lên nhau)
code-sc0204-fix = bổ sung khai báo theo phần hướng dẫn
code-sc0205 = một tham số không quy tắc hay bảng nào dùng
code-sc0205-fix = dùng tham số trong một quy tắc, hoặc xóa đi
code-sc0206 = một quy tắc có thời gian hiệu lực (`effective`) kết thúc trước các phương án mà quy tắc có thể đánh giá (mặc định: trước ngày 1/7/2025, khi chính quyền địa phương hai cấp bắt đầu hoạt động)
code-sc0206-fix = xóa quy tắc, hoặc sửa ngày `until`
code-sc0207 = một văn bản dành cho người đọc (tiêu đề, thông báo, cách khắc phục hoặc căn cứ của quy tắc; nhãn trong lược đồ dữ liệu) chưa có tiếng Việt, nên báo cáo tiếng Việt hiển thị tiếng Anh (hoặc, với giá trị của kiểu liệt kê chưa có nhãn, hiển thị mã định danh của giá trị)
code-sc0207-fix = ghi tiếng Việt sau tiếng Anh: `"English" vi "Tiếng Việt"` (grammar/README.md, mục "Texts in two languages")
code-sc0208 = một quy tắc của tệp được bao gồm bị tắt (`disable MÃ "lý do"`) hoặc được thay thế (`replace rule MÃ ...` có mệnh đề `reason "lý do"`) bởi một tệp quy tắc khác: một ghi chú nêu lý do và vị trí, trong mọi báo cáo, để việc ghi đè không bao giờ âm thầm
code-sc0208-fix = không cần làm gì nếu lý do còn đúng; `staffcheck explain MÃ` hiện quy tắc và việc ghi đè, `staffcheck rules` liệt kê mọi việc ghi đè
code-sc0301 = phương án không đúng cú pháp YAML
code-sc0301-fix = sửa YAML tại vị trí được chỉ ra
code-sc0302 = một giá trị trong phương án sai kiểu dữ liệu của trường
code-sc0302-fix = ghi giá trị theo kiểu dữ liệu mà lược đồ dữ liệu khai báo
code-sc0303 = một giá trị trong phương án nằm ngoài các giá trị của một kiểu liệt kê đóng
code-sc0303-fix = dùng một trong các giá trị được liệt kê, hoặc mở rộng kiểu liệt kê trong một tệp quy tắc
code-sc0304 = một bản ghi của phương án thiếu trường bắt buộc
code-sc0304-fix = bổ sung trường đó, hoặc khai báo trường là `optional` trong lược đồ dữ liệu
code-sc0305 = một bản ghi của phương án có trường mà lược đồ dữ liệu không khai báo
code-sc0305-fix = sửa tên trường, hoặc khai báo trường bằng `extend collection`
code-sc0306 = cùng một khóa xuất hiện hai lần trong một nhóm `khóa: giá trị` của YAML
code-sc0306-fix = chỉ giữ lại một
code-sc0307 = hai bản ghi của một tập hợp có cùng khóa
code-sc0307-fix = đặt cho mỗi bản ghi một khóa riêng
code-sc0308 = tham chiếu tới một bản ghi không tồn tại
code-sc0308-fix = sửa tham chiếu, hoặc bổ sung bản ghi
code-sc0309 = một giá trị nằm ngoài giới hạn mà trường của nó khai báo
code-sc0309-fix = sửa giá trị
code-sc0310 = dữ liệu đầu vào vượt một giới hạn an toàn (kích thước, độ sâu lồng nhau, số nút, số bí danh)
code-sc0310-fix = chia nhỏ phương án, hoặc kiểm tra lại đây có đúng là tệp cần kiểm tra
code-sc0311 = phương án dạng bảng tính được trình bày theo cách staffcheck không đọc được: thiếu trang tính, cột không xác định hoặc lặp lại, ô gộp, dòng ẩn hoặc dòng trống giữa các bản ghi, công thức chưa có giá trị đã lưu, tệp không phải bảng tính hoặc được bảo vệ bằng mật khẩu
code-sc0311-fix = sửa bảng tính tại ô được chỉ ra; lệnh `staffcheck convert plan.yaml -o plan.xlsx` tạo một bảng tính trình bày đúng cách
code-sc0401 = không đọc hoặc không ghi được một tệp
code-sc0401-fix = kiểm tra đường dẫn và quyền truy cập tệp
code-sc0402 = một đối số dòng lệnh không hợp lệ
code-sc0402-fix = xem `staffcheck help` và phần tham khảo (reference) của README
code-sc0403 = một tệp kiểm thử quy tắc (`*.test.yaml`) không đúng định dạng
code-sc0403-fix = xem docs/testing.md
code-sc0404 = một thiết lập trong `staffcheck.toml` không hợp lệ: khóa không phải là tùy chọn nào, giá trị sai kiểu hoặc giá trị mà tùy chọn không chấp nhận
code-sc0404-fix = dùng các khóa của `staffcheck check --help` (tên dài của tùy chọn, bỏ `--`) trong mục `[check]` hoặc `[test]`; xem mục Configuration của README
code-sc0405 = tệp ghi bằng `--baseline` (hoặc `baseline` trong `staffcheck.toml`) không phải báo cáo JSON của staffcheck (`--format json`) theo phiên bản mà staffcheck này ghi
code-sc0405-fix = tạo báo cáo gốc bằng `staffcheck check PLANS --format json=baseline.json` trên phiên bản trước của các phương án (nhánh đích), với chính staffcheck này
code-sc0501 = một miễn trừ trong phần `waivers:` của phương án đã hết hạn trước ngày của phương án, nên kết quả kiểm tra từng được miễn trừ nay được báo lại
code-sc0501-fix = gia hạn miễn trừ bằng ngày `expires:` muộn hơn (và phê duyệt lại), hoặc khắc phục kết quả kiểm tra rồi xóa miễn trừ
code-sc0502 = một miễn trừ trong phần `waivers:` của phương án không ứng với kết quả kiểm tra nào: kết quả đã được khắc phục, quy tắc không có hiệu lực vào ngày của phương án, hoặc bản ghi được ghi sai
code-sc0502-fix = xóa miễn trừ, hoặc ghi bản ghi bằng khóa (`"20194"`, `DN-0003`) hoặc đường dẫn (`posts[12]`) như kết quả kiểm tra ghi
code-sc0503 = một miễn trừ trong phần `waivers:` của phương án ghi một quy tắc mà bộ quy tắc không có
code-sc0503-fix = dùng một mã quy tắc trong danh sách `staffcheck rules` (thông báo gợi ý mã gần nhất)
# `staffcheck explain SC0301`: dòng sau ý nghĩa của mã.
explain-code-fix = cách khắc phục: { $fix }
# Phần mô tả một mã trong SARIF: phần hướng dẫn sau ý nghĩa, và dòng cuối của Markdown.
sarif-code-help = Thông báo chỉ ra vị trí; { $fix }.
sarif-code-explain = Lệnh `staffcheck explain { $id }` mô tả mã này.
# Thông báo SARIF cho một phương án chưa được kiểm tra.
sarif-not-read = { $file } chưa được kiểm tra: không đọc được tệp ({ $n } lỗi)
sarif-not-loaded = { $file } chưa được kiểm tra: không đọc được phương án ({ $n } lỗi)

## `staffcheck explain RULE` và `staffcheck rules` (src/catalog.rs, src/cli/explain.rs): phần trình bày quanh các văn bản của quy tắc

explain-severity = mức độ
explain-source = căn cứ
# Toàn văn công khai của căn cứ: một đường dẫn.
explain-url = toàn văn
explain-checked = đối chiếu ngày
explain-in-force = hiệu lực
explain-declared = khai báo tại
explain-fix = cách khắc phục
explain-parameters = tham số:
explain-the-rule = nội dung quy tắc:
explain-no-example = chưa có phương án ví dụ: viết một ca kiểm thử chờ đợi kết quả kiểm tra của quy tắc { $id } (docs/testing.md)
explain-example = một ví dụ vi phạm quy tắc ({ $origin }):
explain-example-passes = ví dụ ({ $origin }) không còn vi phạm quy tắc
explain-example-case = ca kiểm thử "{ $name }", { $place }
explain-example-case-plan = ca kiểm thử "{ $name }", { $place }, phương án { $plan }
explain-unknown = không có quy tắc hay mã nào là `{ $id }`{ $suggestion }
explain-unknown-help = lệnh `staffcheck rules` liệt kê các quy tắc; mã được ghi theo dạng SC0101
explain-extended = hằng số được mở rộng:
rules-extended = `{ $constant }` được mở rộng thêm { $members } tại { $place }; được dùng bởi { $readers }
rules-extended-no-rule = không quy tắc nào
# Giá trị của tham số không giới hạn thời gian.
param-any-date = vào mọi thời điểm
rule-severity-error = lỗi
rule-severity-warning = cảnh báo
rule-severity-info = ghi chú
rule-severity-when = { $when } khi { $condition }, ngược lại là { $otherwise }
rules-column-id = mã
rules-column-severity = mức độ
rules-column-in-force = hiệu lực
rules-column-title = tiêu đề
rules-md-title = Các quy tắc
rules-md-generated = Tạo bằng lệnh `staffcheck rules --format markdown > docs/rules.md`; một phép kiểm thử báo lỗi khi trang này lỗi thời. Sửa các tệp quy tắc, không sửa trang này.
rules-md-source-checked = căn cứ được đối chiếu ngày
rules-md-declared-in = khai báo tại `{ $place }`
rules-md-parameter = tham số `{ $name }`
rules-md-explained = Giải thích, kèm một ví dụ vi phạm quy tắc: `staffcheck explain { $id }`.

## `staffcheck.toml` — tệp cấu hình (src/config.rs, src/cli/configured.rs): SC0404

config-cannot-read = không đọc được tệp cấu hình { $name }: { $why }
config-cannot-read-help = ghi một tệp có thật sau --config, hoặc dùng --no-config
config-not-toml = tệp cấu hình không đúng cú pháp TOML
config-not-toml-help = sửa TOML tại vị trí được chỉ ra; xem https://toml.io
config-here = tại đây
config-is-a-section = `{ $key }` là tên một mục
config-is-a-section-help = ghi `[{ $key }]` trên một dòng riêng, rồi các khóa của mục ở các dòng dưới
config-outside-section = `{ $name }` nằm ngoài mọi mục
config-outside-section-label = trước dòng `[check]` hoặc `[test]` đầu tiên
config-outside-section-help = đặt `{ $name }` dưới dòng `[check]` (hoặc `[test]`): mỗi thiết lập thuộc về lệnh mà nó dành cho
config-unknown-section = không có mục `{ $name }`{ $suggestion }
config-unknown-section-label = không phải một mục của staffcheck.toml
config-unknown-section-help = các mục là `[check]` và `[test]`
config-unknown-key = không có khóa `{ $name }`{ $suggestion }
config-unknown-key-label = không phải tùy chọn của lệnh này
config-unknown-key-help = các khóa là tên dài của các tùy chọn của lệnh, bỏ `--`: { $keys }
# `wanted` là một trong các config-wants-…, `found` một trong các config-found-….
config-wrong-type = `{ $key }` nhận { $wanted }, không nhận { $found }
config-wrong-type-label = cần { $wanted }
config-wrong-type-help = ghi theo dạng `{ $key } = { $example }`
config-wants-text = một văn bản
config-wants-date = một ngày
config-wants-integer = một số nguyên
config-wants-number = một số
config-wants-flag = true hoặc false
config-wants-path = một đường dẫn, ghi dạng văn bản
config-wants-texts = một danh sách văn bản
config-wants-paths = một danh sách đường dẫn
config-wants-formats = một danh sách định dạng
config-found-text = văn bản
config-found-integer = số nguyên
config-found-decimal = số thập phân
config-found-boolean = giá trị đúng/sai
config-found-datetime = ngày hoặc giờ
config-found-list = danh sách (hoặc danh sách có phần tử không phải văn bản)
config-found-table = một bảng
# `reason` là của trình đọc dòng lệnh, bằng tiếng Anh.
config-refused = giá trị của `{ $key }` không được chấp nhận: { $reason }
config-refused-label = không được chấp nhận
config-possible-values = các giá trị được chấp nhận: { $values }
config-see-help = xem `staffcheck { $command } --help`, phần `--{ $key }`

## Báo cáo gốc (src/report/baseline.rs): SC0405, và các kết quả đã được khắc phục so với báo cáo gốc

baseline-cannot-read = không đọc được báo cáo gốc { $name }: { $why }
baseline-help = báo cáo gốc là báo cáo JSON của một lần chạy trước: `staffcheck check PLANS --format json=baseline.json`
# `why` là lý do của trình đọc JSON, bằng tiếng Anh.
baseline-not-json = báo cáo gốc { $name } không phải JSON: { $why }
baseline-not-a-report = báo cáo gốc { $name } không phải báo cáo JSON của staffcheck: { $why }
baseline-version = báo cáo gốc { $name } là báo cáo phiên bản { $version }; staffcheck này đọc phiên bản { $reads }
baseline-version-label = phiên bản này
baseline-version-help = tạo lại báo cáo gốc bằng chính staffcheck này
summary-baseline = thêm { $unchanged } không đổi so với báo cáo gốc, { $fixed } đã được khắc phục
sarif-fixed = đã được khắc phục so với báo cáo gốc: { $message }
baseline-fixed-heading = đã được khắc phục so với báo cáo gốc ({ $n }):
baseline-was-at = (trước đây ở dòng { $line })

## `--param NAME=VALUE` (src/param_override.rs)

param-form = `--param { $assignment }` cần ghi theo dạng NAME=VALUE
param-form-help = ví dụ --param commune_vice_chair_cap=3
param-unknown = không có tham số `{ $name }`{ $hint }
param-unknown-help = các tham số của bộ quy tắc là { $names }
# `type` là kiểu dữ liệu như tệp quy tắc ghi (integer, decimal, set of Post).
param-bad-value = `{ $text }` không phải giá trị kiểu { $type } cho `{ $name }`{ $member }
param-bad-member = : `{ $member }` không phải giá trị của { $type }{ $hint }
param-bad-value-help = `{ $name }` được khai báo có kiểu { $type }{ $example }
param-example-decimal = : ghi một số như 0.15, hoặc một tỷ lệ phần trăm như 15%
param-example-set = : ghi các phần tử cách nhau bằng dấu phẩy, như party_secretary,council_chair (để trống sau `=` nếu là tập rỗng)

## `staffcheck test` — kiểm thử quy tắc (src/cli/test.rs, src/ruletest/): lần chạy, khác biệt của ca không đạt, độ bao phủ, lỗi trong tệp kiểm thử (SC0403)

test-running = chạy { $total } ca kiểm thử từ { $files } tệp
test-ok = ca kiểm thử { $title } ... đạt
test-failed = ca kiểm thử { $title } ... KHÔNG ĐẠT
test-failures = các ca không đạt:
test-summary = { $passed } ca đạt, { $failed } ca không đạt
test-file-unreadable = không đọc được tệp kiểm thử: { $n } lỗi, xem ở stderr
test-unknown-ids = ca kiểm thử ghi { $n } mã quy tắc mà bộ quy tắc không định nghĩa, xem ở stderr; ca này không được chạy
test-rules-not-loaded = không tải được bộ quy tắc: { $n } lỗi, xem ở stderr; ca này không được chạy
test-plan-not-loaded = không đọc được phương án:
test-plan-load-errors = phương án có lỗi đọc phương án:
test-diff-heading = kết quả kiểm tra chờ đợi (-) và kết quả kiểm tra thực tế (+):
test-diff-none = (không có)
test-diff-not-found = không thấy
test-diff-why = lý do: { $why }
# `percent` ghi với một chữ số thập phân (66,7).
test-coverage = độ bao phủ: { $covered } trên { $n } quy tắc có ca kiểm thử chờ đợi kết quả kiểm tra của quy tắc ({ $percent }%)
test-not-exercised = chưa được kiểm thử: { $id } ({ $place })
test-not-counted = không tính: { $n } quy tắc mà các tệp được kiểm thử chỉ include (--coverage-include-included để tính cả các quy tắc này)
test-below-min = độ bao phủ { $percent }% thấp hơn --min-coverage { $min }%: thêm cho mỗi quy tắc được liệt kê một ca chờ đợi kết quả kiểm tra của quy tắc đó
test-files-help = ghi các tệp kiểm thử (`*.test.yaml`) hoặc thư mục chứa chúng
test-cannot-read = không đọc được { $name }: { $why }
test-cannot-read-help = đường dẫn trong tệp kiểm thử tính từ thư mục của tệp kiểm thử
test-unknown-rule = `{ $id }` không phải quy tắc của bộ quy tắc đang được kiểm thử{ $hint }
test-unknown-rule-label = không quy tắc nào có mã này
test-unknown-rule-help = ghi một quy tắc mà các tệp quy tắc được kiểm thử định nghĩa hoặc include; lệnh `staffcheck rules --rules PATH` liệt kê các quy tắc đó
test-file-here = tại đây
test-what-rule-file = một tệp hoặc thư mục quy tắc
test-what-rule-id = một mã quy tắc
test-file-tests-not-a-list = `tests:` là một danh sách các ca kiểm thử
test-file-tests-not-a-list-help = ghi mỗi ca dạng `- name: ...` dưới `tests:`
test-file-unknown-section = tệp kiểm thử không có phần `{ $name }`
test-file-unknown-section-help = tệp kiểm thử có phần `rules:` (không bắt buộc) và `tests:`
test-file-no-tests = tệp kiểm thử này không có phần `tests:`
test-file-no-tests-help = thêm `tests:` với một danh sách các ca kiểm thử; xem docs/testing.md
# `what` là một trong các test-what-…; `found` là thứ YAML ghi thay vào đó.
test-file-not-a-name = cần { $what }, nhưng gặp { $found }
test-file-not-a-name-help = ghi mỗi mục của danh sách một tên
test-file-names-not-a-mapping = cần { $what } hoặc một danh sách, nhưng gặp một nhóm `khóa: giá trị`
test-file-names-not-a-mapping-help = ghi một tên, hoặc một danh sách `[A, B]`
test-file-case-not-a-mapping = một ca kiểm thử là một nhóm `khóa: giá trị`, nhưng đây là { $found }
test-file-case-not-a-mapping-help = ghi `- name: ...` với `plan:` và `expect:` ở dưới
test-file-bad-date = `date:` không phải là một ngày
test-file-bad-date-help = ghi ngày theo dạng YYYY-MM-DD
test-file-unknown-field = ca kiểm thử không có trường `{ $name }`
test-file-unknown-field-help = một ca có `name`, `plan`, `expect`, và có thể có `date` và `only`
test-file-missing-field = ca kiểm thử này thiếu `{ $name }:`
test-file-missing-field-help = một ca có `name`, `plan` và `expect` (`pass`, hoặc một danh sách kết quả kiểm tra)
test-file-plan-a-list = `plan:` là tên tệp hoặc một phương án ghi đầy đủ, không phải một danh sách
test-file-plan-a-list-help = ghi `plan: fail.yaml`, hoặc các phần của phương án thụt lề dưới `plan:`
test-file-bad-expect = `expect:` là `pass` hoặc một danh sách kết quả kiểm tra
test-file-bad-expect-help = ghi `expect: pass`, hoặc các mục `- {"{"} rule: VICE-CAP, record: "20194" {"}"}`
test-file-bad-expected-field = kết quả kiểm tra chờ đợi không có trường `{ $name }` như vậy
test-file-bad-expected-field-help = ghi `{"{"} rule: ID, record: KEY {"}"}`: mã quy tắc và khóa hoặc đường dẫn (`units[0]`) của bản ghi mà quy tắc đánh giá
test-file-expected-no-rule = kết quả kiểm tra chờ đợi này không ghi quy tắc nào
test-file-expected-no-rule-help = ghi `{"{"} rule: ID, record: KEY {"}"}`

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

junit-override = { $action } tại { $at }: { $reason }
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

## rule files — Tệp quy tắc: lỗi cú pháp (src/syntax/), điều trình phân tích chờ đợi (src/syntax/expected.rs)

syntax-expected = cần { $expected }, nhưng gặp { $found }
syntax-unexpected-here = không hợp lệ tại vị trí này
syntax-file-ends-here = tệp kết thúc tại đây
syntax-too-deep = tệp quy tắc lồng nhau quá sâu, không đọc được tiếp từ đây
syntax-declaration-starts-help = một khai báo bắt đầu tại đây, nên có lẽ khai báo phía trên thiếu dấu đóng `{"}"}`
syntax-see-grammar-help = xem ngôn ngữ quy tắc trong grammar/README.md; một quy tắc có dạng `rule ID "title" {"{"} ... {"}"}`
syntax-unclosed-text = đoạn văn bản trong ngoặc kép này chưa được đóng trước khi hết dòng
syntax-unclosed-text-label = đoạn văn bản bắt đầu tại đây
syntax-unclosed-text-help = đóng bằng `"` trên cùng dòng; viết `\"` cho dấu ngoặc kép nằm trong văn bản
nesting-too-deep = ngoặc và `if` lồng nhau quá { $max } cấp tại đây
nesting-too-deep-label = thừa một cấp
nesting-too-deep-help = tách biểu thức bằng các mệnh đề `let` hoặc một `const`; một quy tắc chỉ cần vài cấp
expression-too-deep = biểu thức này lồng nhau quá { $max } cấp
expression-too-deep-label = quá sâu
expression-too-deep-help = mỗi toán tử trong một chuỗi (`a + b + c`), mỗi `not` và `-`, mỗi cặp ngoặc và mỗi `if` là một cấp; tách biểu thức bằng các mệnh đề `let` hoặc một `const`
bad-literal-label = không phải giá trị hợp lệ
bad-literal-date = `{ $text }` không phải là một ngày có thật trong lịch
bad-literal-date-help = ghi ngày theo dạng YYYY-MM-DD, với tháng và ngày có thật
bad-literal-number = số `{ $text }` quá lớn
bad-literal-percentage = tỷ lệ phần trăm quá lớn
bad-literal-duration = khoảng thời gian quá dài
bad-literal-number-help = dùng một số nhỏ hơn
expected-one-of = { $init } hoặc { $last }
expected-end-of-file = cuối tệp
expected-something-else = nội dung khác
expected-declaration = một khai báo (`rule`, `collection`, `enum`, `const`, `param`, `table` hoặc `include`)
expected-include = một lệnh `include`
expected-enumeration = một kiểu liệt kê
expected-enum-values = các giá trị của kiểu liệt kê
expected-label = một nhãn trong ngoặc kép (`"Party Secretary" vi "Bí thư Đảng ủy"`)
expected-vi-text = bản tiếng Việt (`vi "..."`)
expected-collection = một tập hợp
expected-field = một khai báo trường (`name: type`)
expected-bound = một giới hạn, ví dụ `>= 0`
expected-default = một giá trị mặc định (`= value`)
expected-type = một kiểu dữ liệu
expected-constant = một hằng số
expected-const-extend = phần mở rộng của một hằng số
expected-parameter = một tham số
expected-parameter-value = một giá trị của tham số
expected-window = một khoảng thời gian (`from DATE until DATE`)
expected-table = một bảng
expected-table-parameter = một tham số của bảng (`name: type`)
expected-row = một dòng của bảng (`when CONDITION then VALUE`)
expected-rule = một quy tắc
expected-rule-id = một mã quy tắc, ví dụ `KEY-DEGREE`
expected-severity = một mức độ (`error`, `warning` hoặc `info`)
expected-citation = một căn cứ (`source "..."`)
expected-url = địa chỉ công khai của văn bản làm căn cứ (`url "https://..."`)
expected-checked = ngày đối chiếu văn bản làm căn cứ gần nhất (`checked YYYY-MM-DD`)
expected-effective = một thời gian hiệu lực
expected-string = một chuỗi trong ngoặc kép
expected-message = một thông báo trong ngoặc kép
expected-escape = một ký tự thoát (`\"`, `\\`, `\n`, `\t`, `\{"{"}`, `\{"}"}`)
expected-name = một tên
expected-not-keyword = một tên không trùng với từ khóa
expected-date = một ngày (YYYY-MM-DD)
expected-decimal = một số thập phân
expected-number = một số
expected-percentage = một tỷ lệ phần trăm
expected-duration = một khoảng thời gian, ví dụ `5 years`
expected-boolean = `true` hoặc `false`
expected-value = một giá trị
expected-expression = một biểu thức
expected-aggregate = một hàm tổng hợp (`count`, `sum`, ...)
expected-operator = một toán tử
expected-comment = một chú thích
expected-as-percent = `as percent` (một tỷ lệ hiển thị dưới dạng phần trăm)
expected-percent-digits = số chữ số thập phân, một chữ số (`as percent(1)`)

## rule files — Tệp quy tắc: những sơ suất thường gặp khi soạn (src/syntax/slip.rs)

slip-extend = `extend { $token }`: chỉ kiểu liệt kê, tập hợp hoặc hằng số là tập giá trị (set) mới được mở rộng
slip-extend-label = không mở rộng được
slip-extend-help = `extend enum` thêm giá trị, `extend collection` thêm trường, `extend const` thêm phần tử vào một tập giá trị; mọi giá trị theo thời gian của một tham số đều nằm trong khai báo của nó (`--param` thay thế một giá trị)
slip-replace = sau `replace` là `rule`: hãy viết `replace rule { $token } "tiêu đề" {"{"} reason "lý do" ... {"}"}`
slip-replace-label = cần `rule`
slip-disable-rule = `disable` chỉ ghi mã của quy tắc: hãy viết `disable { $token } "lý do"`
slip-disable-rule-label = bỏ `rule`
slip-disable-reason = `disable { $id }` cần ghi lý do, trong dấu ngoặc kép: `disable { $id } "lý do"`
slip-disable-reason-label = thiếu lý do
slip-override-help = việc tắt hay thay một quy tắc được bao gồm được ghi lại cùng lý do và hiện trong `explain`, `rules` và mọi báo cáo: `disable VICE-CAP "lý do"`, hoặc `replace rule VICE-CAP "tiêu đề" {"{"} reason "lý do" ... {"}"}`
slip-severity = `{ $token }` không phải là mức độ; có phải là `{ $severity }`?
slip-severity-label = không phải mức độ
slip-severity-help = mức độ là `error`, `warning` hoặc `info`
slip-percent-sign = `%` không dùng để hiển thị một giá trị dưới dạng phần trăm; hãy viết `{ $fix }`
slip-percent-sign-label = hiển thị dưới dạng phần trăm bằng `as percent`
slip-percent-sign-help = `as percent` hiển thị một tỷ lệ dưới dạng phần trăm (0,0625 thành 6,3%), `as percent(1)` với một chữ số thập phân; `%` chỉ dùng để viết một số dưới dạng phần trăm (`15%` là 0,15)
slip-severity-if = `if ... else` không dùng để chọn mức độ; hãy viết `{ $fix }`
slip-severity-if-open = `if` không dùng để chọn mức độ: mức độ chọn theo điều kiện được viết bằng `when` và `otherwise`
slip-severity-if-label = viết `when ... otherwise`
slip-severity-if-help = `severity error when CONDITION otherwise warning`: mức độ thứ nhất khi điều kiện đúng, mức độ thứ hai trong các trường hợp còn lại
slip-operator = `{ $written }` không phải là toán tử của ngôn ngữ quy tắc; hãy viết `{ $meant }`
slip-operator-label = viết `{ $meant }`
slip-and-help = `and` đúng khi cả hai điều kiện đều đúng
slip-or-help = `or` đúng khi ít nhất một trong hai điều kiện đúng
slip-equals-help = `==` so sánh hai giá trị; `=` chỉ dùng để gán giá trị cho một `let` hoặc một hằng số
slip-hash = trong tệp quy tắc, `#` không mở đầu chú thích
slip-hash-label = viết `//`
slip-hash-help = chú thích bắt đầu bằng `//` và kéo dài đến hết dòng
slip-unclosed-hole = dấu `{"{"}` ở cột { $column } của thông báo này chưa được đóng
slip-unclosed-hole-label = dấu `{"{"}` này mở đầu một giá trị cần in ra
slip-unclosed-hole-help = đóng giá trị bằng `{"}"}`, như trong `{"{"}u.name{"}"}`; muốn in dấu ngoặc nhọn trong văn bản, viết `\{"{"}`

## rule files — Tệp quy tắc: tìm tệp và lệnh include (src/ruleset.rs)

rules-cannot-read-directory = không đọc được thư mục { $path }: { $error }
rules-cannot-read-file = không đọc được tệp quy tắc { $path }: { $error }{ $hint }
builtin-files = {" "}(các tệp có sẵn: { $names })
rules-check-path-help = kiểm tra lại đường dẫn ghi sau --rules
include-cycle = các tệp include lẫn nhau thành vòng: { $chain }
include-cycle-label = lệnh include này khép kín vòng
include-cycle-help = bỏ một trong các lệnh include này; mỗi tệp chỉ cần được include một lần
include-missing-label = được include tại đây
include-missing-help = đường dẫn tính từ thư mục của tệp có lệnh include; các tệp có sẵn được ghi là `<builtin>/NAME.rules`

## rule files — Tệp quy tắc: khoảng trống khiến bản ghi chưa đánh giá được (src/resolve/coverage.rs)

window-on = ngày { $date }
window-from-until = từ { $from } đến { $until }
window-from = từ { $from }
window-until = đến { $until }
window-always = mọi thời điểm
coverage-and = {" "}và{" "}
coverage-param-gap = quy tắc `{ $rule }` có hiệu lực { $window }, nhưng tham số `{ $param }` chỉ có giá trị { $values }: { $gap } quy tắc không đánh giá được các bản ghi cần đến tham số này
coverage-param-gap-label = thời gian hiệu lực của quy tắc
coverage-param-gap-help = cho `{ $param }` một giá trị cả { $gap }, hoặc kết thúc thời gian hiệu lực của quy tắc khi giá trị của tham số kết thúc
coverage-param = tham số `{ $param }`
coverage-param-label = các giá trị của tham số
coverage-table-rows = bảng `{ $table }` không có dòng cho `{ $param }` { $values } và không có `otherwise`: bản ghi có giá trị đó sẽ chưa đánh giá được
coverage-table-rows-label = bảng này
coverage-table-rows-help = thêm một dòng cho { $values }, hoặc một dòng `otherwise` nêu giá trị của bảng cho các trường hợp còn lại

## rule files — Tệp quy tắc: các lệnh tải bộ quy tắc (src/cli/check.rs, src/cli/schema.rs), `staffcheck fmt` (src/cli/fmt.rs, src/format/mod.rs)

rules-not-loaded-no-plan = không tải được bộ quy tắc: { $n } lỗi; chưa kiểm tra phương án nào
rules-not-loaded-no-schema = không tải được bộ quy tắc: { $n } lỗi; chưa ghi lược đồ (schema) nào
fmt-failed = { $n } tệp không định dạng được; chưa ghi tệp nào
fmt-diff-header = { $name } (đã định dạng)
fmt-not-formatted = { $n } trong số { $all } tệp chưa đúng định dạng
fmt-formatted = đã định dạng { $name }
fmt-cannot-write = không ghi được { $name }: { $error }
fmt-cannot-write-help = kiểm tra quyền ghi đối với tệp và thư mục chứa tệp
fmt-cannot-read = không đọc được { $name }: { $error }
fmt-rule-files-help = chỉ ra các tệp quy tắc (`*.rules`) hoặc thư mục chứa chúng
fmt-comments-lost = staffcheck fmt không đặt lại được mọi chú thích của { $name }
fmt-comments-lost-help = một thông báo có `{"{"}...{"}"}` trải trên nhiều dòng làm mất dấu các chú thích: hãy viết mỗi thông báo trên một dòng

## rule files — Tệp quy tắc: khai báo (src/resolve/mod.rs)

what-enumeration = kiểu liệt kê
what-collection = tập hợp
what-field = trường
what-constant = hằng số
what-parameter = tham số
what-table = bảng
what-rule = quy tắc
duplicate = { $what } `{ $name }` được khai báo hai lần
duplicate-label = khai báo lại tại đây
duplicate-first = khai báo đầu tiên của `{ $name }`
duplicate-first-label = khai báo lần đầu tại đây
not-declared-label = chưa được khai báo
no-such-field-label = không có trường này
wrong-type-label = sai kiểu dữ liệu
extend-no-enum = không có kiểu liệt kê `{ $name }` để mở rộng{ $hint }
extend-no-enum-help = khai báo bằng `enum NAME {"{"} ... {"}"}` hoặc mở rộng một kiểu liệt kê có trong lược đồ
extend-no-collection = không có tập hợp `{ $name }` để mở rộng{ $hint }
duplicate-value = `{ $value }` đã là một giá trị của `{ $enum }`
duplicate-value-label = giá trị lặp lại
key-not-text = khóa `{ $key }` phải là một trường văn bản
key-not-text-label = không phải văn bản
key-not-a-field = khóa `{ $key }` không phải là trường của `{ $collection }`{ $hint }
collection-no-record = tập hợp `{ $name }` cần có tên kiểu bản ghi
collection-no-record-label = viết `collection NAME: Type {"{"} ... {"}"}`
type-name-used = tên kiểu `{ $name }` đã được dùng
type-name-used-label = chọn tên khác
second-single = chỉ một tập hợp được là `single` (phần đầu của phương án)
second-single-label = tập hợp `single` thứ hai
bound-not-number = chỉ trường kiểu số mới có giới hạn
bound-not-number-label = không phải trường kiểu số
field-set = một trường không thể chứa tập giá trị (set)
field-set-label = trường của phương án chứa một danh sách
field-set-help = viết `list of T`; `set of T` dành cho tham số hoặc bảng
default-not-allowed = một trường không thể chứa khoảng thời gian hoặc tập giá trị
default-not-allowed-label = không được phép
value-not-plain = cần một giá trị được viết cụ thể, không phải một biểu thức
value-not-plain-label = không phải giá trị cụ thể
value-wrong-type = cần một giá trị kiểu { $expected }, nhưng gặp { $found }
not-a-record-type = `{ $name }` không phải là kiểu bản ghi{ $hint }
not-a-record-type-label = chỉ các kiểu bản ghi mới kết hợp được bằng `|`
unknown-type = không có kiểu dữ liệu `{ $name }`{ $hint }
unknown-type-label = không phải kiểu dữ liệu
unknown-type-help = các kiểu dữ liệu là text, integer, decimal, boolean, date, duration, một kiểu liệt kê hoặc một kiểu bản ghi
no-header = lược đồ không khai báo tập hợp `single` nào cho phần đầu của phương án
no-header-label = không có tập hợp phần đầu
no-header-help = khai báo `collection plan: Plan single {"{"} date: date ... {"}"}`, hoặc include "<builtin>/schema.rules"
no-schema = bộ quy tắc không khai báo lược đồ
no-schema-help = thêm `include "<builtin>/schema.rules"` vào đầu tệp quy tắc
header-no-date = tập hợp phần đầu `{ $name }` cần có trường `date: date`
header-no-date-label = không có trường `date`
header-no-date-help = quy tắc được đánh giá theo ngày của phương án: hãy khai báo `date: date`
constant-reads-record = hằng số không được phụ thuộc vào một bản ghi
constant-reads-record-label = đọc một biến
param-overlap = hai giá trị của `{ $name }` cùng áp dụng vào một ngày
param-overlap-label = trùng với thời gian áp dụng của một giá trị trước
param-overlap-help = đặt cho mỗi giá trị một thời gian áp dụng không trùng với các giá trị khác
window-reversed = khoảng thời gian này kết thúc ngày { $until }, trước ngày bắt đầu { $from }
window-reversed-label = `until` trước `from`
window-reversed-help = đổi chỗ hai ngày, hoặc sửa ngày ghi nhầm: khoảng `from A until B` gồm các ngày từ A đến B, kể cả hai ngày đó
not-web-address = `{ $text }` không phải là địa chỉ trang web
not-web-address-label = không phải https://...
not-web-address-help = ghi địa chỉ công khai của văn bản làm căn cứ, bắt đầu bằng https://
second-for = mỗi quy tắc chỉ có một `for`
second-for-label = `for` thứ hai
clause-before-for = mệnh đề này cần có `for` đứng trước
clause-before-for-label = chưa có bản ghi nào để đánh giá
clause-before-for-help = bắt đầu phần logic của quy tắc bằng `for VARIABLE in COLLECTION`
second-require = mỗi quy tắc chỉ có một `require`
second-require-label = `require` thứ hai
second-require-help = kết hợp các điều kiện bằng `and`
rule-no-for = quy tắc `{ $id }` không có `for`
rule-no-for-label = không có gì để đánh giá
rule-no-for-help = thêm `for VARIABLE in COLLECTION` để chỉ rõ quy tắc đánh giá những bản ghi nào
rule-no-require = quy tắc `{ $id }` không có `require`
rule-no-require-label = không có điều kiện
rule-no-require-help = thêm `require CONDITION`: điều kiện mọi bản ghi phải đáp ứng (chỉ quy tắc mức info mới được thông báo mà không có điều kiện)
reason-without-replace = `reason` chỉ dùng cho quy tắc thay thế một quy tắc được bao gồm
reason-without-replace-label = không thay thế quy tắc nào
reason-without-replace-help = viết `replace rule MÃ ...` để thay quy tắc được bao gồm có mã đó, hoặc bỏ `reason`
override-twice = quy tắc `{ $id }` bị tắt hoặc thay thế hai lần
override-twice-label = lần ghi đè thứ hai
override-twice-related = `{ $id }` bị ghi đè lần đầu ở đây
override-twice-related-label = lần ghi đè đầu tiên
override-twice-help = mỗi quy tắc chỉ giữ một `disable` hoặc `replace rule`: không thể đoán lần nào có hiệu lực
override-unknown = không có quy tắc `{ $id }` để tắt hoặc thay thế{ $hint }
override-unknown-label = không phải quy tắc của bộ quy tắc
override-unknown-help = hãy ghi mã một quy tắc của tệp được bao gồm, như `staffcheck rules` liệt kê; quy tắc có sẵn cần `include "<builtin>"` (hoặc tệp khai báo nó) trước
override-same-file = quy tắc `{ $id }` được khai báo trong chính tệp này: hãy sửa hoặc xóa nó
override-same-file-label = khai báo trong cùng tệp
override-same-file-related = `{ $id }` được khai báo ở đây
override-same-file-related-label = khai báo ở đây
override-same-file-help = `disable` và `replace rule` dùng cho quy tắc của tệp khác, thường là quy tắc có sẵn
replace-no-reason = `replace rule { $id }` không nói lý do thay quy tắc được bao gồm
replace-no-reason-label = thiếu `reason`
replace-no-reason-help = thêm `reason "lý do"` (và `vi "..."`): mọi báo cáo đều hiện lý do, để việc ghi đè không bao giờ âm thầm
rule-disabled = quy tắc `{ $id }` bị tắt: { $reason }
rule-disabled-label = tắt ở đây
rule-disabled-help = `{ $id }` ({ $title }) không kiểm tra gì trong lần chạy này; `staffcheck explain { $id }` hiện quy tắc như { $declared } khai báo
rule-replaced = quy tắc `{ $id }` được thay thế: { $reason }
rule-replaced-label = thay thế ở đây
rule-replaced-help = các phát hiện của `{ $id }` là của quy tắc thay thế, không phải của quy tắc khai báo tại { $declared } ({ $title }); `staffcheck explain { $id }` hiện cả hai
rule-overridden-original = `{ $id }` như tệp của nó khai báo: { $title }
rule-overridden-original-label = quy tắc bị ghi đè
override-disabled = bị tắt
override-replaced = được thay thế
explain-override = { $action } tại { $at }: { $reason }
explain-disabled = quy tắc không kiểm tra gì khi bị tắt; dưới đây là quy tắc như { $declared } khai báo
explain-replaced = quy tắc bị thay thế, như { $declared } khai báo:
rules-md-overrides = Quy tắc bị tắt hoặc được thay thế
rules-md-override-action = ghi đè
rules-md-override-reason = lý do
rules-md-override-rule = quy tắc bị ghi đè
rules-overrides = bị tắt hoặc được thay thế:
rules-override = { $id } { $action } tại { $at }: { $reason } (quy tắc của { $declared }: { $title })
rule-no-source = quy tắc `{ $id }` không dẫn văn bản làm căn cứ
rule-no-source-label = không có `source`
rule-no-source-help = thêm `source "văn bản, ngày, điều"`: mọi quy tắc đều phải dẫn căn cứ
unknown-collection = không có tập hợp `{ $name }`{ $hint }
unknown-collection-label = không phải tập hợp của lược đồ

## rule files — Tệp quy tắc: thêm phần tử vào hằng số của tệp khác (src/resolve/extend.rs)

extend-const-not-a-set = `{ $name }` là hằng số kiểu { $type }: chỉ hằng số là tập giá trị (set) mới được mở rộng
extend-const-not-a-set-label = không phải tập giá trị
extend-const-same-file = `{ $name }` được khai báo trong chính tệp này: hãy viết các phần tử vào khai báo của nó
extend-const-same-file-label = cùng một tệp
extend-const-declared-here = `{ $name }` được khai báo tại đây
extend-const-declared-here-label = khai báo tại đây
extend-const-repeated = `{ $member }` đã là một phần tử của `{ $name }`
extend-const-repeated-label = phần tử lặp lại
extend-const-member-here = `{ $member }` là một phần tử của `{ $name }` tại đây
extend-const-member-here-label = đã là phần tử
extend-const-member-type = cần một phần tử kiểu { $expected }, nhưng gặp { $found }
extend-const-parameter = `{ $name }` là một tham số: chỉ hằng số là tập giá trị (set) mới được mở rộng
extend-const-parameter-help = mọi giá trị theo thời gian của một tham số đều nằm trong khai báo của nó; `--param NAME=VALUE` thay thế giá trị đó
extend-const-table = `{ $name }` là một bảng: chỉ hằng số là tập giá trị (set) mới được mở rộng
extend-const-not-constant-label = không phải hằng số
extend-const-unknown = không có hằng số `{ $name }` để mở rộng{ $hint }
extend-const-unknown-help = hãy mở rộng một hằng số là tập giá trị của tệp được include, ví dụ hằng số có sẵn `key_posts`

## rule files — Tệp quy tắc: tên và kiểu dữ liệu trong biểu thức (src/resolve/expr.rs)

expr-wrong-type = cần { $expected }, nhưng gặp { $found }
type-condition = một điều kiện (đúng hoặc sai)
type-value-of = một giá trị kiểu { $type }
cannot-negate = không thể đổi dấu một giá trị kiểu { $type }
not-a-number-label = không phải số
different-types-label = khác kiểu dữ liệu
default-types-differ = `??` cần hai giá trị cùng kiểu, nhưng gặp { $left } và { $right }
in-needs-set = `in` cần một tập giá trị hoặc danh sách gồm các giá trị kiểu { $item }, nhưng gặp { $found }
in-needs-set-label = tập giá trị không phù hợp
is-never = `{ $value }` không bao giờ là `{ $type }`; giá trị này có kiểu { $types }{ $hint }
is-never-label = không thuộc các kiểu của giá trị
is-needs-record = `is { $type }` chỉ kiểm tra một tham chiếu đến bản ghi
is-needs-record-label = không phải bản ghi
branches-differ = nhánh `then` cho { $then } nhưng nhánh `else` cho { $else }
branches-differ-label = hai nhánh khác kiểu dữ liệu
set-one-type = mọi giá trị trong một tập giá trị hoặc danh sách phải cùng một kiểu
set-one-type-label = khác kiểu
not-a-value = `{ $value }` không phải là giá trị của `{ $enum }`{ $hint }
not-a-value-label = giá trị không xác định
not-a-value-help = các giá trị của kiểu này là { $values }
ambiguous-value = `{ $value }` là giá trị của nhiều kiểu liệt kê ({ $enums })
ambiguous-label = không rõ nghĩa
ambiguous-value-help = hãy so sánh giá trị này với một trường thuộc kiểu liệt kê cần dùng
let-used-in-itself = `{ $name }` được dùng ngay trong `let` của chính nó, tại dòng { $line }
let-used-before = `{ $name }` được dùng trước `let` khai báo nó, tại dòng { $line }
let-used-before-label = chưa được khai báo
let-used-before-help = các mệnh đề của quy tắc chạy theo thứ tự: chuyển `let` lên trên mệnh đề đầu tiên dùng đến nó
let-declared-here = `{ $name }` được khai báo tại đây
let-declared-here-label = khai báo tại đây
unknown-name = không có tên `{ $name }`{ $hint }
unknown-name-help = một tên là biến của `for`, `let` hoặc của hàm tổng hợp, một hằng số, một tham số, hoặc một giá trị liệt kê
no-fields = `{ $value }` có kiểu { $type }, không có trường nào
no-fields-label = không có trường ở đây
field-types-differ = `{ $field }` có kiểu dữ liệu khác nhau trong { $types }
field-types-differ-label = trường không rõ kiểu
unknown-field = `{ $field }` không phải là trường của { $record }{ $hint }
unknown-field-label = trường không xác định
unknown-field-help = { $record } có các trường { $fields }; nếu phương án có trường này, hãy khai báo thêm bằng `extend collection { $collections } {"{"} { $field }: TYPE {"}"}`
cannot-compute = không tính được { $left } { $operator } { $right }
cannot-compute-label = phép tính không được hỗ trợ
cannot-compare = không so sánh được { $left } với { $right }
unordered = các giá trị của { $type } không có thứ tự, nên `{ $operator }` không so sánh được
unordered-label = không có thứ tự
unordered-help = dùng `==`, `!=` hoặc `in`, hoặc khai báo kiểu liệt kê với dấu `<` giữa các giá trị
hint-text-in-quotes = `{ $field }` là văn bản: viết `"{ $value }"` trong ngoặc kép
hint-enum-without-quotes = `{ $enum }` là kiểu liệt kê: viết một trong các giá trị của nó, không có ngoặc kép ({ $values })
hint-compare-key = `{ $record }` là bản ghi { $type } còn `{ $text }` là văn bản: hãy so sánh với khóa của bản ghi, `{ $record }.{ $key }`
count-against-percentage = không so sánh được một số đếm với một tỷ lệ phần trăm: `{ $count }` là số nguyên, còn `{ $percentage }` là tỷ lệ (một phần của 1)
count-against-percentage-label = số đếm so với tỷ lệ phần trăm
count-against-percentage-help = hãy so sánh một tỷ lệ: `share(CONDITION for x in COLLECTION where ...)`, hoặc `{ $count }` chia cho tổng số (`{ $count } / total >= { $percentage }`)
len-needs-list = `len` đếm các giá trị của một danh sách hoặc tập giá trị, hoặc các ký tự của một văn bản
len-needs-list-label = không phải danh sách hay văn bản
len-one-argument = `len` nhận một danh sách
text-function-help = `{ $name }` nhận { $texts ->
    [one] một văn bản
   *[two] hai văn bản
}, ví dụ tên, mã hoặc một chuỗi trong ngoặc kép; số, ngày hoặc giá trị của kiểu liệt kê không phải là văn bản: hãy so sánh chúng bằng `==`, `<` hoặc `in`
argument-count-label = sai số lượng đối số
unknown-function = không có hàm `{ $name }`{ $hint }
unknown-function-label = không phải hàm hay bảng
unknown-function-help = các hàm là { $functions }, và các bảng được khai báo trong bộ quy tắc (khai báo trước khi dùng)
argument-count = `{ $name }` nhận { $n } đối số, nhưng gặp { $found }
aggregate-no-value = `{ $name }` không nhận giá trị: viết `{ $name }({ $var } in { $collection } where ...)`
aggregate-no-value-label = giá trị không cần thiết
aggregate-needs-value = `{ $name }` cần một giá trị: viết `{ $name }(VALUE for { $var } in { $collection })`
aggregate-needs-value-label = thiếu giá trị
aggregate-needs-number = `{ $name }` cần một số
aggregate-needs-order = `{ $name }` cần các giá trị có thứ tự
nested-scan = `{ $name }` này duyệt toàn bộ `{ $collection }` một lần cho mỗi bản ghi được quy tắc đánh giá
nested-scan-label = duyệt lồng nhau
nested-scan-help = thêm điều kiện `{ $var }.FIELD == OUTER` để staffcheck nhóm `{ $collection }` một lần
percent-of-count = `{ $text }` là số nguyên, không phải tỷ lệ: `as percent` sẽ hiển thị giá trị này lớn gấp một trăm lần
percent-of-count-label = một số nguyên
percent-of-count-help = `as percent` hiển thị một tỷ lệ (`0.062` thành `6,2%`): hãy chia cho tổng số (`{"{"}{ $text } / total as percent{"}"}`), hoặc bỏ `as percent`
percent-of-non-number = `as percent` hiển thị một số, nhưng `{ $text }` là { $type }
percent-of-non-number-help = bỏ `as percent`, hoặc hiển thị một tỷ lệ như `share(...)` hay `part / total`

## the editor — Trình soạn thảo (staffcheck lsp): sửa nhanh (src/lsp/mod.rs), thông tin khi di chuột (src/lsp/hover.rs), mô tả gợi ý hoàn thành (src/lsp/completion.rs), dàn ý (src/lsp/symbols.rs)

lsp-change-to = Sửa thành `{ $name }`
lsp-waive = Miễn trừ { $rule } cho { $record }
lsp-hover-source = Căn cứ: { $source }
lsp-hover-checked = Đã đối chiếu với căn cứ ngày { $date }
lsp-hover-in-force = Có hiệu lực { $window }
lsp-hover-judges = Đánh giá từng `{ $var }` trong `{ $collection }`
lsp-hover-extended = Được mở rộng tại { $place }, thêm `{ $members }`
lsp-hover-disabled = **Bị tắt** tại { $place }
lsp-hover-replaced = **Được thay thế** tại { $place }
lsp-detail-list-of = một danh sách, như trường của phương án
lsp-detail-set-of = một tập giá trị, như tham số hoặc bảng
lsp-detail-collection = tập hợp các bản ghi { $record }
lsp-detail-record = một bản ghi của `{ $collection }`
lsp-detail-type = kiểu dữ liệu
lsp-detail-enumeration = kiểu liệt kê
lsp-detail-rule = quy tắc của { $file }
lsp-detail-percent = một tỷ lệ hiển thị dưới dạng phần trăm
lsp-detail-percent-decimal = một tỷ lệ hiển thị dưới dạng phần trăm, với một chữ số thập phân
lsp-detail-as-percent = hiển thị một tỷ lệ dưới dạng phần trăm
lsp-detail-when = một điều kiện
lsp-detail-otherwise = áp dụng khi điều kiện không đúng
lsp-detail-severity = mức độ
lsp-detail-keyword = từ khóa
lsp-detail-clause = mệnh đề
lsp-detail-declaration = khai báo
lsp-detail-constant = hằng số
lsp-detail-parameter = tham số
lsp-detail-table = bảng
lsp-detail-header = phần đầu của phương án: { $record }
lsp-detail-function = hàm
lsp-detail-aggregate = hàm tổng hợp
lsp-symbol-replaces = { $title } (thay thế quy tắc được bao gồm)
lsp-symbol-replaces-why = { $title } (thay thế quy tắc được bao gồm: { $reason })
lsp-symbol-disabled = bị tắt: { $reason }
## Lời của chính dòng lệnh: --help, trang man, lỗi phân tích đối số của clap (src/cli/help_text.rs,
## src/cli/clap_error.rs, src/cli/man_page.rs). Tên tùy chọn, tên giá trị (FILE, PATH, N) và
## các giá trị (`human`, `error`) giữ nguyên: người dùng gõ chúng như vậy.

cli-help-about = Kiểm tra phương án nhân sự theo các quy tắc bố trí cán bộ
cli-help-lang = Ngôn ngữ staffcheck dùng để thông báo: `vi` hoặc `en` [mặc định: theo LC_ALL, LC_MESSAGES hoặc LANG (giá trị bắt đầu bằng `vi` là tiếng Việt), nếu không có thì tiếng Anh]
cli-help-print-help = In hướng dẫn
cli-help-print-help-more = In hướng dẫn (xem đầy đủ bằng '--help')
cli-help-print-help-summary = In hướng dẫn (xem bản tóm tắt bằng '-h')
cli-help-print-version = In số phiên bản
cli-help-help = In hướng dẫn này, hoặc hướng dẫn của lệnh con được chỉ ra
cli-help-help-subcommand = In hướng dẫn của lệnh con
cli-help-usage = Cách dùng
cli-help-commands = Lệnh
cli-help-arguments = Đối số
cli-help-options = Tùy chọn
cli-help-limits = Giới hạn
cli-help-default = mặc định
cli-help-possible-values = các giá trị
cli-help-possible-values-heading = Các giá trị:
cli-help-check = Kiểm tra phương án theo các quy tắc (bộ quy tắc có sẵn, trừ khi có --rules)
cli-help-schema = In lược đồ JSON (JSON Schema) của định dạng phương án, cho trình soạn thảo kiểm tra tệp YAML
cli-help-test = Chạy các ca kiểm thử quy tắc (`*.test.yaml`): các phương án và kết quả kiểm tra mỗi phương án phải cho ra
cli-help-explain = Giải thích một quy tắc (thời gian có hiệu lực, tham số, nội dung và một ví dụ) hoặc một mã thông báo (SC0101)
cli-help-rules = Liệt kê các quy tắc: dạng bảng, JSON, hoặc Markdown của docs/rules.md
cli-help-lint = Rà soát tệp quy tắc để tìm các sai sót mà việc nạp quy tắc bỏ qua: tham số không được dùng, quy tắc đã hết hiệu lực
cli-help-fmt = Viết lại tệp quy tắc (`*.rules`) theo bố cục chuẩn; với `--check`, chỉ hiển thị phần khác biệt
cli-help-convert = Chuyển một phương án từ YAML sang bảng tính (.xlsx) hoặc ngược lại, theo tên các tệp
cli-help-lsp = Cung cấp Language Server Protocol qua stdin và stdout cho trình soạn thảo: thông báo, định dạng và dàn ý của tệp quy tắc, kết quả kiểm tra phương án với cách khắc phục là ghi miễn trừ
cli-help-template = Tạo bảng tính (.xlsx) trống theo định dạng phương án: mỗi phần một trang tính, một hàng tiêu đề có ghi chú, danh sách chọn cho các giá trị liệt kê và tham chiếu; điền vào rồi kiểm tra bằng `check`
cli-help-completions = In tập lệnh tự hoàn thành (completion) cho shell
cli-help-man = In trang hướng dẫn man dạng roff: của staffcheck, hoặc của một lệnh con
cli-help-check-plans = Tệp phương án (YAML hoặc bảng tính), thư mục (mọi tệp *.yaml, *.yml, *.xlsx, *.ods và *.xls trong đó, trừ tệp ẩn và tệp bị .gitignore hoặc .ignore bỏ qua) hoặc mẫu tên tệp đặt trong dấu nháy ('plans/{"{"}a,b{"}"}/**/*.yaml') cần kiểm tra; `-` đọc phương án từ stdin
cli-help-config = Đọc các giá trị mặc định từ FILE thay cho `staffcheck.toml` ở thư mục này hoặc thư mục cha gần nhất
cli-help-no-config = Không đọc `staffcheck.toml`: chỉ tính các tùy chọn trên dòng lệnh
cli-help-stdin-filename = Tên của phương án đọc từ stdin (`-`) trong các thông báo và báo cáo
cli-help-check-rules = Tệp hoặc thư mục quy tắc dùng thay cho bộ quy tắc có sẵn (ghi được nhiều lần)
cli-help-check-date = Đánh giá phương án theo ngày này (YYYY-MM-DD) thay cho ngày `date` của chính phương án
cli-help-param = Thay giá trị một tham số của bộ quy tắc, cho mọi ngày (ghi được nhiều lần); một tập hợp ghi các phần tử cách nhau bởi dấu phẩy (`key_posts_from=party_secretary,council_chair`)
cli-help-color = Khi nào tô màu kết quả
cli-help-width = Độ rộng (số cột) khi trình bày thông báo
cli-help-format = Định dạng kết quả; `FORMAT=FILE` ghi định dạng đó vào FILE (ghi được nhiều lần: nhiều định dạng cùng lúc)
cli-help-output = Ghi định dạng không có tệp riêng vào FILE thay cho stdout
cli-help-explain-flag = Sau mỗi kết quả kiểm tra ở định dạng `human`, cho biết quy tắc đã quyết định thế nào (các điều kiện và giá trị chúng xét, được đánh dấu trong phương án) và mã nguồn của quy tắc: dành cho người soạn quy tắc
cli-help-fail-on = Mức độ nhẹ nhất của kết quả kiểm tra làm mã thoát là 1
cli-help-baseline = Báo cáo JSON (`--format json`) của một lần chạy trước: chỉ những kết quả kiểm tra không có trong báo cáo đó được báo và được tính vào mã thoát; những kết quả có trong đó mà nay không còn được liệt kê là đã khắc phục. Kết quả được đối chiếu theo tệp phương án và dấu vân tay (fingerprint), không theo dòng
cli-help-threads = Số luồng dùng để kiểm tra (0: mỗi lõi một luồng). Kết quả như nhau với mọi số luồng
cli-help-max-diagnostics = Hiển thị tối đa N thông báo cho mỗi phương án ở các định dạng `human`, `plain`, `github` và `markdown` (kể cả lỗi đọc phương án); một dòng cho biết số còn lại
cli-help-max-file-bytes = Từ chối tệp phương án lớn hơn mức này
cli-help-max-depth = Từ chối phương án có danh sách và nhóm `khóa: giá trị` lồng nhau nhiều cấp hơn mức này
cli-help-max-nodes = Từ chối phương án có nhiều nút YAML (giá trị, danh sách, nhóm `khóa: giá trị`) hơn mức này
cli-help-max-alias-nodes = Từ chối phương án có các bí danh (`*name`) thay cho tổng cộng nhiều nút hơn mức này
cli-help-max-scalar-bytes = Từ chối phương án có một giá trị dài hơn mức này
cli-help-format-human = thông báo kèm các dòng của phương án, cho người đọc (mặc định)
cli-help-format-plain = mỗi kết quả kiểm tra một dòng: file:line:col: severity[RULE]: message
cli-help-format-json = văn bản JSON có số phiên bản (docs/report.schema.json)
cli-help-format-sarif = SARIF 2.1.0, cho GitHub code scanning và các trình xem SARIF khác
cli-help-format-junit = JUnit XML: mỗi phương án một bộ kiểm thử, mỗi quy tắc một ca kiểm thử
cli-help-format-github = lệnh workflow của GitHub Actions, ghi chú vào các tệp
cli-help-format-html = một trang độc lập dành cho cán bộ, công chức
cli-help-format-markdown = bản tóm tắt Markdown cho $GITHUB_STEP_SUMMARY và bình luận của pull request
cli-help-fail-on-error = Mã thoát 1 khi có lỗi (mặc định)
cli-help-fail-on-warning = Mã thoát 1 khi có cảnh báo hoặc lỗi
cli-help-fail-on-info = Mã thoát 1 khi có bất kỳ kết quả kiểm tra nào, kể cả ghi chú
cli-help-fail-on-never = Không trả mã thoát 1 vì kết quả kiểm tra (phương án không đọc được vẫn cho mã thoát 2)
cli-help-convert-input = Phương án cần chuyển: YAML (`.yaml`, `.yml`) hoặc bảng tính (`.xlsx`, `.ods`, `.xls`)
cli-help-convert-output = Nơi ghi kết quả: bảng tính (`.xlsx`) cho phương án YAML, YAML cho bảng tính
cli-help-convert-rules = Tệp hoặc thư mục quy tắc có lược đồ dữ liệu mà phương án tuân theo, thay cho lược đồ có sẵn
cli-help-template-output = Nơi ghi bảng tính (`.xlsx`); tệp đã có sẽ bị thay thế
cli-help-template-rules = Tệp hoặc thư mục quy tắc có lược đồ dữ liệu mà bảng tính tuân theo, thay cho lược đồ có sẵn
cli-help-schema-rules = Tệp hoặc thư mục quy tắc có lược đồ dữ liệu cần mô tả, thay cho lược đồ có sẵn
cli-help-test-paths = Tệp kiểm thử (`*.test.yaml`), thư mục (mọi tệp `*.test.yaml` trong đó, trừ tệp ẩn và tệp bị bỏ qua) hoặc mẫu tên tệp đặt trong dấu nháy
cli-help-test-rules = Tệp hoặc thư mục quy tắc cần kiểm thử, thay cho `rules:` của từng tệp kiểm thử (hoặc các tệp `*.rules` bên cạnh nó, hoặc bộ quy tắc có sẵn)
cli-help-coverage = Liệt kê các quy tắc chưa có ca kiểm thử nào chờ đợi kết quả kiểm tra của chúng
cli-help-min-coverage = Báo không đạt khi dưới PCT phần trăm số quy tắc có ca kiểm thử chờ đợi kết quả kiểm tra của chúng
cli-help-coverage-include-included = Khi tính độ bao phủ, tính cả các quy tắc mà tệp quy tắc được kiểm thử nạp vào (`include "<builtin>"`), ngoài các quy tắc chúng định nghĩa
cli-help-explain-id = Mã quy tắc (VICE-CAP) hoặc mã thông báo (SC0201)
cli-help-explain-rules = Tệp hoặc thư mục quy tắc để tìm, thay cho bộ quy tắc có sẵn
cli-help-explain-width = Độ rộng (số cột) khi trình bày thông báo của ví dụ
cli-help-rules-rules = Tệp hoặc thư mục quy tắc cần liệt kê, thay cho bộ quy tắc có sẵn
cli-help-rules-format = Cách liệt kê
cli-help-lint-rules = Tệp hoặc thư mục quy tắc cần rà soát, thay cho bộ quy tắc có sẵn
cli-help-lint-since = Cảnh báo các quy tắc hết hiệu lực trước ngày này (mặc định 2025-07-01, ngày bắt đầu tổ chức chính quyền địa phương hai cấp)
cli-help-fmt-paths = Tệp quy tắc, thư mục (mọi tệp `*.rules` trong đó, trừ tệp ẩn và tệp bị bỏ qua) hoặc mẫu tên tệp đặt trong dấu nháy
cli-help-fmt-check = Không thay đổi gì: hiển thị phần khác biệt của mỗi tệp chưa đúng bố cục và thoát với mã 1 nếu có
cli-help-shell = Shell cần tự hoàn thành
cli-help-man-command = Lệnh con cần in trang hướng dẫn (`check`); bỏ trống thì in trang của staffcheck
cli-help-man-manual = Hướng dẫn sử dụng staffcheck
cli-help-man-name = TÊN
cli-help-man-synopsis = CÚ PHÁP
cli-help-man-description = MÔ TẢ
cli-help-man-options = TÙY CHỌN
cli-help-man-version = PHIÊN BẢN
cli-help-man-exit-status = MÃ THOÁT
cli-help-man-environment = BIẾN MÔI TRƯỜNG
cli-help-man-examples = VÍ DỤ
cli-help-man-exit-0 = Không có kết quả kiểm tra nào ở mức `--fail-on` trở lên (mặc định: không có lỗi).
cli-help-man-exit-1 = Có ít nhất một kết quả kiểm tra ở mức `--fail-on` trở lên; với `fmt --check`, có tệp chưa đúng bố cục; với `test`, có ca kiểm thử không đạt.
cli-help-man-exit-2 = Đối số dòng lệnh không hợp lệ, tệp quy tắc hoặc phương án không đọc hoặc nạp được, hoặc không ghi được kết quả (vào tệp hoặc stdout). Chương trình đọc kết quả đóng đường ống sớm không phải là lỗi.
cli-help-man-exit-70 = Bản thân staffcheck gặp lỗi (lỗi phần mềm); staffcheck báo điều đó trên stderr và đề nghị gửi báo cáo lỗi.
cli-help-man-no-color = Khi được đặt và không rỗng, `--color auto` (mặc định) không tô màu kết quả.
cli-help-man-example-check = Kiểm tra một phương án theo bộ quy tắc có sẵn:
cli-help-man-example-check-github = Kiểm tra mọi phương án trong một thư mục, ghi chú vào lần chạy GitHub Actions và ghi SARIF cho code scanning:
cli-help-man-example-check-date = Đánh giá các phương án theo một ngày, báo không đạt cả khi chỉ có cảnh báo:
cli-help-man-example-test = Chạy các ca kiểm thử quy tắc trong rules/, liệt kê các quy tắc chưa có ca kiểm thử:
cli-help-man-example-fmt = Xem các tệp quy tắc sẽ được định dạng lại thế nào, không thay đổi gì:
cli-help-man-example-explain = Giải thích một quy tắc, rồi một mã thông báo:
cli-help-man-example-rules = Ghi danh mục quy tắc dạng Markdown:
cli-help-man-example-lint = Rà soát một bộ quy tắc tìm tham số không được dùng:
cli-help-man-example-schema = Ghi lược đồ phương án cho trình soạn thảo:
cli-help-man-example-completions = Cài đặt tự hoàn thành cho bash:
cli-help-man-example-man = Ghi trang hướng dẫn của `check`:
cli-clap-error = lỗi
cli-clap-tip = gợi ý
cli-clap-more = Xem thêm: '{ $flag }'.
cli-clap-unknown = đối số '{ $arg }' không hợp lệ
cli-clap-unknown-command = không có lệnh '{ $name }'
cli-clap-no-value = '{ $arg }' cần một giá trị nhưng chưa được ghi giá trị nào
cli-clap-invalid-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
cli-clap-possible-values = các giá trị: { $values }
cli-clap-missing = thiếu các đối số bắt buộc sau:
cli-clap-missing-command = '{ $name }' cần một lệnh con nhưng chưa có lệnh con nào
cli-clap-commands = các lệnh con: { $names }
cli-clap-repeated = đối số '{ $arg }' chỉ được ghi một lần
cli-clap-conflict = đối số '{ $arg }' không dùng được cùng với { $others }
cli-clap-no-equals = cần dấu bằng khi gán giá trị cho '{ $arg }'
cli-clap-too-many = giá trị '{ $value }' của '{ $arg }' là thừa: không cần thêm giá trị nào
cli-clap-values-count = '{ $arg }' cần { $wanted } giá trị; đã ghi { $given }
cli-clap-utf8 = có đối số không phải văn bản UTF-8 hợp lệ
cli-clap-other = (thông báo gốc bằng tiếng Anh: “{ $why }”)
cli-clap-quoted = (thông báo gốc bằng tiếng Anh: “{ $why }”)
cli-clap-similar-command = có lệnh tương tự: { $names }
cli-clap-similar-arg = có đối số tương tự: { $names }
cli-clap-similar-value = có giá trị tương tự: { $names }
cli-clap-tip-escape = để dùng '{ $value }' làm giá trị, hãy viết '{ $written }'
cli-clap-tip-double-dash = có lệnh con '{ $name }'; muốn dùng lệnh này, hãy bỏ '--' ở trước
cli-clap-reason-digits = chỉ được gồm các chữ số
cli-clap-reason-empty = giá trị rỗng
cli-clap-reason-large = số quá lớn
cli-clap-reason-small = số quá nhỏ
cli-clap-reason-number = không phải là số
toml-reason-unclosed-table = tên mục phải có dấu `]` đóng lại: `[check]`
toml-reason-unquoted = giá trị văn bản phải đặt trong dấu nháy: `fail-on = "warning"`
toml-reason-duplicate-key = khóa này được ghi hai lần: chỉ giữ một
toml-reason-no-equals = mỗi thiết lập gồm khóa, dấu `=` và giá trị: `width = 100`
toml-reason-unclosed-string = giá trị văn bản phải có dấu `"` đóng lại trên cùng dòng
toml-reason-unclosed-array = danh sách phải có dấu `]` đóng lại: `rules = ["rules/"]`
toml-reason-comma = các giá trị của danh sách cách nhau bởi dấu phẩy: `["a", "b"]`
toml-reason-key = khóa là một từ gồm chữ cái, chữ số, `-` và `_`: `fail-on`
toml-reason-other = bộ đọc TOML dừng tại đây (thông báo gốc bằng tiếng Anh: “{ $why }”)
json-reason-value = chỗ này phải là một giá trị JSON (báo cáo JSON bắt đầu bằng `{"{"}`)
json-reason-eof-object = tệp kết thúc khi một đối tượng chưa được đóng bằng `{"}"}`: tệp bị cắt cụt
json-reason-eof-list = tệp kết thúc khi một danh sách chưa được đóng bằng `]`: tệp bị cắt cụt
json-reason-eof-string = tệp kết thúc giữa một chuỗi văn bản: thiếu dấu `"` đóng lại
json-reason-eof-value = tệp kết thúc ở chỗ phải có một giá trị: tệp bị cắt cụt
json-reason-trailing-comma = có dấu phẩy trước `{"}"}` hoặc `]`, JSON không cho phép
json-reason-trailing-characters = còn nội dung sau khi văn bản JSON đã kết thúc
json-reason-colon = sau khóa phải có dấu `:`
json-reason-comma-object = thiếu dấu `,` hoặc `{"}"}` sau một giá trị
json-reason-comma-list = thiếu dấu `,` hoặc `]` sau một giá trị của danh sách
json-reason-key = khóa phải đặt trong dấu nháy kép: `"version"`
json-reason-missing-field = thiếu trường `{ $field }`
json-reason-other = (thông báo gốc bằng tiếng Anh: “{ $why }”)
toml-reason-extra-comma = danh sách có hai dấu phẩy liền nhau: ghi một giá trị vào giữa, hoặc bỏ bớt một dấu
toml-reason-line-end = mỗi dòng một thiết lập: sau giá trị hoặc tên mục chỉ được có chú thích bắt đầu bằng `#`
