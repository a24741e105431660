# staffcheck's texts for people, in English. Its twin is vi.ftl: the same message ids with
# the same variables (src/i18n.rs tests it). Machine fields (rule ids, SC codes, keys, JSON
# property names) never come from here. Ids are kebab-case, grouped by where they are said.
# Isolation marks are off: a variable is placed as it is.

## Severities and counts (summaries, headings)

count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-notes = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
count-not-judged = { $n } not judged
count-waived = { $n } waived
# `2 errors, 1 warning, 0 notes in plan.yaml`
summary-totals = { $counts } in { $plan }
# Followed by the totals on the same line.
summary-load-errors = { $n ->
    [one] 1 load error; the rest of the plan was checked:
   *[other] { $n } load errors; the rest of the plan was checked:
}
plan-not-loaded = { $file } could not be loaded: { $n ->
    [one] 1 error
   *[other] { $n } errors
}; it was not checked
not-shown = ... and { $rest } more { $what } not shown (raise --max-diagnostics, now { $max }, to see them)
what-load-errors = load errors
what-findings = findings
what-errors = errors
what-diagnostics = diagnostics
waived-heading = waived ({ $n }):

## A finding's help: the framing of each line

help-why = why: { $text }
help-fix = fix: { $text }
help-source = source: { $text }
# The words miette writes itself in the terminal: before a diagnostic's help, and before
# a related diagnostic by its severity (src/report/format/miette_words.rs).
miette-help = help
miette-error = Error
miette-warning = Warning
miette-advice = Advice
help-why-not-judged = why not judged: { $text }
severity-undecided = the rule's severity could not be decided: its condition `{ $condition }` has no value for this record, so the finding is reported as the severer: { $severity }
advice-rule = rule `{ $id }`: { $title }
advice-condition-failed = the condition that failed
advice-rule-reports = the rule that reports this
advice-condition-undecided = the condition that could not be decided

## Records a rule could not judge (src/report/not_judged.rs)

not-judged-message = not judged: { $reason }
not-judged-message-more = not judged: { $reason } (and { $more } more)
not-judged-label = not judged: { $title }
not-judged-label-refused = `{ $path }` was refused at load
not-judged-label-left-out = `{ $path }` is left out
not-judged-fix = give the missing value, or say in the rule what its absence means (`?? default`, or a `where ... is defined` guard)
missing-param = parameter `{ $name }` has no value on { $date }: { $windows }
windows-end-and-begin = its values end on { $ended } and begin again on { $begins }
windows-end = its values end on { $ended }
windows-begin = its values begin on { $begins }
windows-none = it has no values
missing-row = table `{ $table }` has no row for ({ $arguments }) and no `otherwise`
missing-refused = `{ $path }`: its value at { $at } was refused at load
missing-required = `{ $path }` is left out, but the field is required (a load error)
missing-optional = `{ $path }` is left out (the field is optional and has no default)
missing-not-a-field = `{ $path }` is a record of `{ $collection }`, which has no field `{ $field }`
missing-header = the plan has no header section (`plan:`)
missing-result = `{ $expression }` has no value: { $why }
missing-table-result = a value computed in a table has none: { $why }
no-result-division-by-zero = a division by zero
no-result-out-of-range = the result is out of range
no-result-not-comparable = its values cannot be compared
no-result-nothing-counted = no record is counted in it
no-result-for-operands = it has no value for these operands

## Checking a plan (src/check.rs)

no-date = the plan has no date to judge it at
no-date-label = here
no-date-help = give the plan a `date:` in its `plan:` section, or pass --date YYYY-MM-DD

## plan loading (src/plan/yaml.rs, src/plan/build.rs): SC03xx

# `field` is a field's name in backticks (in Vietnamese with its label); `name` a name as
# the plan or the schema writes it. What a YAML node is, in `found`:
load-not-utf8 = the plan is not UTF-8 text: byte { $at } ({ $byte }) is not
load-not-utf8-label = not UTF-8
load-not-utf8-help = save the file as UTF-8; spreadsheets often export another encoding (Windows-1258, TCVN3)
load-kind-scalar = a single value
load-kind-list = a list
load-kind-mapping = a mapping
load-yaml = the plan is not valid YAML: { $reason }
load-yaml-label = here
load-yaml-help-anchor = define the anchor (`&name`) on a value before an alias (`*name`) refers to it
load-yaml-help-tab = indent with spaces: YAML does not allow tabs in indentation
load-yaml-help = check the indentation (spaces, not tabs) and the quoting around this point
yaml-reason-mapping-key = a line here is not indented like the other keys of its group
yaml-reason-list-item = a line here is not indented like the items of its list, which start with `-`
yaml-reason-colon = a `: ` here would start a key where a value belongs
yaml-reason-dash = a `-` here starts a list item on the line of its key
yaml-reason-braces = a `{"{"} … {"}"}` group is not closed, or its items are not separated by commas
yaml-reason-brackets = a `[ … ]` list is not closed, or its items are not separated by commas
yaml-reason-unclosed-quote = a quoted text starts here and is never closed
yaml-reason-after-quote = text follows a closing quote on the same line
yaml-reason-escape = a `\` in a double-quoted text starts an escape YAML does not know
yaml-reason-tab = a tab is used for indentation
yaml-reason-no-value = a value is missing here
yaml-reason-indentation = a line continuing a `[ … ]` or `{"{"} … {"}"}` is indented less than the field it belongs to
yaml-reason-unknown-anchor = an alias (`*name`) refers to an anchor that is not defined
yaml-reason-other = the YAML reader stopped here (its words: “{ $info }”)
yaml-help-quote = put the value in double quotes when it holds `: ` or ` #` (`title: "Phương án: đợt 1"`)
yaml-help-colon = if this line belongs to the group above, indent it like its neighbours; if the value holds `: `, put it in double quotes (`title: "Phương án: đợt 1"`)
yaml-help-dash = start each list item on a line of its own, below its key and indented (`formed_from:`, then `  - Phường An`), or write the list as `[Phường An, Phường Bình]`
yaml-help-indentation = indent the continued line more than the field's name, or keep the whole list on one line
yaml-help-braces = close the group with `{"}"}` on the same line, and separate its items with commas
yaml-help-brackets = close the list with `]`, and separate its items with commas
yaml-help-unclosed-quote = add the closing quote at the end of the value
yaml-help-escape = write `\\` for a backslash, or put the value in single quotes
load-two-documents = the plan file holds more than one YAML document
load-two-documents-label = a second document starts here
load-two-documents-help = put one plan in each file; remove this `---` and what follows, or move it to another file
load-no-anchor = this alias refers to no anchor
load-no-anchor-label = undefined alias
load-no-anchor-help = define the anchor (`&name`) before using it (`*name`)
load-alias-nodes = aliases expand to more than { $max } nodes
load-alias-nodes-label = expansion limit reached here
load-alias-nodes-help = a plan should not need so many aliases; write the values out, or raise the limit with --max-alias-nodes
load-alias-depth = this alias nests the plan deeper than { $max } levels
load-too-deep-label = too deep
load-alias-depth-help = a plan needs a few levels; write the values out, or raise the limit with --max-depth
load-scalar-bytes = a value of { $bytes } bytes is longer than the limit of { $max }
load-scalar-bytes-label = too long
load-scalar-bytes-help = shorten the value, or raise the limit with --max-scalar-bytes
load-depth = the plan nests deeper than { $max } levels
load-depth-help = a plan needs a few levels; check the indentation, or raise the limit with --max-depth
load-no-value = this key has no value
load-no-value-label = no value
load-no-value-help = write `key: value`
load-nodes = the plan has more than { $max } YAML nodes
load-nodes-label = limit reached here
load-nodes-help = split the plan, or raise the limit with --max-nodes
load-root = a plan is a mapping of sections (`plan:`, `units:`, ...), but this file holds { $found }
load-root-label = expected `plan:`, `provinces:`, `units:`, `people:`, `posts:`, `functions:`
load-root-help = start the file with `plan:` and its fields; see examples/haiphong-2025.yaml
load-empty = the plan file is empty
load-empty-label = nothing here
load-empty-help = a plan starts with `plan:` and its fields; see examples/haiphong-2025.yaml
load-duplicate-key = the key `{ $name }` appears twice in one mapping
load-repeated-label = repeated here
load-first-label = first here
load-duplicate-key-help = keep one of them; YAML does not allow a key twice
load-merge = a merge key `<<` needs a mapping or an alias of one
load-merge-label = not a mapping
load-merge-help = write `<<: *anchor` where `&anchor` marks a mapping
load-section-mapping = `{ $name }` must be a mapping of fields, but it is { $found }
load-section-list = `{ $name }` must be a list of records (lines starting with `- `), but it is { $found }
load-section-label = wrong shape
load-section-help = see examples/haiphong-2025.yaml for the shape of each section
load-single-list = `{ $name }` must be a mapping of fields, not a list
load-single-list-label = a list here
load-single-list-help = write `{ $name }:` followed by indented `field: value` lines
load-unknown-section = unknown section `{ $name }`{ $hint }
load-unknown-section-label = not a section of the schema
load-unknown-section-help = a plan's sections are { $sections }; a rule file can declare more
load-not-record = each entry of `{ $name }` must be a mapping of fields, but this is { $found }
load-not-record-label = not a record
load-not-record-help = write the record's fields as indented `field: value` lines
load-unknown-field = unknown field `{ $name }` in { $record } `{ $label }`{ $hint }
load-unknown-field-label = not a field of the schema
load-unknown-field-help = the fields of { $record } are { $fields }; a rule file can declare more with `extend collection`
load-missing = { $record } `{ $label }` lacks the required { $n ->
    [one] field
   *[other] fields
} { $fields }
load-missing-label = in this record
load-missing-help = add { $fields } to this record
load-missing-help-left-out = add { $fields } to this record; until then the record is left out of the check
load-duplicate-record = two { $record } records have the { $key } `{ $value }`
load-duplicate-record-label = second record with this key
load-duplicate-record-first = first record with this key
load-duplicate-record-help = each { $key } identifies one record: give this one its own { $key }, or remove the duplicate; until then this one is left out of the check
load-wrong-type = { $field } must be { $expected }, but it is { $found }
load-bad-value = { $field } must be { $expected }, found `{ $text }`
load-wrong-type-label = wrong type
load-wrong-type-help = the schema declares `{ $name }` as { $type }
load-expected-integer = a whole number
load-expected-number = a number
load-expected-boolean = `true` or `false`
load-expected-reference = a { $type } reference (its key, as text)
load-expected-list = a list
load-expected-list-written = a list (`[a, b]` or lines starting with `- `)
load-expected-single = a single { $type } value
load-not-in-calendar = { $field } is `{ $text }`, which is not a date in the calendar
load-not-a-date = { $field } must be a date (YYYY-MM-DD), found `{ $text }`
load-not-a-date-label = not a date
load-not-a-date-help = write the date as YYYY-MM-DD, with a month from 01 to 12 and a day that month has
load-not-in-enum = { $field } cannot be `{ $text }`{ $hint }
load-not-in-enum-label = not an allowed value
load-not-in-enum-help = { $field } is one of { $values }
load-out-of-bounds = { $field } is { $value }, but it must be { $op ->
    [eq] exactly
    [ne] anything but
    [lt] less than
    [le] at most
    [gt] more than
   *[ge] at least
} { $bound }
load-out-of-bounds-label = out of bounds
load-out-of-bounds-help = the schema declares `{ $name }: ... { $symbol } { $bound }`
load-no-header = the plan has no `{ $name }` section
load-no-header-label = expected here or below
load-no-header-help = start the plan with `{ $name }:` and its fields (id, title, date, ...)
load-dangling = { $field } refers to `{ $key }`, which is not { $targets }{ $hint }
# One record a reference may name: "a Person `id`".
load-dangling-target = a { $record } `{ $key }`
load-or = { $first } or { $second }
load-dangling-label = refers to nothing
load-dangling-help = add the record it refers to, or correct the reference

