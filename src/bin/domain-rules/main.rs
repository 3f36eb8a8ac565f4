//! The `domain-rules` command line. It reads files and standard input, so it is native only: a
//! WebAssembly build (`cargo test --target wasm32-unknown-unknown` builds every target) gets an
//! empty program, and neither it nor the library compiles the argument parser.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
