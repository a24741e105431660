//! Exit codes, ordered so that checking several plans exits with the worst.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// No error-severity finding.
    Clean = 0,
    /// At least one error-severity finding.
    Violations = 1,
    /// A usage error or an input that could not be loaded.
    Unusable = 2,
    /// staffcheck itself failed (a panic: a bug): EX_SOFTWARE from sysexits.h.
    Bug = 70,
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit as u8)
    }
}
