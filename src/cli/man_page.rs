//! What a man page needs beyond clap's options: a `.TH` header with every field in its
//! place, and the EXIT STATUS, ENVIRONMENT and EXAMPLES sections (man-pages(7) order:
//! before VERSION), their words from the catalog (`cli-help-man-*`) in the page's language;
//! in a language other than English, clap_mangen's section headings too.

use crate::i18n::t;
use crate::lang::Lang;

/// `page` (clap_mangen's roff) with its header replaced and the sections added.
/// `command` is the subcommand the page is for, if any.
pub fn complete(page: &str, command: Option<&str>, lang: Lang) -> String {
    let title = match command {
        Some(name) => format!("staffcheck-{name}"),
        None => "staffcheck".to_string(),
    };
    // clap_mangen leaves the date empty and drops it, so the source slides into the date's
    // place (`"check "`): write every field, the date as an explicit empty string.
    let header = format!(
        ".TH {title} 1 \"\" \"staffcheck {}\" \"{}\"",
        env!("CARGO_PKG_VERSION"),
        t(lang, "cli-help-man-manual")
    );
    let mut out = String::new();
    for line in page.lines() {
        if line.starts_with(".TH ") {
            out.push_str(&header);
        } else {
            if line == ".SH VERSION" {
                out.push_str(&sections(command, lang));
            }
            match line.strip_prefix(".SH ") {
                Some(heading) if lang != Lang::En => out.push_str(&section(heading, lang)),
                // The help's own lines (`help_text`: a value and its help, a `[mặc định:
                // ...]` hint), each on a line of its own as `--help` shows them.
                None if lang != Lang::En && (line.starts_with("\\- ") || line.starts_with('[')) => {
                    out.push_str(".br\n");
                    out.push_str(line);
                }
                _ => out.push_str(line),
            }
        }
        out.push('\n');
    }
    if !page.contains("\n.SH VERSION\n") {
        out.push_str(&sections(command, lang));
    }
    out
}

/// A `.SH` line for `heading` (as clap_mangen writes it, quoted when it has a space) in
/// `lang`: clap_mangen's own headings from the catalog, the help's headings (`Lệnh`,
/// already in `lang`) in capitals as man pages write them.
fn section(heading: &str, lang: Lang) -> String {
    let bare = heading.trim_matches('"');
    let heading = super::help_text::man_heading(bare, lang).unwrap_or_else(|| bare.to_uppercase());
    match heading.contains(' ') {
        true => format!(".SH \"{heading}\""),
        false => format!(".SH {heading}"),
    }
}

/// A catalog text as roff: `code` in bold, every `-` a minus sign as man pages write
/// options (`\-\-fail\-on`).
fn roff(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        let part = part.replace('-', "\\-");
        match i % 2 {
            1 => out.push_str(&format!("\\fB{part}\\fR")),
            _ => out.push_str(&part),
        }
    }
    out
}

fn sections(command: Option<&str>, lang: Lang) -> String {
    let say = |id: &str| roff(&t(lang, id));
    let mut out = format!(
        "{}\n\
         .TP\n0\n{}\n\
         .TP\n1\n{}\n\
         .TP\n2\n{}\n\
         .TP\n70\n{}\n\
         {}\n\
         .TP\nNO_COLOR\n{}\n\
         {}\n",
        section("\"EXIT STATUS\"", lang),
        say("cli-help-man-exit-0"),
        say("cli-help-man-exit-1"),
        say("cli-help-man-exit-2"),
        say("cli-help-man-exit-70"),
        section("ENVIRONMENT", lang),
        say("cli-help-man-no-color"),
        section("EXAMPLES", lang),
    );
    let examples: &[(&str, &str)] = match command {
        None | Some("check") => &[
            (
                "cli-help-man-example-check",
                "staffcheck check plans/hai\\-phong.yaml",
            ),
            (
                "cli-help-man-example-check-github",
                "staffcheck check \\-\\-format github \\-\\-format sarif=staffcheck.sarif plans/",
            ),
            (
                "cli-help-man-example-check-date",
                "staffcheck check \\-\\-date 2025\\-11\\-17 \\-\\-fail\\-on warning plans/",
            ),
        ],
        Some("test") => &[(
            "cli-help-man-example-test",
            "staffcheck test \\-\\-coverage rules/",
        )],
        Some("fmt") => &[(
            "cli-help-man-example-fmt",
            "staffcheck fmt \\-\\-check rules/",
        )],
        Some("explain") => &[(
            "cli-help-man-example-explain",
            "staffcheck explain VICE\\-CAP\nstaffcheck explain SC0303",
        )],
        Some("rules") => &[(
            "cli-help-man-example-rules",
            "staffcheck rules \\-\\-format markdown > docs/rules.md",
        )],
        Some("lint") => &[(
            "cli-help-man-example-lint",
            "staffcheck lint \\-\\-rules rules/",
        )],
        Some("schema") => &[(
            "cli-help-man-example-schema",
            "staffcheck schema > plan.schema.json",
        )],
        Some("completions") => &[(
            "cli-help-man-example-completions",
            "staffcheck completions bash > ~/.local/share/bash\\-completion/completions/staffcheck",
        )],
        Some(_) => &[(
            "cli-help-man-example-man",
            "staffcheck man check > staffcheck\\-check.1",
        )],
    };
    for (what, command) in examples {
        out.push_str(&format!(
            "{}\n.PP\n.RS 4\n.nf\n{command}\n.fi\n.RE\n.PP\n",
            say(what)
        ));
    }
    out
}
