fn main() -> std::process::ExitCode {
    staffcheck::cli::main()
}
