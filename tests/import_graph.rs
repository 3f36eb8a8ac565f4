//! The crate's import graph between its top-level modules (`crate::zone`, `crate::report`, ...),
//! read from the sources as written: every `crate::name` path outside comments is an edge. The
//! graph must have no cycle but the ones listed in `KNOWN_CYCLES`, each waiting for its
//! vocabulary to move to a lower floor; a new cycle fails, and so does a listed one that is gone
//! (so the list only shrinks).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The cycles that remain, each as the sorted set of the modules that reach each other.
const KNOWN_CYCLES: &[&[&str]] = &[];

/// The sources without `//` comments (doc comments name paths that are not imports).
fn code_of(text: &str) -> String {
    text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The top-level modules `code` refers to: `crate::a::...` and `crate::{a, b::c}`.
fn references(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let ident = |s: &str| s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if c.is_whitespace() => {}
                    _ if start && depth == 0 => {
                        found.insert(ident(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(after));
        }
        rest = after;
    }
    found.retain(|m| !m.is_empty());
    found
}

/// The top-level module of a source file (`zone` for `src/zone/de.rs`), `None` for the crate
/// root and the binaries.
fn module_of(path: &Path, src: &Path) -> Option<String> {
    let relative = path.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    match first {
        "lib.rs" | "bin" => None,
        file => Some(file.trim_end_matches(".rs").to_owned()),
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every module's outgoing edges.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(module) = module_of(&file, &src) else { continue };
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        let targets = edges.entry(module.clone()).or_default();
        targets.extend(references(&code).into_iter().filter(|t| *t != module));
    }
    edges
}

/// The strongly connected components with more than one module (Tarjan's algorithm).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: BTreeSet<Vec<String>>,
    }
    fn visit<'a>(v: &'a str, s: &mut State<'a>) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(w, s);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.stack.contains(&w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.insert(component);
            }
        }
    }
    let mut state =
        State { edges, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: BTreeSet::new() };
    for v in edges.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(v, &mut state);
        }
    }
    state.found
}

#[test]
fn the_import_graph_has_no_cycle_but_the_listed_ones() {
    let edges = graph();
    assert!(edges.len() >= 20, "only {} modules read", edges.len());
    let found = cycles(&edges);
    let known: BTreeSet<Vec<String>> =
        KNOWN_CYCLES.iter().map(|c| c.iter().map(|m| (*m).to_owned()).collect()).collect();
    let describe = |cycle: &Vec<String>| {
        cycle
            .iter()
            .map(|m| {
                let inside: Vec<&str> = edges[m].iter().filter(|t| cycle.contains(t)).map(String::as_str).collect();
                format!("{m} -> {}", inside.join(", "))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let new: Vec<String> = found.difference(&known).map(describe).collect();
    let gone: Vec<&Vec<String>> = known.difference(&found).collect();
    assert!(new.is_empty(), "cycles not listed: {new:#?}");
    assert!(gone.is_empty(), "listed cycles that are gone (take them off the list): {gone:?}");
}

#[test]
fn the_reader_finds_grouped_and_plain_paths() {
    let code = code_of("use crate::{a::B, c, d::{e, f}};\n let x = crate::g::h(); // crate::not_this");
    assert_eq!(references(&code).into_iter().collect::<Vec<_>>(), ["a", "c", "d", "g"]);
    let edges: BTreeMap<String, BTreeSet<String>> =
        [("a", "b"), ("b", "a"), ("b", "c")].iter().fold(BTreeMap::new(), |mut m, (x, y)| {
            m.entry(x.to_string()).or_default().insert(y.to_string());
            m
        });
    assert_eq!(cycles(&edges).into_iter().collect::<Vec<_>>(), [vec!["a".to_owned(), "b".to_owned()]]);
}
