//! Writes the locale packs of the npm package: `cargo run --example locale_packs -- DIR` writes
//! `DIR/<tag>.txt` for every compiled locale but English (see `src/locale_pack.rs`), from the
//! same `locales/*.toml` and `DOMAIN_RULES_LOCALES` as the WebAssembly module that reads them,
//! and `DIR/index.js`, their tags, which the package's init() reads to fetch the packs while the
//! module is compiled.

use std::path::PathBuf;
use std::process::ExitCode;

use domain_rules::{Locale, locale_pack};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: locale_packs DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("locale_packs: {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let tags: Vec<String> = Locale::ALL[1..].iter().map(|l| format!("{:?}", l.tag())).collect();
    let index = format!(
        "// The locales with a pack in this folder, written by examples/locale_packs.rs.\nexport default [{}];\n",
        tags.join(", ")
    );
    let path = dir.join("index.js");
    if let Err(e) = std::fs::write(&path, index) {
        eprintln!("locale_packs: {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    for &locale in &Locale::ALL[1..] {
        let path = dir.join(format!("{}.txt", locale.tag()));
        let written = locale_pack::write(locale)
            .map_err(|e| e.to_string())
            .and_then(|pack| std::fs::write(&path, pack).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("locale_packs: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
