//! The common case in one pass: a name typed in ASCII letters, digits, hyphens and dots that
//! breaks none of the label rules. For such a name every name stage is known in advance to find
//! nothing but the case mapping (no trimming, no IDN, no character outside LDH), so the stages
//! are skipped; any other input, or a plain name that breaks a rule, takes the full stages, which
//! say what is wrong. A test in `name` holds the two paths to the same result.

use super::label::{MAX_LABEL_OCTETS, MAX_NAME_OCTETS};

/// How a plain name is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// In lower case: its own A-label and U-label as typed, so that the name stages would find
    /// nothing at all in it.
    Lower,
    /// With upper-case letters, which the mapping stage lowers (a `name.mapped` info).
    Upper,
}

/// Whether `input` is plain: 1 to 253 bytes of ASCII letters, digits, `-` and `.`, in labels of
/// 1 to 63 bytes that neither start nor end with a hyphen, hold no hyphens in the third and
/// fourth position (which also keeps every `xn--` label out) and, for the last, are not all
/// digits. Such a name in lower case is its own A-label and U-label.
pub fn is_plain(input: &str) -> bool {
    plain_case(input).is_some()
}

/// How `input` is written if it is plain ([`is_plain`]), found in the same single pass.
pub fn plain_case(input: &str) -> Option<Case> {
    let bytes = input.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_NAME_OCTETS {
        return None;
    }
    let mut label_start = 0;
    let mut all_digits = true;
    let mut case = Case::Lower;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'a'..=b'z' => all_digits = false,
            b'A'..=b'Z' => {
                all_digits = false;
                case = Case::Upper;
            }
            b'0'..=b'9' => {}
            b'-' => {
                all_digits = false;
                let at = i - label_start;
                // Leading hyphen, or `--` in the third and fourth position.
                if at == 0 || at == 3 && bytes[i - 1] == b'-' {
                    return None;
                }
            }
            b'.' => {
                if !label_ok(bytes, label_start, i) {
                    return None;
                }
                label_start = i + 1;
                all_digits = true;
            }
            _ => return None,
        }
    }
    (label_ok(bytes, label_start, bytes.len()) && !all_digits).then_some(case)
}

/// A label `bytes[start..end]` of 1 to 63 bytes that does not end with a hyphen.
fn label_ok(bytes: &[u8], start: usize, end: usize) -> bool {
    end > start && end - start <= MAX_LABEL_OCTETS && bytes[end - 1] != b'-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names() {
        for name in
            ["example.com", "a.b.c.de", "x1-y.co.uk", "123.com", "ab-c.de", "a--b.com", "Example.COM", &"a".repeat(63)]
        {
            assert!(is_plain(name), "{name}");
        }
    }

    #[test]
    fn everything_else_takes_the_full_stages() {
        let long_label = format!("{}.com", "a".repeat(64));
        let long_name = format!("{}com", "abc.".repeat(63));
        for name in [
            "",
            ".",
            "example.com.",
            ".example.com",
            "a..b",
            "XN--BCHER-KVA.DE",
            " example.com",
            "-a.com",
            "a-.com",
            "ab--c.com",
            "xn--bcher-kva.de",
            "a_b.com",
            "*.a.com",
            "müller.de",
            "1.2.3.4",
            "a.123",
            "a.com-",
            &long_label,
            &long_name,
            "a.b/c",
            "a:b",
        ] {
            assert!(!is_plain(name), "{name}");
        }
    }
}