## workbook (src/plan/workbook/): SC0311

wb-hidden-sheet = the sheet `{ $sheet }` is hidden
wb-hidden-sheet-label = in a hidden sheet
wb-hidden-sheet-help = show the sheet (right-click a sheet tab → Unhide) so that what is checked is what officials see, or delete it
wb-merged = cells { $from }:{ $to } of sheet `{ $sheet }` are merged
wb-merged-label = merged from here
wb-merged-help = unmerge the cells and write the value in each row it belongs to: a merged cell holds one value for one record
wb-hidden-row = row { $row } of sheet `{ $sheet }` is hidden
wb-hidden-row-label = a hidden row
wb-hidden-row-help = show the row (select the rows around it, right-click → Show Rows or Unhide) so that what is checked is what officials see, or delete it
wb-empty-row = row { $row } of sheet `{ $sheet }` is empty, but rows below it hold records
wb-empty-row-label = empty row
wb-empty-row-help = delete the empty rows between records: an empty row usually means what follows was pasted by mistake
wb-second-record = the sheet `{ $sheet }` holds one record, in row 2; this row is another
wb-second-record-label = a second record
wb-second-record-help = keep the plan's fields in row 2 only
wb-unnamed-column = column { $column } of sheet `{ $sheet }` has values but no field name in row 1
wb-unnamed-column-label = a value under no field
wb-unnamed-column-help = write the field's name in row 1 of this column, or delete the column
wb-unknown-column = unknown column `{ $name }` in sheet `{ $sheet }`{ $hint }
wb-duplicate-column = the column `{ $name }` appears twice in sheet `{ $sheet }`
wb-duplicate-column-help = keep one of the two columns: each field is one column
wb-error-value = the cell holds the error value { $value }
wb-error-value-label = an error value
wb-error-value-help = correct the formula or type the value
wb-formula = the cell holds a formula whose value was never saved
wb-formula-label = a formula without a value
wb-formula-help = open the workbook in a spreadsheet program and save it (which saves each formula's value), or type the value instead
wb-no-header-sheet = the workbook has no `{ $name }` sheet
wb-no-header-sheet-label = in this workbook
wb-no-header-sheet-help = add a sheet named `{ $name }` with the plan's fields in row 1 and their values in row 2 (its sheets are { $sheets }); `staffcheck convert plan.yaml -o plan.xlsx` writes a workbook laid out as expected
wb-too-many-cells = the workbook has more than { $max } cells with values (sheet `{ $sheet }`)
wb-long-cell = a cell of sheet `{ $sheet }` (row { $row }) holds { $bytes } bytes, more than the limit of { $max }
wb-password = the workbook is password-protected
wb-password-help = save a copy without a password (File → Properties or Save As, no password) and check that copy
wb-not-a-workbook = the file is not a workbook staffcheck can read: { $reason }
wb-not-a-workbook-help = save the plan from a spreadsheet program as .xlsx or .ods, or check that this is the file you meant

## Places and suggestions (src/source.rs, src/suggest.rs)

at-line = line { $line }
at-cell = cell { $cell }
# Follows a message directly: `...; did you mean `VICE-CAP`?`
did-you-mean = ; did you mean { $names }?
either-or = { $first } or { $last }

## Waivers (src/waiver.rs): SC0501 expired, SC0502 unmatched, SC0503 unknown rule

waiver-rule-disabled = the waiver names rule `{ $rule }`, which is disabled ({ $at }: { $reason }): it waives nothing
waiver-rule-disabled-label = a disabled rule
waiver-rule-disabled-help = remove the waiver while the rule is disabled; `staffcheck explain` of the rule shows the override
waiver-unknown-rule = the waiver names rule `{ $rule }`, which the rule set does not have{ $suggestion }
waiver-unknown-rule-label = no rule has this id
waiver-unknown-rule-help = write the id of a rule listed by `staffcheck rules`; this waiver waives nothing
waiver-expired = the waiver of `{ $rule }` for `{ $record }` expired on { $expires }, before the plan's date { $date }; { $n ->
    [0] it matches no finding now
    [one] the finding it covered is reported again
   *[other] the { $n } findings it covered are reported again
}
waiver-expired-at = the waiver of `{ $rule }` for `{ $record }` expired on { $expires }, before the plan's date { $date }; { $n ->
    [0] it matches no finding now
    [one] the finding it covered is reported again
   *[other] the { $n } findings it covered are reported again
} at { $places }
waiver-expired-label = expired
waiver-approved-by = approved by { $name }
waiver-expired-help = renew the waiver with a later `expires:` and a fresh approval, or fix the finding and remove the waiver
# `why` is one of the three below.
waiver-unmatched = the waiver of `{ $rule }` for `{ $record }` matches no finding: { $why }
waiver-no-record = `{ $collection }` has no record `{ $record }`{ $suggestion }
waiver-no-record-label = no record of `{ $collection }` is named this
waiver-no-record-help = `{ $rule }` judges `{ $collection }`: name one by its key (a unit's code, a person's id) or its path (`{ $collection }[0]`)
waiver-rule-not-in-force = `{ $rule }` is not in force on { $date }
waiver-rule-not-in-force-label = `{ $path }`{ $name } is not judged by `{ $rule }` on this date
waiver-rule-not-in-force-help = remove the waiver, or keep it for the dates the rule is in force (`staffcheck explain RULE` shows its window)
waiver-no-finding = `{ $path }`{ $name } breaks no `{ $rule }`
waiver-no-finding-label = no `{ $rule }` finding on this record
waiver-no-finding-help = the finding has been fixed, or was never there: remove the waiver
# A waived finding on one line: `VICE-CAP at plan.yaml:40:7 (units[0] "20194"): ` and then this.
waived-at = at { $place }
waived-line = waived until { $expires } by { $approver }: { $reason } (waiver at { $place })

## Words shared by the formats

severity-error = error
severity-warning = warning
severity-note = note
not-judged = not judged

## Why, in plain words (src/eval/plain.rs): the `why:` lines officials read

plain-fails = the condition is not met
plain-fail = do not meet it
plain-one-of = which is one of
plain-not-one-of = which is not one of
plain-bound-eq = required: exactly
plain-bound-ne = must differ from
plain-bound-lt = must be below
plain-bound-le = at most
plain-bound-gt = must be above
plain-bound-ge = at least
# `3 × Phó Chủ tịch UBND`: a count of posts, by their label.
plain-count = { $value } × { $label }
plain-value-is = the value is { $value }
plain-computed-from = { $value }, computed from: { $fields }
plain-field-is = the { $label } of { $owner } is { $value } ({ $line })
plain-field-counted = { $owner } names { $value } as { $label } ({ $line })
plain-and-more = and { $rest } more
at-row = row { $row }

## Why, in the rule's terms (src/eval/explain.rs): for drafters (`--explain`, JSON `why`, the HTML page's details)

why-terms-does-not-hold = `{ $source }` does not hold
why-terms-compare = `{ $left }` is `{ $value }`{ $counted }; the rule requires { $op } { $right }
why-terms-parameter = `{ $value }` (parameter `{ $name }`{ $window })
why-terms-which-is = `{ $expr }`, which is `{ $value }`
why-terms-none-found = (none found)
why-terms-in = `{ $item }` is `{ $value }`, which is one of { $set }
why-terms-not-in = `{ $item }` is `{ $value }`, which is not one of { $set }
why-terms-is = `{ $expr }` is `{ $value }`
why-terms-false-for = `{ $source }` is false for { $n ->
    [one] { $n } record
   *[other] { $n } records
}
why-terms-counted-in = counted in `{ $name }`
why-terms-and-more-label = (and { $rest } more)
# `posts at lines 88, 94`; `more` is empty or ` and 3 more`.
why-terms-at-lines = { $collection } at { $n ->
    [one] line
   *[other] lines
} { $lines }{ $more }
why-terms-at-rows = { $collection } at { $n ->
    [one] row
   *[other] rows
} { $lines }{ $more }
why-terms-and-more = and { $rest } more
why-terms-fails = fails
why-terms-from = from { $from }
why-terms-until = until { $until }
why-terms-op-eq = exactly
why-terms-op-ne = anything but
why-terms-op-lt = less than
why-terms-op-le = at most
why-terms-op-gt = more than
why-terms-op-ge = at least

## Reading a plan's file and the options of `check` (src/cli/check.rs, src/io_error.rs)

