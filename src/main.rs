// No `unwrap`/`expect` here either: see the crate attribute in lib.rs.
#![deny(clippy::unwrap_used, clippy::expect_used)]

fn main() -> std::process::ExitCode {
    staffcheck::cli::main()
}
