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
            examples.push((shell_words(command), Vec::new()));
        } else if let Some((_, out)) = examples.last_mut() {
            out.push(line.to_owned());
        }
    }
    examples
}

/// The words of a command line as a shell splits them: at white space, except inside single
/// quotes (the only quoting the examples use).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                word.get_or_insert_with(String::new);
            }
            c if c.is_whitespace() && !quoted => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    assert!(!quoted, "an example has an unclosed quote: {line}");
    words.extend(word);
    words
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
