//! The command-line examples of README.md run as written: each `$ domain-rules ...` line of a
//! `console` block is run and must print exactly the lines that follow it.

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// (arguments, expected stdout lines) for every example.
fn examples(readme: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut examples: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    let mut in_console = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ domain-rules ") {
            examples.push((command.split_whitespace().map(str::to_owned).collect(), Vec::new()));
        } else if let Some((_, out)) = examples.last_mut() {
            out.push(line.to_owned());
        }
    }
    examples
}

#[test]
fn readme_command_line_examples_print_what_they_show() {
    let readme = include_str!("../README.md");
    let examples = examples(readme);
    assert!(examples.len() >= 2, "README.md has {} command-line examples", examples.len());
    for (args, expected) in examples {
        let output = Command::new(env!("CARGO_BIN_EXE_domain-rules")).args(&args).output().expect("runs");
        let stdout = String::from_utf8(output.stdout).expect("UTF-8");
        let actual: Vec<&str> = stdout.lines().collect();
        assert_eq!(actual, expected, "domain-rules {}", args.join(" "));
    }
}
