//! The `kartlegg` binary. Everything lives in the library.

fn main() -> std::process::ExitCode {
    kartlegg::main()
}
