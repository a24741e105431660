//! `staffcheck completions SHELL` and `staffcheck man [COMMAND]`: generated from the same
//! clap definition that parses the arguments, so they cannot drift from it.

use std::io::Write;

use clap::CommandFactory;

use super::{Cli, Exit};
use crate::i18n::t_with;
use crate::lang::Lang;

pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> Exit {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "staffcheck", out);
    Exit::Clean
}

/// The pages are clap's, from the command whose texts `--help` shows in `lang`; the sections
/// clap does not write and the headings are `man_page`'s, in `lang` too.
pub fn man(subcommand: Option<&str>, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let command = super::help_text::command(lang);
    let page = match subcommand {
        None => command,
        // clap's `help` (in a built command) has no page: it is `--help`.
        Some(name) => match command.find_subcommand(name).filter(|_| name != "help") {
            // Named as its own page: `staffcheck-check(1)`.
            Some(sub) => sub.clone().display_name(format!("staffcheck-{name}")),
            None => {
                let names: Vec<String> = command
                    .get_subcommands()
                    .filter(|c| c.get_name() != "help")
                    .map(|c| format!("`{}`", c.get_name()))
                    .collect();
                let args: [(&str, &dyn std::fmt::Display); 2] =
                    [("name", &name), ("commands", &names.join(", "))];
                let _ = writeln!(err, "{}", t_with(lang, "man-no-command", &args));
                return Exit::Unusable;
            }
        },
    };
    let mut roff = Vec::new();
    if let Err(error) = clap_mangen::Man::new(page).render(&mut roff) {
        let _ = writeln!(
            err,
            "{}",
            t_with(lang, "man-cannot-render", &[("why", &error)])
        );
        return Exit::Bug;
    }
    let page = super::man_page::complete(&String::from_utf8_lossy(&roff), subcommand, lang);
    let _ = out.write_all(page.as_bytes());
    Exit::Clean
}