io-not-found = no such file
io-permission-denied = permission denied
io-not-utf8 = the file is not valid UTF-8 text
io-is-a-directory = it is a directory
check-plan-too-big = the plan { $name } has { $size } bytes, more than the limit of { $max }
check-plan-too-big-help = split the plan by province, check that this is the file you meant, or raise the limit with --max-file-bytes
check-cannot-read-plan = cannot read the plan { $name }: { $why }
check-cannot-read-plan-help = check the path
check-cannot-read-stdin = cannot read the plan from stdin: { $why }
check-cannot-read-stdin-help = pipe a YAML plan into staffcheck
check-stdin-too-big = the plan { $name } on stdin has more than { $max } bytes
check-stdin-too-big-help = check that this is the plan you meant, or raise the limit with --max-file-bytes
check-bad-date = `--date { $text }` is not a date
check-bad-date-help = write the date as YYYY-MM-DD, for example --date 2025-11-17
cannot-write-stdout = cannot write to stdout: { $why }
cannot-write-stdout-help = check the file or device stdout is redirected to (is the disk full?), or write the report to a file with --output FILE
# `staffcheck man COMMAND`: the pages themselves are clap's, in English.
man-no-command = there is no command `{ $name }`; the commands are { $commands }
man-cannot-render = cannot render the man page: { $why }
check-cannot-write-report = cannot write the { $format } report to { $path }: { $why }
check-cannot-write-report-help = check that the directory exists and can be written to

## Command-line arguments, and the files `convert`, `template` and `fmt` write

cli-no-plan-in-directory = the directory { $name } holds no plan (*.yaml, *.yml, *.xlsx, *.ods, *.xls) that is not hidden or ignored
cli-no-plan-matches = no plan matches the pattern `{ $pattern }`
cli-inputs-help = name plan files, directories of plans, or quoted patterns such as 'plans/{"{"}a,b{"}"}/*.yaml'
cli-cannot-read-path = cannot read { $name }: { $why }
# `why` is the pattern library's own words.
cli-bad-pattern = `{ $pattern }` is not a valid pattern: { $why }
cli-stdout = stdout
# Joins format names: `json` and `sarif`.
cli-and = {" "}and{" "}
cli-formats-same-place = { $names } would all be written to { $place }
cli-formats-same-place-help = name a file for all but one: --format { $example }=report.{ $example }
cli-output-unused = --output has no format to write: every --format names its own file
cli-output-unused-help = drop --output, or write one format as --format NAME with --output FILE
cli-formats-same-file = two formats would be written to { $file }
cli-formats-same-file-help = give each format its own file
cli-cannot-write = cannot write { $name }: { $why }
cli-cannot-write-help = check the directory and its permissions
cli-no-directory = the directory { $dir } does not exist
convert-not-loaded = { $input } could not be loaded: { $n ->
    [one] 1 error
   *[other] { $n } errors
}; nothing was written
convert-cannot-write-workbook = cannot write the workbook { $output }: { $why }
convert-bad-target = `{ $output }` names neither a workbook (.xlsx) nor a YAML file (.yaml)
convert-bad-target-help = name the output plan.xlsx to write a workbook, or plan.yaml to write YAML; a spreadsheet program saves .xlsx as .ods
convert-wrote = wrote { $output } from { $input }
template-bad-target = `{ $output }` does not name an .xlsx workbook
template-bad-target-help = name the output plan.xlsx; a spreadsheet program saves it as .ods if you need one
template-wrote = wrote { $output }: a sheet per section of the plan; fill in a row per record, then `staffcheck check { $output }`

## The stable SC codes (src/code.rs): what each means and what to do, for `staffcheck explain SC0101`, SARIF's and JSON's descriptors of codes

