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
missing-refused = `{ $path }`: its value at line { $line } was refused at load
missing-required = `{ $path }` is left out, but the field is required (a load error)
missing-optional = `{ $path }` is left out (the field is optional and has no default)
missing-not-a-field = `{ $path }` is a record of `{ $collection }`, which has no field `{ $field }`
missing-header = the plan has no header section (`plan:`)
missing-result = `{ $expression }` has no value: { $why }
missing-table-result = a value computed in a table has none: { $why }

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
