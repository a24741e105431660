//! `--fail-on`: which findings make a run fail (exit code 1, a failed JUnit test case).

use crate::ast::Severity;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Fail on error findings (the default).
    #[default]
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding, notes included.
    Info,
    /// Never fail because of findings (plans that cannot be loaded still fail).
    Never,
}

impl FailOn {
    /// Whether a finding of this severity fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Info => "info",
            FailOn::Never => "never",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_level_fails_on_itself_and_above() {
        use Severity::*;
        let failing = |level: FailOn| {
            [Info, Warning, Error]
                .into_iter()
                .filter(|&s| level.fails(s))
                .collect::<Vec<_>>()
        };
        assert_eq!(failing(FailOn::Error), [Error]);
        assert_eq!(failing(FailOn::Warning), [Warning, Error]);
        assert_eq!(failing(FailOn::Info), [Info, Warning, Error]);
        assert_eq!(failing(FailOn::Never), []);
    }
}
