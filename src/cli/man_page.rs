//! What a man page needs beyond clap's options: a `.TH` header with every field in its
//! place, and the EXIT STATUS, ENVIRONMENT and EXAMPLES sections (man-pages(7) order:
//! before VERSION).

/// `page` (clap_mangen's roff) with its header replaced and the sections added.
/// `command` is the subcommand the page is for, if any.
pub fn complete(page: &str, command: Option<&str>) -> String {
    let title = match command {
        Some(name) => format!("staffcheck-{name}"),
        None => "staffcheck".to_string(),
    };
    // clap_mangen leaves the date empty and drops it, so the source slides into the date's
    // place (`"check "`): write every field, the date as an explicit empty string.
    let header = format!(
        ".TH {title} 1 \"\" \"staffcheck {}\" \"staffcheck manual\"",
        env!("CARGO_PKG_VERSION")
    );
    let mut out = String::new();
    for line in page.lines() {
        if line.starts_with(".TH ") {
            out.push_str(&header);
        } else {
            if line == ".SH VERSION" {
                out.push_str(&sections(command));
            }
            out.push_str(line);
        }
        out.push('\n');
    }
    if !page.contains("\n.SH VERSION\n") {
        out.push_str(&sections(command));
    }
    out
}

fn sections(command: Option<&str>) -> String {
    let mut out = String::from(
        ".SH \"EXIT STATUS\"\n\
         .TP\n0\nNo finding at or above \\fB\\-\\-fail\\-on\\fR (by default: no error).\n\
         .TP\n1\nAt least one finding at or above \\fB\\-\\-fail\\-on\\fR; for \\fBfmt \\-\\-check\\fR, a file not formatted; for \\fBtest\\fR, a failing test.\n\
         .TP\n2\nA usage error, a rule file or plan that cannot be read or loaded, or an output (a file, or stdout) that cannot be written. A reader that closes the pipe early is not an error.\n\
         .TP\n70\nstaffcheck itself failed (a bug); it says so on stderr and asks for a report.\n\
         .SH ENVIRONMENT\n\
         .TP\nNO_COLOR\nWhen set and not empty, \\fB\\-\\-color auto\\fR (the default) does not colour the output.\n\
         .SH EXAMPLES\n",
    );
    let examples: &[(&str, &str)] = match command {
        None | Some("check") => &[
            ("Check a plan against the built\\-in rules:", "staffcheck check plans/hai\\-phong.yaml"),
            ("Check every plan under a directory, annotating a GitHub Actions run and writing SARIF for code scanning:", "staffcheck check \\-\\-format github \\-\\-format sarif=staffcheck.sarif plans/"),
            ("Judge the plans as of a date, failing on warnings too:", "staffcheck check \\-\\-date 2025\\-11\\-17 \\-\\-fail\\-on warning plans/"),
        ],
        Some("test") => &[("Run the rule tests under rules/, listing rules no test covers:", "staffcheck test \\-\\-coverage rules/")],
        Some("fmt") => &[("Show how the rule files would be reformatted, changing nothing:", "staffcheck fmt \\-\\-check rules/")],
        Some("explain") => &[("Explain a rule, then a code:", "staffcheck explain VICE\\-CAP\nstaffcheck explain SC0303")],
        Some("rules") => &[("Write the rule catalogue as Markdown:", "staffcheck rules \\-\\-format markdown > docs/rules.md")],
        Some("lint") => &[("Check a rule set for parameters nothing reads:", "staffcheck lint \\-\\-rules rules/")],
        Some("schema") => &[("Write the plan schema for an editor:", "staffcheck schema > plan.schema.json")],
        Some("completions") => &[("Install bash completions:", "staffcheck completions bash > ~/.local/share/bash\\-completion/completions/staffcheck")],
        Some(_) => &[("Write the page of \\fBcheck\\fR:", "staffcheck man check > staffcheck\\-check.1")],
    };
    for (what, command) in examples {
        out.push_str(&format!(
            "{what}\n.PP\n.RS 4\n.nf\n{command}\n.fi\n.RE\n.PP\n"
        ));
    }
    out
}