code-sc0101 = the rule file does not follow the grammar
code-sc0101-fix = fix the text at the place shown; grammar/README.md describes the language
code-sc0102 = a literal in a rule file is not valid: a date that does not exist, a number too large
code-sc0102-fix = write a real date as YYYY-MM-DD, or a smaller number
code-sc0103 = an `include` names a file that cannot be read
code-sc0103-fix = paths are relative to the including file; built-in files are `<builtin>/NAME.rules`
code-sc0104 = rule files include each other in a cycle
code-sc0104-fix = remove one of the includes; each file needs including only once
code-sc0201 = a name that is not declared: a field, collection, enumeration value, parameter or function
code-sc0201-fix = use the name the schema declares (the message suggests the closest), or declare it
code-sc0202 = two declarations of the same name, or two rules with the same id
code-sc0202-fix = rename or remove one of them
code-sc0203 = an expression's type does not fit where it is used
code-sc0203-fix = compare values of the same type; see the types in grammar/README.md
code-sc0204 = a declaration is incomplete or contradictory (a rule without `source`, overlapping parameter windows)
code-sc0204-fix = complete the declaration as the help says
code-sc0205 = a parameter that no rule or table reads
code-sc0205-fix = use it in a rule, or remove it
code-sc0206 = a rule whose `effective` window ended before the plans it could judge (by default, before the two-level system began on 2025-07-01)
code-sc0206-fix = remove the rule, or correct its `until` date
code-sc0207 = a text meant for people (a rule's title, message, fix or citation; a label of the schema) has no Vietnamese, so a report in Vietnamese shows the English (or, for an enumeration value without a label, its identifier)
code-sc0207-fix = write the Vietnamese after the English: `"English" vi "Tiếng Việt"` (grammar/README.md, "Texts in two languages")
code-sc0208 = a rule of an included file is disabled (`disable ID "why"`) or replaced (`replace rule ID ...` with a `reason "why"` clause) by another rule file: a note with the reason and the place, in every report, so that the override is never silent
code-sc0208-fix = nothing to do if the reason holds; `staffcheck explain ID` shows the rule and its override, `staffcheck rules` lists every override
code-sc0301 = the plan is not valid YAML
code-sc0301-fix = fix the YAML at the place shown
code-sc0302 = a plan's value has the wrong type for its field
code-sc0302-fix = write a value of the type the schema declares
code-sc0303 = a plan's value is outside a closed enumeration
code-sc0303-fix = use one of the values listed, or extend the enumeration in a rule file
code-sc0304 = a required field is missing from a plan's record
code-sc0304-fix = add the field, or declare it `optional` in the schema
code-sc0305 = a plan's record has a field the schema does not declare
code-sc0305-fix = correct its name, or declare it with `extend collection`
code-sc0306 = the same key twice in one YAML mapping
code-sc0306-fix = keep one of them
code-sc0307 = two records of a collection have the same key
code-sc0307-fix = give each record its own key
code-sc0308 = a reference to a record that does not exist
code-sc0308-fix = correct the reference, or add the record
code-sc0309 = a value outside the bounds its field declares
code-sc0309-fix = correct the value
code-sc0310 = the input exceeds a safety limit (size, depth, nodes, aliases)
code-sc0310-fix = split the plan, or check that this is the file you meant
code-sc0311 = a workbook plan is laid out in a way staffcheck does not read: a missing sheet, an unknown or repeated column, merged cells, hidden or empty rows between records, a formula with no saved value, a file that is not a workbook or is password-protected
code-sc0311-fix = fix the workbook at the cell shown; `staffcheck convert plan.yaml -o plan.xlsx` writes one laid out as expected
code-sc0401 = a file could not be read or written
code-sc0401-fix = check the path and its permissions
code-sc0402 = a command-line argument is not valid
code-sc0402-fix = see `staffcheck help` and the README's reference
code-sc0403 = a rule test file (`*.test.yaml`) does not follow its format
code-sc0403-fix = see docs/testing.md
code-sc0404 = a setting in `staffcheck.toml` is not valid: a key that is not an option, a value of the wrong type or one the option refuses
code-sc0404-fix = use the keys of `staffcheck check --help` (long flags without `--`) under `[check]` or `[test]`; see the README's Configuration section
code-sc0405 = the file given with `--baseline` (or `baseline` in `staffcheck.toml`) is not a JSON report of staffcheck (`--format json`) of the version this staffcheck writes
code-sc0405-fix = make the baseline with `staffcheck check PLANS --format json=baseline.json` on the earlier version of the plans (the target branch), with this staffcheck
code-sc0501 = a waiver in the plan's `waivers:` section expired before the plan's date, so the finding it covered is reported again
code-sc0501-fix = renew the waiver with a later `expires:` (and a fresh approval), or fix the finding and remove the waiver
code-sc0502 = a waiver in the plan's `waivers:` section matches no finding: the finding was fixed, the rule is not in force on the plan's date, or the record is named wrongly
code-sc0502-fix = remove the waiver, or name the record by its key (`"20194"`, `DN-0003`) or its path (`posts[12]`) as the finding reports it
code-sc0503 = a waiver in the plan's `waivers:` section names a rule the rule set does not have
code-sc0503-fix = use a rule id from `staffcheck rules` (the message suggests the closest)
# `staffcheck explain SC0301`: the line after the code's meaning.
explain-code-fix = what to do: { $fix }
# SARIF's descriptor of a code: its help text after the meaning, and the Markdown's last line.
sarif-code-help = The message says where; { $fix }.
sarif-code-explain = `staffcheck explain { $id }` describes the code.
# SARIF's notification for a plan that was not checked.
sarif-not-read = { $file } was not checked: it could not be read ({ $n ->
    [one] 1 error
   *[other] { $n } errors
})
sarif-not-loaded = { $file } was not checked: it could not be loaded ({ $n ->
    [one] 1 error
   *[other] { $n } errors
})

## `staffcheck explain RULE` and `staffcheck rules` (src/catalog.rs, src/cli/explain.rs): the framing around a rule's own texts

explain-severity = severity
explain-source = source
# The public text of the rule's source: a link.
explain-url = text
explain-checked = checked
explain-in-force = in force
explain-declared = declared
explain-fix = fix
explain-parameters = parameters:
explain-the-rule = the rule:
explain-no-example = no example plan: write a test that expects a finding of { $id } (docs/testing.md)
explain-example = an example that breaks it ({ $origin }):
explain-example-passes = the example ({ $origin }) no longer breaks it
explain-example-case = the test case "{ $name }", { $place }
explain-example-case-plan = the test case "{ $name }", { $place }, plan { $plan }
explain-unknown = there is no rule or code `{ $id }`{ $suggestion }
explain-unknown-help = `staffcheck rules` lists the rules; codes are written SC0101
explain-extended = constants extended:
rules-extended = `{ $constant }` extended with { $members } at { $place }; read by { $readers }
rules-extended-no-rule = no rule
# A parameter's value with no window.
param-any-date = at any date
rule-severity-error = error
rule-severity-warning = warning
rule-severity-info = info
rule-severity-when = { $when } when { $condition } otherwise { $otherwise }
rules-column-id = id
rules-column-severity = severity
rules-column-in-force = in force
rules-column-title = title
rules-md-title = The rules
rules-md-generated = Generated by `staffcheck rules --format markdown > docs/rules.md`; a test fails when it is stale. Edit the rule files, not this page.
rules-md-source-checked = source checked
rules-md-declared-in = declared in `{ $place }`
rules-md-parameter = parameter `{ $name }`
rules-md-explained = Explained, with an example that breaks it: `staffcheck explain { $id }`.

## `staffcheck.toml` (src/config.rs, src/cli/configured.rs): SC0404

config-cannot-read = cannot read the configuration { $name }: { $why }
config-cannot-read-help = name an existing file with --config, or pass --no-config
config-not-toml = the configuration is not valid TOML
config-not-toml-help = fix the TOML at the place shown; see https://toml.io
config-here = here
config-is-a-section = `{ $key }` is a section
config-is-a-section-help = write `[{ $key }]` on a line of its own, then its keys below it
config-outside-section = `{ $name }` is outside a section
config-outside-section-label = before any `[check]` or `[test]` line
config-outside-section-help = put `{ $name }` below a `[check]` line (or `[test]`): each setting belongs to the command it is for
config-unknown-section = unknown section `{ $name }`{ $suggestion }
config-unknown-section-label = not a section of staffcheck.toml
config-unknown-section-help = the sections are `[check]` and `[test]`
config-unknown-key = unknown key `{ $name }`{ $suggestion }
config-unknown-key-label = not an option of this command
config-unknown-key-help = the keys are the command's long flags without `--`: { $keys }
# `wanted` is one of config-wants-…, `found` one of config-found-….
config-wrong-type = `{ $key }` takes { $wanted }, not { $found }
config-wrong-type-label = { $wanted } expected
config-wrong-type-help = write it as `{ $key } = { $example }`
config-wants-text = text
config-wants-date = a date
config-wants-integer = a whole number
config-wants-number = a number
config-wants-flag = true or false
config-wants-path = a path, as text
config-wants-texts = a list of text
config-wants-paths = a list of paths
config-wants-formats = a list of formats
config-found-text = text
config-found-integer = an integer
config-found-decimal = a decimal
config-found-boolean = a boolean
config-found-datetime = a date or time
config-found-list = a list (or a list with something other than text in it)
config-found-table = a table
# `reason` is the command-line parser's, in English.
config-refused = the value of `{ $key }` is refused: { $reason }
config-refused-label = refused
config-possible-values = possible values: { $values }
config-see-help = see `staffcheck { $command } --help` for `--{ $key }`

## The baseline (src/report/baseline.rs): SC0405, and the findings fixed since it

baseline-cannot-read = cannot read the baseline { $name }: { $why }
baseline-help = the baseline is the JSON report of an earlier run: `staffcheck check PLANS --format json=baseline.json`
# `why` is the JSON reader's own reason, in English.
baseline-not-json = the baseline { $name } is not JSON: { $why }
baseline-not-a-report = the baseline { $name } is not a staffcheck JSON report: { $why }
baseline-version = the baseline { $name } is a version { $version } report; this staffcheck reads version { $reads }
baseline-version-label = this version
baseline-version-help = make the baseline again with this staffcheck
summary-baseline = { $unchanged } more unchanged since the baseline, { $fixed } fixed
sarif-fixed = fixed since the baseline: { $message }
baseline-fixed-heading = fixed since the baseline ({ $n }):
baseline-was-at = (was at line { $line })

## `--param NAME=VALUE` (src/param_override.rs)

param-form = `--param { $assignment }` needs the form NAME=VALUE
param-form-help = for example --param commune_vice_chair_cap=3
param-unknown = there is no parameter `{ $name }`{ $hint }
param-unknown-help = the rule set's parameters are { $names }
# `type` is the type as a rule file writes it (integer, decimal, set of Post).
param-bad-value = `{ $text }` is not a value of type { $type } for `{ $name }`{ $member }
param-bad-member = : `{ $member }` is not a { $type }{ $hint }
param-bad-value-help = `{ $name }` is declared as { $type }{ $example }
param-example-decimal = : write a number such as 0.15, or a percentage such as 15%
param-example-set = : write its members separated by commas, such as party_secretary,council_chair (nothing after `=` for an empty set)

## `staffcheck test` (src/cli/test.rs, src/ruletest/): the run, the differences of a failing case, coverage, test-file mistakes (SC0403)

test-running = running { $total ->
    [one] 1 test
   *[other] { $total } tests
} from { $files ->
    [one] 1 file
   *[other] { $files } files
}
test-ok = test { $title } ... ok
test-failed = test { $title } ... FAILED
test-failures = failures:
test-summary = { $passed } passed, { $failed } failed
test-file-unreadable = the test file could not be read: { $n ->
    [one] 1 error
   *[other] { $n } errors
}, shown on stderr
test-unknown-ids = the case names { $n ->
    [one] 1 rule id
   *[other] { $n } rule ids
} the rule set does not define, shown on stderr; it was not run
test-rules-not-loaded = the rules could not be loaded: { $n ->
    [one] 1 error
   *[other] { $n } errors
}, shown on stderr; the case was not run
test-plan-not-loaded = the plan could not be loaded:
test-plan-load-errors = the plan has load errors:
test-diff-heading = expected findings (-) and actual findings (+):
test-diff-none = (none)
test-diff-not-found = not found
test-diff-why = why: { $why }
# `percent` is written with one decimal (66.7).
test-coverage = coverage: { $covered } of { $n ->
    [one] 1 rule has
   *[other] { $n } rules have
} a test that expects a finding of them ({ $percent }%)
test-not-exercised = not exercised: { $id } ({ $place })
test-not-counted = not counted: { $n ->
    [one] 1 rule
   *[other] { $n } rules
} the tested files only include (--coverage-include-included counts them)
test-below-min = coverage { $percent }% is below --min-coverage { $min }%: add a case that expects a finding of each rule listed
test-files-help = name test files (`*.test.yaml`) or directories holding them
test-cannot-read = cannot read { $name }: { $why }
test-cannot-read-help = paths in a test file are relative to the test file
test-unknown-rule = `{ $id }` is not a rule of the rule set under test{ $hint }
test-unknown-rule-label = no rule has this id
test-unknown-rule-help = name a rule the tested rule files define or include; `staffcheck rules --rules PATH` lists them
test-file-here = here
test-what-rule-file = a rule file or directory
test-what-rule-id = a rule id
test-file-tests-not-a-list = `tests:` is a list of cases
test-file-tests-not-a-list-help = write each case as `- name: ...` under `tests:`
test-file-unknown-section = a test file has no section `{ $name }`
test-file-unknown-section-help = a test file has `rules:` (optional) and `tests:`
test-file-no-tests = this test file has no `tests:`
test-file-no-tests-help = add `tests:` with a list of cases; see docs/testing.md
# `what` is one of test-what-…; `found` what the YAML holds instead.
test-file-not-a-name = expected { $what }, found { $found }
test-file-not-a-name-help = write one name per list item
test-file-names-not-a-mapping = expected { $what } or a list of them, found a mapping
test-file-names-not-a-mapping-help = write a name, or a list `[A, B]`
test-file-case-not-a-mapping = a test case is a mapping, but this is { $found }
test-file-case-not-a-mapping-help = write `- name: ...` with `plan:` and `expect:` under it
test-file-bad-date = `date:` is not a date
test-file-bad-date-help = write the date as YYYY-MM-DD
test-file-unknown-field = a test case has no field `{ $name }`
test-file-unknown-field-help = a case has `name`, `plan`, `expect`, and optionally `date` and `only`
test-file-missing-field = this test case has no `{ $name }:`
test-file-missing-field-help = a case has `name`, `plan` and `expect` (`pass`, or a list of findings)
test-file-plan-a-list = `plan:` is a file name or a plan written out, not a list
test-file-plan-a-list-help = write `plan: fail.yaml`, or the plan's sections indented under `plan:`
test-file-bad-expect = `expect:` is `pass` or a list of findings
test-file-bad-expect-help = write `expect: pass`, or `- {"{"} rule: VICE-CAP, record: "20194" {"}"}` items
test-file-bad-expected-field = an expected finding has no field `{ $name }` of this kind
test-file-bad-expected-field-help = write `{"{"} rule: ID, record: KEY {"}"}`: the rule's id and the key or path (`units[0]`) of the record it judges
test-file-expected-no-rule = this expected finding names no rule
test-file-expected-no-rule-help = write `{"{"} rule: ID, record: KEY {"}"}`

## The HTML page (src/report/format/html/) and the terminal's group headings (src/report/groups.rs)

page-title = Staffing check: { $plan }
page-title-many = Staffing check: { $count } plans
page-checked-by = Checked by staffcheck { $version } against { $rules } rules.
page-rules-said = What loading the rules said
page-plans = Plans in this report
page-not-loaded = This plan could not be loaded ({ $count } errors). It was not checked.
page-not-read = This plan could not be read ({ $count } errors). It was not checked.
page-judged-as-of = judged as of
page-records = records
page-must-fix = To fix before the plan can be approved
page-must-fix-count = { $errors } must be fixed before this plan can be approved:
page-nothing-blocks = Nothing blocks approval
page-nothing-blocks-text = No rule in force is broken and the plan file reads without error.
page-to-review = Also to review:
page-nothing-to-review = Nothing else to review.
page-load-errors-heading = Errors in the plan file
page-load-errors-text = A value that could not be read counts as missing and a record that could not be read is left out; the rest of the plan was checked.
page-no-finding = No finding: every rule in force holds.
page-province-level = The province as a whole
page-across-units = People and the plan as a whole
page-clean-units = Units with no finding:
page-unit-code = code { $code }
page-line = { $file }, line { $line }
page-cell = { $file }, cell { $cell }
page-fix = What to do:
page-source = Source:
page-source-checked = checked { $date }
page-for-drafters = Details for rule drafters
page-rule-at = Rule { $rule } at { $place }
page-seen-at = seen at
page-in-rule-terms = in the rule's terms
page-why = Why:
page-and-more = and { $count } more
page-waived-heading = Waived findings
page-waived-text = Covered by the plan's waivers until they expire: not errors, listed for the record.
page-waived-finding = Finding
page-waived-until = Until
page-waived-by = Approved by
page-waived-reason = Reason
page-number = Page
page-badge-error = Error
page-badge-warning = Warning
page-badge-info = Note
page-badge-not-judged = Not judged
page-badge-load-error = Load error
page-and = and
page-count-load-errors = { $n ->
    [one] { $n } error in the plan file
   *[other] { $n } errors in the plan file
}
page-count-not-judged = { $n ->
    [one] { $n } record not judged
   *[other] { $n } records not judged
}

## SARIF's rule descriptors (src/report/format/sarif.rs): help text and Markdown

sarif-fix = Fix:
sarif-source = Source:
sarif-checked = checked { $date }
sarif-in-force-from = In force from { $from }.
sarif-in-force-until = In force until { $until }.
sarif-in-force-between = In force from { $from } until { $until }.
sarif-defined-in = Defined in `{ $place }`; `staffcheck explain { $id }` shows its text and an example.

## The Markdown summary (src/report/format/markdown.rs)

md-rules-not-loaded = ❌ The rules could not be loaded; no plan was checked.
md-passed = ✅ { $n ->
    [one] 1 plan
   *[other] { $n } plans
} passed.
md-failed = ❌ { $failed } of { $n ->
    [one] 1 plan
   *[other] { $n } plans
} failed.
md-column-plan = Plan
md-column-errors = Errors
md-column-warnings = Warnings
md-column-notes = Notes
md-column-not-judged = Not judged
md-column-waived = Waived
md-column-unchanged = Unchanged
md-column-fixed = Fixed
md-not-checked = not checked: { $n ->
    [one] 1 error
   *[other] { $n } errors
} loading it
md-column-rule = Rule
md-column-line = Line
md-column-finding = Finding
md-more = … and { $hidden } more: run `staffcheck check { $file }` to see them all.
md-fixed = { $n } fixed since the baseline

## JUnit XML's messages (src/report/format/junit.rs)

junit-override = { $action } at { $at }: { $reason }
junit-not-in-force = not in force on { $date }
junit-findings = { $n ->
    [one] 1 finding
   *[other] { $n } findings
}: { $message }
junit-findings-not-judged = { $n ->
    [one] 1 finding
   *[other] { $n } findings
}, { $not_judged } not judged: { $message }
junit-not-judged = { $n ->
    [one] 1 record
   *[other] { $n } records
} not judged: { $reason }
junit-waiver-problems = { $n ->
    [one] 1 problem
   *[other] { $n } problems
} with waivers: { $message }
junit-load-errors = { $n ->
    [one] 1 load error
   *[other] { $n } load errors
}; the rest of the plan was checked
junit-not-loaded = could not be loaded: { $n ->
    [one] 1 error
   *[other] { $n } errors
}

## `staffcheck lint` (src/lint.rs, src/untranslated.rs, src/cli/lint.rs)

lint-unused = no rule reads the parameter `{ $name }`
lint-unused-label = declared here
lint-unused-help = use it in a rule, or remove it: a value nobody reads is easy to believe in force
lint-ended = rule `{ $id }` ended on { $until }, before { $since } — it can judge no plan from then on
lint-ended-label = the window ends here
lint-ended-help = remove the rule, or correct its `until` date; lint with `--since DATE` to judge older plans
lint-since-not-a-date = `--since { $text }` is not a date
lint-since-help = write the date as YYYY-MM-DD, for example --since 2025-07-01
rules-not-loaded = the rules could not be loaded: { $n ->
    [one] 1 error
   *[other] { $n } errors
}
lint-summary = { $rules ->
    [one] 1 rule
   *[other] { $rules } rules
}, { $n ->
    [0] no warnings
    [one] 1 warning
   *[other] { $n } warnings
}
# `what` is one of the untranslated-… texts below.
untranslated-no-vi = { $what } has no Vietnamese
untranslated-no-vi-label = English only
untranslated-no-vi-help = write the Vietnamese after it: `"..." vi "..."`
untranslated-no-label = { $what } has no label
untranslated-no-label-label = shown by its identifier
untranslated-no-label-help = give it a label in both languages: `NAME "English" vi "Tiếng Việt"`
untranslated-value = the value `{ $value }` of `{ $enum }`
untranslated-collection = the collection `{ $name }`
untranslated-field = the field `{ $name }`
untranslated-param-citation = a citation of the parameter `{ $name }`
untranslated-table-citation = the citation of the table `{ $name }`
untranslated-rule-title = the title of rule `{ $id }`
untranslated-rule-source = the source of rule `{ $id }`
untranslated-rule-fix = the fix of rule `{ $id }`
untranslated-rule-message = the message of rule `{ $id }`

## rule files: syntax errors (src/syntax/), what the parser expected (src/syntax/expected.rs)

syntax-expected = expected { $expected }, found { $found }
syntax-unexpected-here = unexpected here
syntax-file-ends-here = the file ends here
syntax-too-deep = the rule file nests too deeply to be read past here
syntax-declaration-starts-help = a declaration starts here, so the one above is probably missing its closing `{"}"}`
syntax-see-grammar-help = see grammar/README.md for the rule language; a rule looks like `rule ID "title" {"{"} ... {"}"}`
syntax-unclosed-text = this quoted text is not closed before the end of the line
syntax-unclosed-text-label = the text starts here
syntax-unclosed-text-help = end it with `"` on the same line; write `\"` for a quote inside it
nesting-too-deep = brackets and `if`s nest more than { $max } levels deep here
nesting-too-deep-label = one level too many
nesting-too-deep-help = split the expression with `let` clauses or a `const`; a rule needs a few levels
expression-too-deep = this expression nests more than { $max } levels deep
expression-too-deep-label = too deep
expression-too-deep-help = each operator of a chain (`a + b + c`), each `not` and `-`, each bracket and `if` is a level; split the expression with `let` clauses or a `const`
bad-literal-label = not a valid value
bad-literal-date = `{ $text }` is not a date in the calendar
bad-literal-date-help = write dates as YYYY-MM-DD with a real month and day
bad-literal-number = the number `{ $text }` is too large
bad-literal-percentage = the percentage is too large
bad-literal-duration = the duration is too long
bad-literal-number-help = use a smaller number
expected-one-of = { $init } or { $last }
expected-end-of-file = the end of the file
expected-something-else = something else
expected-declaration = a declaration (`rule`, `collection`, `enum`, `const`, `param`, `table` or `include`)
expected-include = an `include`
expected-enumeration = an enumeration
expected-enum-values = enumeration values
expected-label = a label in quotes (`"Party Secretary" vi "Bí thư Đảng ủy"`)
expected-vi-text = the Vietnamese text (`vi "..."`)
expected-collection = a collection
expected-field = a field declaration (`name: type`)
expected-bound = a bound such as `>= 0`
expected-default = a default value (`= value`)
expected-type = a type
expected-constant = a constant
expected-const-extend = an extension of a constant
expected-parameter = a parameter
expected-parameter-value = a parameter value
expected-window = a date window (`from DATE until DATE`)
expected-table = a table
expected-table-parameter = a table parameter (`name: type`)
expected-row = a row (`when CONDITION then VALUE`)
expected-rule = a rule
expected-rule-id = a rule id such as `KEY-DEGREE`
expected-severity = a severity (`error`, `warning` or `info`)
expected-citation = a citation (`source "..."`)
expected-url = the address of the source's public text (`url "https://..."`)
expected-checked = the date the source was last checked (`checked YYYY-MM-DD`)
expected-effective = an effective window
expected-string = a quoted string
expected-message = a message in quotes
expected-escape = an escape (`\"`, `\\`, `\n`, `\t`, `\{"{"}`, `\{"}"}`)
expected-name = a name
expected-not-keyword = a name that is not a keyword
expected-date = a date (YYYY-MM-DD)
expected-decimal = a decimal number
expected-number = a number
expected-percentage = a percentage
expected-duration = a duration such as `5 years`
expected-boolean = `true` or `false`
expected-value = a value
expected-expression = an expression
expected-aggregate = an aggregate (`count`, `sum`, ...)
expected-operator = an operator
expected-comment = a comment
expected-as-percent = `as percent` (a fraction shown as a percentage)
expected-percent-digits = the number of decimals, one digit (`as percent(1)`)

## rule files: slips drafters make (src/syntax/slip.rs)

slip-extend = `extend { $token }`: only an enumeration, a collection or a set constant can be extended
slip-extend-label = cannot be extended
slip-extend-help = `extend enum` adds values, `extend collection` fields and `extend const` members of a set; a parameter's dated values are all in its declaration (`--param` overrides one)
slip-replace = `replace` is followed by `rule`: write `replace rule { $token } "title" {"{"} reason "why" ... {"}"}`
slip-replace-label = `rule` expected
slip-disable-rule = `disable` names the rule by its id alone: write `disable { $token } "why"`
slip-disable-rule-label = without `rule`
slip-disable-reason = `disable { $id }` needs its reason, in quotes: `disable { $id } "why"`
slip-disable-reason-label = the reason is missing
slip-override-help = an override of an included rule is recorded with its reason and shown in `explain`, `rules` and every report: `disable VICE-CAP "why"`, or `replace rule VICE-CAP "title" {"{"} reason "why" ... {"}"}`
slip-severity = `{ $token }` is not a severity; did you mean `{ $severity }`?
slip-severity-label = not a severity
slip-severity-help = a severity is `error`, `warning` or `info`
slip-percent-sign = `%` does not show a value as a percentage; write `{ $fix }`
slip-percent-sign-label = shown as a percentage with `as percent`
slip-percent-sign-help = `as percent` shows a fraction as a percentage (0.0625 as 6.3%), `as percent(1)` with one decimal; `%` only writes a number as a percentage (`15%` is 0.15)
slip-severity-if = `if ... else` does not choose a severity; write `{ $fix }`
slip-severity-if-open = `if` does not choose a severity: a severity chosen by a condition is written with `when` and `otherwise`
slip-severity-if-label = write `when ... otherwise`
slip-severity-if-help = `severity error when CONDITION otherwise warning`: the first severity where the condition holds, the second elsewhere
slip-operator = `{ $written }` is not an operator of the rule language; write `{ $meant }`
slip-operator-label = write `{ $meant }`
slip-and-help = `and` holds when both conditions hold
slip-or-help = `or` holds when either condition holds
slip-equals-help = `==` compares two values; `=` only gives a `let` or a constant its value
slip-hash = `#` does not start a comment in a rule file
slip-hash-label = write `//`
slip-hash-help = comments start with `//` and run to the end of the line
slip-unclosed-hole = the `{"{"}` at column { $column } of this message is not closed
slip-unclosed-hole-label = this `{"{"}` starts a value to print
slip-unclosed-hole-help = close the value with `{"}"}`, as in `{"{"}u.name{"}"}`; for a brace in the text itself, write `\{"{"}`

## rule files: finding and including them (src/ruleset.rs)

rules-cannot-read-directory = cannot read the directory { $path }: { $error }
rules-cannot-read-file = cannot read the rule file { $path }: { $error }{ $hint }
builtin-files = {" "}(built-in files: { $names })
rules-check-path-help = check the path given to --rules
include-cycle = files include each other in a cycle: { $chain }
include-cycle-label = this include closes the cycle
include-cycle-help = remove one of these includes; each file needs including only once
include-missing-label = included here
include-missing-help = paths are relative to the including file; built-in files are named `<builtin>/NAME.rules`

## rule files: gaps that leave records not judged (src/resolve/coverage.rs)

window-on = on { $date }
window-from-until = from { $from } until { $until }
window-from = from { $from }
window-until = until { $until }
window-always = always
coverage-and = {" "}and{" "}
coverage-param-gap = rule `{ $rule }` is in force { $window }, but parameter `{ $param }` has values only { $values }: { $gap } the rule cannot judge the records that need it
coverage-param-gap-label = the rule's window
coverage-param-gap-help = give `{ $param }` a value { $gap } too, or end the rule's window where the parameter's ends
coverage-param = parameter `{ $param }`
coverage-param-label = its values
coverage-table-rows = table `{ $table }` has no row for `{ $param }` { $values } and no `otherwise`: a record with that value is not judged
coverage-table-rows-label = this table
coverage-table-rows-help = add a row for { $values }, or an `otherwise` that says what the table gives for the rest

## rule files: commands that load them (src/cli/check.rs, src/cli/schema.rs), `staffcheck fmt` (src/cli/fmt.rs, src/format/mod.rs)

rules-not-loaded-no-plan = the rules could not be loaded: { $n ->
    [one] 1 error
   *[other] { $n } errors
}; no plan was checked
rules-not-loaded-no-schema = the rules could not be loaded: { $n ->
    [one] 1 error
   *[other] { $n } errors
}; no schema was written
fmt-failed = { $n ->
    [one] 1 file
   *[other] { $n } files
} could not be formatted; nothing was written
fmt-diff-header = { $name } (formatted)
fmt-not-formatted = { $n } of { $all ->
    [one] 1 file
   *[other] { $all } files
} not formatted
fmt-formatted = formatted { $name }
fmt-cannot-write = cannot write { $name }: { $error }
fmt-cannot-write-help = check that the file and its directory are writable
fmt-cannot-read = cannot read { $name }: { $error }
fmt-rule-files-help = name rule files (`*.rules`) or directories holding them
fmt-comments-lost = staffcheck fmt cannot place every comment of { $name }
fmt-comments-lost-help = a message whose `{"{"}...{"}"}` spans lines hides the comments: keep each message on one line

## rule files: declarations (src/resolve/mod.rs)

what-enumeration = enumeration
what-collection = collection
what-field = field
what-constant = constant
what-parameter = parameter
what-table = table
what-rule = rule
duplicate = { $what } `{ $name }` is declared twice
duplicate-label = declared again here
duplicate-first = first declaration of `{ $name }`
duplicate-first-label = first declared here
not-declared-label = not declared
no-such-field-label = no such field
wrong-type-label = wrong type
extend-no-enum = there is no enumeration `{ $name }` to extend{ $hint }
extend-no-enum-help = declare it with `enum NAME {"{"} ... {"}"}` or extend one of the schema's
extend-no-collection = there is no collection `{ $name }` to extend{ $hint }
duplicate-value = `{ $value }` is already a value of `{ $enum }`
duplicate-value-label = repeated value
key-not-text = the key `{ $key }` must be a text field
key-not-text-label = not text
key-not-a-field = the key `{ $key }` is not a field of `{ $collection }`{ $hint }
collection-no-record = collection `{ $name }` needs a record type name
collection-no-record-label = write `collection NAME: Type {"{"} ... {"}"}`
type-name-used = the type name `{ $name }` is already used
type-name-used-label = choose another name
second-single = only one collection can be `single` (the plan's header)
second-single-label = a second `single` collection
bound-not-number = only a number field can have a bound
bound-not-number-label = not a number field
field-set = a field cannot hold a set
field-set-label = a plan's field holds a list
field-set-help = write `list of T`; `set of T` is for a parameter or a table
default-not-allowed = a field cannot hold a duration or a set
default-not-allowed-label = not allowed
value-not-plain = expected a value written out, not an expression
value-not-plain-label = not a plain value
value-wrong-type = expected a value of type { $expected }, found { $found }
not-a-record-type = `{ $name }` is not a record type{ $hint }
not-a-record-type-label = only record types can be combined with `|`
unknown-type = unknown type `{ $name }`{ $hint }
unknown-type-label = not a type
unknown-type-help = types are text, integer, decimal, boolean, date, duration, an enumeration or a record type
no-header = the schema declares no `single` collection for the plan's header
no-header-label = no header collection
no-header-help = declare `collection plan: Plan single {"{"} date: date ... {"}"}`, or include "<builtin>/schema.rules"
no-schema = the rule set declares no schema
no-schema-help = add `include "<builtin>/schema.rules"` at the top of your rule file
header-no-date = the header collection `{ $name }` needs a `date: date` field
header-no-date-label = no `date` field
header-no-date-help = rules are judged as of the plan's date: declare `date: date`
constant-reads-record = a constant cannot depend on a record
constant-reads-record-label = reads a variable
param-overlap = two values of `{ $name }` apply on the same day
param-overlap-label = overlaps an earlier value's window
param-overlap-help = give each value a window that does not overlap the others
window-reversed = this window ends on { $until } before it starts on { $from }
window-reversed-label = `until` is before `from`
window-reversed-help = swap the two dates, or correct the one mistyped: a window `from A until B` holds the days A to B, both included
not-web-address = `{ $text }` is not a web address
not-web-address-label = not https://...
not-web-address-help = give the address of the source's public text, starting with https://
second-for = a rule has one `for`
second-for-label = second `for`
clause-before-for = this clause needs a `for` before it
clause-before-for-label = no record to judge yet
clause-before-for-help = start the rule's logic with `for VARIABLE in COLLECTION`
second-require = a rule has one `require`
second-require-label = second `require`
second-require-help = combine the conditions with `and`
rule-no-for = rule `{ $id }` has no `for`
rule-no-for-label = nothing to judge
rule-no-for-help = add `for VARIABLE in COLLECTION` to say which records the rule judges
rule-no-require = rule `{ $id }` has no `require`
rule-no-require-label = no condition
rule-no-require-help = add `require CONDITION`: what every record must satisfy (only an info rule may report without one)
reason-without-replace = `reason` is for a rule that replaces an included one
reason-without-replace-label = nothing replaced
reason-without-replace-help = write `replace rule ID ...` to replace the included rule of that id, or drop the `reason`
override-twice = rule `{ $id }` is disabled or replaced twice
override-twice-label = second override
override-twice-related = `{ $id }` is first overridden here
override-twice-related-label = first override
override-twice-help = keep one `disable` or `replace rule` per rule: which one should hold would be a guess
override-unknown = there is no rule `{ $id }` to disable or replace{ $hint }
override-unknown-label = not a rule of the rule set
override-unknown-help = name a rule of an included file, by its id as `staffcheck rules` lists it; a built-in rule needs `include "<builtin>"` (or the file that declares it) first
override-same-file = rule `{ $id }` is declared in this file: edit or delete it instead
override-same-file-label = declared in the same file
override-same-file-related = `{ $id }` is declared here
override-same-file-related-label = declared here
override-same-file-help = `disable` and `replace rule` are for a rule of another file, typically a built-in one
replace-no-reason = `replace rule { $id }` does not say why it replaces the included rule
replace-no-reason-label = no `reason`
replace-no-reason-help = add `reason "why"` (and `vi "..."`): every report shows it, so that an override is never silent
rule-disabled = rule `{ $id }` is disabled: { $reason }
rule-disabled-label = disabled here
rule-disabled-help = `{ $id }` ({ $title }) checks nothing in this run; `staffcheck explain { $id }` shows the rule as { $declared } declares it
rule-replaced = rule `{ $id }` is replaced: { $reason }
rule-replaced-label = replaced here
rule-replaced-help = the findings of `{ $id }` are the replacement's, not the rule { $declared } declares ({ $title }); `staffcheck explain { $id }` shows both
rule-overridden-original = `{ $id }` as its own file declares it: { $title }
rule-overridden-original-label = the rule overridden
override-disabled = disabled
override-replaced = replaced
explain-override = { $action } by { $at }: { $reason }
explain-disabled = it checks nothing while disabled; below, the rule as { $declared } declares it
explain-replaced = the rule it replaces, as { $declared } declares it:
rules-md-overrides = Disabled and replaced rules
rules-md-override-action = override
rules-md-override-reason = reason
rules-md-override-rule = rule overridden
rules-overrides = disabled or replaced:
rules-override = { $id } { $action } at { $at }: { $reason } (the rule of { $declared }: { $title })
rule-no-source = rule `{ $id }` cites no document
rule-no-source-label = no `source`
rule-no-source-help = add `source "document, date, article"`: every rule cites where it comes from
unknown-collection = unknown collection `{ $name }`{ $hint }
unknown-collection-label = not a collection of the schema

## rule files: adding members to another file's constant (src/resolve/extend.rs)

extend-const-not-a-set = `{ $name }` is a constant of type { $type }: only a set constant can be extended
extend-const-not-a-set-label = not a set
extend-const-same-file = `{ $name }` is declared in this file: write the members in its declaration
extend-const-same-file-label = same file
extend-const-declared-here = `{ $name }` is declared here
extend-const-declared-here-label = declared here
extend-const-repeated = `{ $member }` is already a member of `{ $name }`
extend-const-repeated-label = repeated member
extend-const-member-here = `{ $member }` is a member of `{ $name }` here
extend-const-member-here-label = already a member
extend-const-member-type = expected a member of type { $expected }, found { $found }
extend-const-parameter = `{ $name }` is a parameter: only a set constant can be extended
extend-const-parameter-help = a parameter's dated values are all in its declaration; `--param NAME=VALUE` overrides it
extend-const-table = `{ $name }` is a table: only a set constant can be extended
extend-const-not-constant-label = not a constant
extend-const-unknown = there is no constant `{ $name }` to extend{ $hint }
extend-const-unknown-help = extend a set constant of an included file, such as the built-in `key_posts`

## rule files: names and types in expressions (src/resolve/expr.rs)

expr-wrong-type = expected { $expected }, found { $found }
type-condition = a condition (true or false)
type-value-of = a value of type { $type }
cannot-negate = cannot negate a { $type }
not-a-number-label = not a number
different-types-label = different types
default-types-differ = `??` needs two values of the same type, found { $left } and { $right }
in-needs-set = `in` needs a set or list of { $item }, found { $found }
in-needs-set-label = not a matching set
is-never = `{ $value }` is never a `{ $type }`; it is a { $types }{ $hint }
is-never-label = not one of its types
is-needs-record = `is { $type }` tests a record reference
is-needs-record-label = not a record
branches-differ = `then` gives { $then } but `else` gives { $else }
branches-differ-label = branches of different types
set-one-type = all the values of a set or list have one type
set-one-type-label = a different type
not-a-value = `{ $value }` is not a value of `{ $enum }`{ $hint }
not-a-value-label = unknown value
not-a-value-help = its values are { $values }
ambiguous-value = `{ $value }` is a value of several enumerations ({ $enums })
ambiguous-label = ambiguous
ambiguous-value-help = compare it with a field of the enumeration you mean
let-used-in-itself = `{ $name }` is used in its own `let`, at line { $line }
let-used-before = `{ $name }` is used before its `let`, which is at line { $line }
let-used-before-label = not declared yet
let-used-before-help = a rule's clauses run in order: move the `let` above the first clause that uses it
let-declared-here = `{ $name }` is declared here
let-declared-here-label = declared here
unknown-name = unknown name `{ $name }`{ $hint }
unknown-name-help = a name is a variable from `for`, `let` or an aggregate, a constant, a parameter, or an enumeration value
no-fields = `{ $value }` is a { $type }, which has no fields
no-fields-label = no field here
field-types-differ = `{ $field }` has different types in { $types }
field-types-differ-label = ambiguous field
unknown-field = `{ $field }` is not a field of { $record }{ $hint }
unknown-field-label = unknown field
unknown-field-help = { $record } has { $fields }; declare another with `extend collection { $collections } {"{"} { $field }: TYPE {"}"}` if plans carry it
cannot-compute = cannot compute { $left } { $operator } { $right }
cannot-compute-label = unsupported arithmetic
cannot-compare = cannot compare { $left } with { $right }
unordered = values of { $type } have no order, so `{ $operator }` cannot compare them
unordered-label = unordered
unordered-help = use `==`, `!=` or `in`, or declare the enumeration with `<` between its values
hint-text-in-quotes = `{ $field }` is text: write `"{ $value }"` in quotes
hint-enum-without-quotes = `{ $enum }` is an enumeration: write one of its values without quotes ({ $values })
hint-compare-key = `{ $record }` is a { $type } record and `{ $text }` is text: compare with its key, `{ $record }.{ $key }`
count-against-percentage = cannot compare a count with a percentage: `{ $count }` is a whole number, `{ $percentage }` a fraction of one
count-against-percentage-label = a count against a percentage
count-against-percentage-help = compare a fraction instead: `share(CONDITION for x in COLLECTION where ...)`, or `{ $count }` divided by its total (`{ $count } / total >= { $percentage }`)
len-needs-list = `len` counts the values of a list or set, or the characters of a text
len-needs-list-label = not a list or text
len-one-argument = `len` takes one list
text-function-help = `{ $name }` takes { $texts ->
    [one] a text
   *[two] two texts
}, such as a name, a code or a quoted string; a number, a date or an enumeration value is not text: compare those with `==`, `<` or `in`
argument-count-label = wrong number of arguments
unknown-function = unknown function `{ $name }`{ $hint }
unknown-function-label = not a function or table
unknown-function-help = functions are { $functions }, and the tables the rules declare (declared before use)
argument-count = `{ $name }` takes { $n ->
    [one] 1 argument
   *[other] { $n } arguments
}, found { $found }
aggregate-no-value = `{ $name }` takes no value: write `{ $name }({ $var } in { $collection } where ...)`
aggregate-no-value-label = unexpected value
aggregate-needs-value = `{ $name }` needs a value: write `{ $name }(VALUE for { $var } in { $collection })`
aggregate-needs-value-label = no value
aggregate-needs-number = `{ $name }` needs a number
aggregate-needs-order = `{ $name }` needs values that have an order
nested-scan = this `{ $name }` scans all of `{ $collection }` once for every record the rule judges
nested-scan-label = a nested scan
nested-scan-help = add a condition `{ $var }.FIELD == OUTER` so staffcheck can group `{ $collection }` once
percent-of-count = `{ $text }` is a whole number, not a fraction: `as percent` would show it a hundred times too large
percent-of-count-label = a whole number
percent-of-count-help = `as percent` shows a fraction of one (`0.062` as `6.2%`): divide by the total (`{"{"}{ $text } / total as percent{"}"}`), or remove `as percent`
percent-of-non-number = `as percent` shows a number, but `{ $text }` is { $type }
percent-of-non-number-help = remove `as percent`, or show a fraction such as `share(...)` or `part / total`

## the editor (staffcheck lsp): quick fixes (src/lsp/mod.rs), hover (src/lsp/hover.rs), completion details (src/lsp/completion.rs), the outline (src/lsp/symbols.rs)

lsp-change-to = Change to `{ $name }`
lsp-waive = Waive { $rule } for { $record }
lsp-hover-source = Source: { $source }
lsp-hover-checked = Checked against it on { $date }
lsp-hover-in-force = In force { $window }
lsp-hover-judges = Judges each `{ $var }` in `{ $collection }`
lsp-hover-extended = Extended in { $place } with `{ $members }`
lsp-hover-disabled = **Disabled** in { $place }
lsp-hover-replaced = **Replaced** in { $place }
lsp-detail-list-of = a list, as a plan's field holds
lsp-detail-set-of = a set, as a parameter or table holds
lsp-detail-collection = collection of { $record }
lsp-detail-record = a record of `{ $collection }`
lsp-detail-type = type
lsp-detail-enumeration = enumeration
lsp-detail-rule = rule of { $file }
lsp-detail-percent = a fraction shown as a percentage
lsp-detail-percent-decimal = a fraction shown as a percentage, one decimal
lsp-detail-as-percent = shows a fraction as a percentage
lsp-detail-when = a condition
lsp-detail-otherwise = what holds where the condition does not
lsp-detail-severity = severity
lsp-detail-keyword = keyword
lsp-detail-clause = clause
lsp-detail-declaration = declaration
lsp-detail-constant = constant
lsp-detail-parameter = parameter
lsp-detail-table = table
lsp-detail-header = the plan's header: { $record }
lsp-detail-function = function
lsp-detail-aggregate = aggregate
lsp-symbol-replaces = { $title } (replaces)
lsp-symbol-replaces-why = { $title } (replaces: { $reason })
lsp-symbol-disabled = disabled: { $reason }
## The command line's own words: --help, man pages, clap's parse errors (src/cli/help_text.rs,
## src/cli/clap_error.rs, src/cli/man_page.rs). The English texts of commands and arguments
## are the derive's doc comments (src/cli/mod.rs); a test holds them equal.

cli-help-about = Checks personnel plans against staffing rules
cli-help-lang = The language of what staffcheck says: `vi` or `en` [default: from LC_ALL, LC_MESSAGES or LANG (a value starting `vi` means Vietnamese), else English]
cli-help-print-help = Print help
cli-help-print-help-more = Print help (see more with '--help')
cli-help-print-help-summary = Print help (see a summary with '-h')
cli-help-print-version = Print version
cli-help-help = Print this message or the help of the given subcommand(s)
cli-help-help-subcommand = Print help for the subcommand(s)
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-limits = Limits
cli-help-default = default
cli-help-possible-values = possible values
cli-help-possible-values-heading = Possible values:
cli-help-check = Check plans against the rules (the built-in set unless --rules is given)
cli-help-schema = Print a JSON Schema of the plan format, for editors that validate YAML
cli-help-test = Run rule tests (`*.test.yaml`): plans and the findings each must produce
cli-help-explain = Explain a rule (its window, parameters, text and an example) or a code (SC0101)
cli-help-rules = List the rules: a table, JSON, or the Markdown of docs/rules.md
cli-help-lint = Check rule files for mistakes loading allows: unused parameters, rules that ended
cli-help-fmt = Rewrite rule files (`*.rules`) in the canonical layout; `--check` only shows the diff
cli-help-convert = Convert a plan between YAML and a workbook (.xlsx), either way, by the files' names
cli-help-lsp = Serve the Language Server Protocol on stdin and stdout, for editors: diagnostics, formatting and outlines of rule files, and plans' findings with waivers as fixes
cli-help-template = Write an empty workbook (.xlsx) for the plan format: a sheet per section, a header row with notes, drop-downs for enumerations and references; fill it in, then `check` it
cli-help-completions = Print a shell completion script
cli-help-man = Print a man page in roff: staffcheck's, or one subcommand's
cli-help-check-plans = Plan files (YAML or workbooks), directories (every *.yaml, *.yml, *.xlsx, *.ods and *.xls under them, not hidden, not ignored by .gitignore or .ignore) or quoted glob patterns ('plans/{"{"}a,b{"}"}/**/*.yaml') to check; `-` reads a plan from stdin
cli-help-config = Read the defaults from FILE instead of the `staffcheck.toml` in this directory or its nearest parent
cli-help-no-config = Read no `staffcheck.toml`: only the command line counts
cli-help-stdin-filename = The name diagnostics and reports give the plan read from stdin (`-`)
cli-help-check-rules = Rule files or directories to use instead of the built-in rules (repeatable)
cli-help-check-date = Judge the plans as of this date (YYYY-MM-DD) instead of their own `date`
cli-help-param = Override a parameter of the rules, for every date (repeatable); a set is its members separated by commas (`key_posts_from=party_secretary,council_chair`)
cli-help-color = When to colour the output
cli-help-width = Width of the rendered diagnostics
cli-help-format = Output format; `FORMAT=FILE` writes it to FILE (repeatable: several formats at once)
cli-help-output = Write the format given without a file of its own to FILE instead of stdout
cli-help-explain-flag = After each finding in `human`, show how the rule decided (its clauses and the values they saw, labelled in the plan) and the rule's source: for rule drafters
cli-help-fail-on = The least severe finding that makes the exit code 1
cli-help-baseline = The JSON report (`--format json`) of an earlier run: only findings it does not list are reported and count for the exit code; those it lists that are gone are listed as fixed. Findings are matched by plan file and fingerprint, not by line
cli-help-threads = Threads to check with (0: one per core). The output is the same whatever the count
cli-help-max-diagnostics = Show at most N diagnostics per plan in `human`, `plain`, `github` and `markdown` (and of load errors); a line counts the rest
cli-help-max-file-bytes = Refuse a plan file larger than this
cli-help-max-depth = Refuse a plan nesting more levels of lists and mappings than this
cli-help-max-nodes = Refuse a plan with more YAML nodes (values, lists, mappings) than this
cli-help-max-alias-nodes = Refuse a plan whose aliases (`*name`) stand for more nodes than this, in all
cli-help-max-scalar-bytes = Refuse a plan with a single value longer than this
cli-help-format-human = diagnostics drawn with the plan's lines, for people (default)
cli-help-format-plain = one finding per line: file:line:col: severity[RULE]: message
cli-help-format-json = a versioned JSON document (docs/report.schema.json)
cli-help-format-sarif = SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
cli-help-format-junit = JUnit XML: a test suite per plan, a test case per rule
cli-help-format-github = GitHub Actions workflow commands that annotate the files
cli-help-format-html = one self-contained page for an official
cli-help-format-markdown = a Markdown summary for $GITHUB_STEP_SUMMARY and pull-request comments
cli-help-fail-on-error = Fail on error findings (the default)
cli-help-fail-on-warning = Fail on warnings and errors
cli-help-fail-on-info = Fail on any finding, notes included
cli-help-fail-on-never = Never fail because of findings (plans that cannot be loaded still fail)
cli-help-convert-input = The plan to convert: YAML (`.yaml`, `.yml`) or a workbook (`.xlsx`, `.ods`, `.xls`)
cli-help-convert-output = Where to write it: a workbook (`.xlsx`) for a YAML plan, YAML for a workbook
cli-help-convert-rules = Rule files or directories whose schema the plan follows, instead of the built-in one
cli-help-template-output = Where to write the workbook (`.xlsx`); an existing file is replaced
cli-help-template-rules = Rule files or directories whose schema the workbook follows, instead of the built-in one
cli-help-schema-rules = Rule files or directories whose schema to describe, instead of the built-in one
cli-help-test-paths = Test files (`*.test.yaml`), directories (every `*.test.yaml` under them, not hidden, not ignored) or quoted glob patterns
cli-help-test-rules = Rule files or directories to test, instead of each test file's `rules:` (or the `*.rules` files beside it, or the built-in set)
cli-help-coverage = List the rules that no test expects a finding of
cli-help-min-coverage = Fail when fewer than PCT percent of the rules have a test expecting a finding of them
cli-help-coverage-include-included = Count, for coverage, the rules the tested rule files include (`include "<builtin>"`) as well as those they define
cli-help-explain-id = A rule id (VICE-CAP) or a diagnostic code (SC0201)
cli-help-explain-rules = Rule files or directories to look in, instead of the built-in rules
cli-help-explain-width = Width of the example's rendered diagnostic
cli-help-rules-rules = Rule files or directories to list, instead of the built-in rules
cli-help-rules-format = How to list them
cli-help-lint-rules = Rule files or directories to check, instead of the built-in rules
cli-help-lint-since = Warn about rules whose window ended before this date (default 2025-07-01, when the two-level system began)
cli-help-fmt-paths = Rule files, directories (every `*.rules` under them, not hidden, not ignored) or quoted glob patterns
cli-help-fmt-check = Change nothing: show a diff of each file not formatted and exit 1 if there is one
cli-help-shell = The shell to complete in
cli-help-man-command = The subcommand whose page to print (`check`); staffcheck's own page if left out
cli-help-man-manual = staffcheck manual
cli-help-man-name = NAME
cli-help-man-synopsis = SYNOPSIS
cli-help-man-description = DESCRIPTION
cli-help-man-options = OPTIONS
cli-help-man-version = VERSION
cli-help-man-exit-status = EXIT STATUS
cli-help-man-environment = ENVIRONMENT
cli-help-man-examples = EXAMPLES
cli-help-man-exit-0 = No finding at or above `--fail-on` (by default: no error).
cli-help-man-exit-1 = At least one finding at or above `--fail-on`; for `fmt --check`, a file not formatted; for `test`, a failing test.
cli-help-man-exit-2 = A usage error, a rule file or plan that cannot be read or loaded, or an output (a file, or stdout) that cannot be written. A reader that closes the pipe early is not an error.
cli-help-man-exit-70 = staffcheck itself failed (a bug); it says so on stderr and asks for a report.
cli-help-man-no-color = When set and not empty, `--color auto` (the default) does not colour the output.
cli-help-man-example-check = Check a plan against the built-in rules:
cli-help-man-example-check-github = Check every plan under a directory, annotating a GitHub Actions run and writing SARIF for code scanning:
cli-help-man-example-check-date = Judge the plans as of a date, failing on warnings too:
cli-help-man-example-test = Run the rule tests under rules/, listing rules no test covers:
cli-help-man-example-fmt = Show how the rule files would be reformatted, changing nothing:
cli-help-man-example-explain = Explain a rule, then a code:
cli-help-man-example-rules = Write the rule catalogue as Markdown:
cli-help-man-example-lint = Check a rule set for parameters nothing reads:
cli-help-man-example-schema = Write the plan schema for an editor:
cli-help-man-example-completions = Install bash completions:
cli-help-man-example-man = Write the page of `check`:
cli-clap-error = error
cli-clap-tip = tip
cli-clap-more = For more information, try '{ $flag }'.
cli-clap-unknown = unexpected argument '{ $arg }' found
cli-clap-unknown-command = unrecognized subcommand '{ $name }'
cli-clap-no-value = a value is required for '{ $arg }' but none was supplied
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-possible-values = possible values: { $values }
cli-clap-missing = the following required arguments were not provided:
cli-clap-missing-command = '{ $name }' requires a subcommand but one was not provided
cli-clap-commands = subcommands: { $names }
cli-clap-repeated = the argument '{ $arg }' cannot be used multiple times
cli-clap-conflict = the argument '{ $arg }' cannot be used with { $others }
cli-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-clap-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-clap-values-count = { $wanted } values required by '{ $arg }'; { $given } provided
cli-clap-utf8 = invalid UTF-8 was detected in one or more arguments
cli-clap-other = { $why }
cli-clap-quoted = { $why }
cli-clap-similar-command = a similar subcommand exists: { $names }
cli-clap-similar-arg = a similar argument exists: { $names }
cli-clap-similar-value = a similar value exists: { $names }
cli-clap-tip-escape = to pass '{ $value }' as a value, use '{ $written }'
cli-clap-tip-double-dash = subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-clap-reason-digits = invalid digit found in string
cli-clap-reason-empty = cannot parse from an empty string
cli-clap-reason-large = number too large to fit in target type
cli-clap-reason-small = number too small to fit in target type
cli-clap-reason-number = invalid float literal
toml-reason-unclosed-table = a section's name needs its closing `]`: `[check]`
toml-reason-unquoted = a text value needs quotes: `fail-on = "warning"`
toml-reason-duplicate-key = this key is written twice: keep one
toml-reason-no-equals = a setting is a key, `=` and a value: `width = 100`
toml-reason-unclosed-string = a text value needs its closing `"` on the same line
toml-reason-unclosed-array = a list needs its closing `]`: `rules = ["rules/"]`
toml-reason-comma = the values of a list are separated by commas: `["a", "b"]`
toml-reason-key = a key is one word of letters, digits, `-` and `_`: `fail-on`
toml-reason-other = the TOML reader stopped here (its words: “{ $why }”)
json-reason-value = a JSON value was expected here (a JSON report starts with `{"{"}`)
json-reason-eof-object = the file ends before a `{"}"}` closes an object: it was cut short
json-reason-eof-list = the file ends before a `]` closes a list: it was cut short
json-reason-eof-string = the file ends inside a text: a closing `"` is missing
json-reason-eof-value = the file ends where a value was expected: it was cut short
json-reason-trailing-comma = a comma before `{"}"}` or `]`, which JSON does not allow
json-reason-trailing-characters = more text after the end of the JSON document
json-reason-colon = a `:` must follow a key
json-reason-comma-object = a `,` or a `{"}"}` is missing after a value
json-reason-comma-list = a `,` or a `]` is missing after a value of a list
json-reason-key = a key must be written in double quotes: `"version"`
json-reason-missing-field = the field `{ $field }` is missing
json-reason-other = { $why }
toml-reason-extra-comma = two commas in a row in a list: write a value between them, or remove one
toml-reason-line-end = one setting a line: after a value or a section's name only a `#` comment may follow
