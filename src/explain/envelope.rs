//! What a shop has in hand after a refusal, unwrapped: the response code and the description,
//! whatever the wrapping (reference `orders-contacts-errors.md` §1.1): WHMCS's admin and retry
//! wrappers, the registrar module's own sentences around an API answer, the ISPAPI plain-text
//! `[RESPONSE]` block, a bare `CODE DESCRIPTION`, or an EPP `<result>` element or whole response.
//!
//! EPP is read by scanning for the result's `code`, `<msg>`, `<reason>` and `<value>` elements,
//! not with an XML parser: the text may be a fragment or cut short, and `quick-xml` (0.38)
//! reading events costs 19,954 bytes raw and 8,714 gzipped in a WebAssembly module of its own
//! (`wasm-opt -Oz`, measured 2026-12-07), for four elements.

/// Which dialect the text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// HEXONET's ISPAPI (plain-text response, its codes, its module's texts).
    Ispapi,
    /// An EPP result (RFC 5730).
    Epp,
}

/// The parts of a registrar's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    /// The dialect, when the wrapping tells it (not for a bare description).
    pub dialect: Option<Dialect>,
    /// The response code given with the text (three digits for ISPAPI, four for EPP).
    pub code: Option<u16>,
    /// The description, white space collapsed, entities decoded.
    pub description: String,
    /// The action a WHMCS wrapper names (`register`, `transfer`, `renew`).
    pub action: Option<&'static str>,
    /// The domain a WHMCS wrapper names.
    pub domain: Option<String>,
    /// Whether the response says the command is still pending (`PENDING = 1`).
    pub pending: bool,
    /// The EPP `<value>` elements of the result: element name (`host:name`) and text.
    pub epp_values: Vec<(String, String)>,
}

/// WHMCS's wrappers around a module error, with the action they name [reference §1.1 item 4;
/// rtldev-middleware-whmcs issues #68, #122, #257, 2019-2023].
const WHMCS_FAILURES: &[(&str, &str)] = &[
    ("Domain Registration Failed", "register"),
    ("Domain Transfer Failed", "transfer"),
    ("Domain Renewal Failed", "renew"),
];

/// Prefixes WHMCS puts before a module error (Module Queue retries, client-area screens).
const WHMCS_PREFIXES: &[&str] = &["Retry Response:", "An Error Occurred", "Error:"];

/// The ISPAPI module's sentences around an API answer `(<CODE> <DESCRIPTION>)` [module source
/// `ispapi.php`, hexonet/whmcs-ispapi-registrar 6f5a062, 2021-07-02].
const MODULE_WRAPPERS: &[&str] = &[
    "Updating Contact Information failed",
    "Deletion failed.",
    "Loading contact status failed.",
    "Could not load TLD configuration data. Try again later.",
];

/// Reads a registrar's text.
pub fn open(text: &str) -> Envelope {
    let mut envelope = Envelope::default();
    // An EPP response shown on a web page or in a log comes escaped (`&lt;result code=...`).
    let unescaped;
    let text = if find_ignore_case(text, "&lt;result").is_some() {
        unescaped = decode_entities(text);
        unescaped.as_str()
    } else {
        text
    };
    if let Some(mut result) = epp_result(text) {
        // The wrapper around it still names the action and the domain.
        strip_whmcs(&collapse(&text[..find_ignore_case(text, "<").unwrap_or(0)]), &mut result);
        return result;
    }
    let text = decode_entities(&html_breaks(text));
    let mut current = collapse(&text);
    // Wrappers nest (a retry of a failed registration): peel a few layers.
    for _ in 0..4 {
        let before = current.len();
        current = strip_whmcs(&current, &mut envelope);
        current = strip_module(&current);
        if current.len() == before {
            break;
        }
    }
    if let Some(block) = response_block(&text) {
        envelope.dialect = Some(Dialect::Ispapi);
        envelope.code = block.code;
        envelope.pending = block.pending;
        envelope.description = collapse(&block.description);
        return envelope;
    }
    let (code, description) = leading_code(&current);
    envelope.dialect = match code {
        Some(c) if c >= 1000 => Some(Dialect::Epp),
        Some(_) => Some(Dialect::Ispapi),
        None => None,
    };
    envelope.code = code;
    envelope.description = description.to_owned();
    envelope
}

/// Every run of white space as one space, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<br>`, `<br/>` and `<br />` (a WHMCS screen's line breaks) as line breaks.
fn html_breaks(text: &str) -> String {
    replace_marked(text, '<', '>', |tag| {
        let rest = tag.get(..2).filter(|b| b.eq_ignore_ascii_case("br")).map(|_| &tag[2..]);
        rest.filter(|r| r.trim().trim_end_matches('/').is_empty()).map(|_| '\n')
    })
}

/// XML and HTML character references (`&amp;`, `&lt;`, `&#39;`, `&#x27;`) as the characters.
pub fn decode_entities(text: &str) -> String {
    replace_marked(text, '&', ';', |name| match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        number => {
            let value = match number.strip_prefix("#x").or_else(|| number.strip_prefix("#X")) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.strip_prefix('#').and_then(|d| d.parse().ok()),
            };
            value.and_then(char::from_u32)
        }
    })
}

/// `text` with each `open`...`close` (at most 10 bytes apart) that `decode` knows replaced by
/// its character; everything else kept as it is.
fn replace_marked(text: &str, open: char, close: char, decode: impl Fn(&str) -> Option<char>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(open) {
        out.push_str(&rest[..at]);
        let tail = &rest[at + open.len_utf8()..];
        // Only the next few bytes are looked at, so a text full of `<` or `&` stays linear.
        let end = tail.bytes().take(10).position(|b| char::from(b) == close);
        match end.and_then(|e| decode(&tail[..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + close.len_utf8()..];
            }
            None => {
                out.push(open);
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` without a WHMCS wrapper, noting the action and domain it names.
fn strip_whmcs(text: &str, envelope: &mut Envelope) -> String {
    for &(failure, action) in WHMCS_FAILURES {
        if let Some(after) = strip_prefix_ignore_case(text, failure) {
            envelope.action = Some(action);
            // `- Domain ID: 12 - Domain: example.de - Error: <text>`
            if let Some(at) = find_ignore_case(after, "Domain:") {
                let name = after[at + 7..].trim_start();
                let end = name.find(char::is_whitespace).unwrap_or(name.len());
                envelope.domain = Some(name[..end].to_owned());
            }
            return match find_ignore_case(after, "Error:") {
                Some(at) => after[at + 6..].trim().to_owned(),
                None => after.trim_start_matches([' ', '-']).to_owned(),
            };
        }
    }
    for prefix in WHMCS_PREFIXES {
        if let Some(after) = strip_prefix_ignore_case(text, prefix) {
            return after.trim().to_owned();
        }
    }
    text.to_owned()
}

/// `text` without the module's sentence around `(<answer>)`.
fn strip_module(text: &str) -> String {
    for wrapper in MODULE_WRAPPERS {
        if let Some(after) = strip_prefix_ignore_case(text, wrapper) {
            let inner = after.trim().trim_end_matches('.').trim();
            if let Some(inner) = inner.strip_prefix('(').and_then(|i| i.strip_suffix(')')) {
                return inner.trim().to_owned();
            }
        }
    }
    text.to_owned()
}

fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

fn find_ignore_case(text: &str, needle: &str) -> Option<usize> {
    text.char_indices().map(|(i, _)| i).find(|&i| strip_prefix_ignore_case(&text[i..], needle).is_some())
}

/// A leading response code: three digits (ISPAPI, 200 to 599) or four (EPP, 1000 to 2599)
/// followed by white space or the end, and the text after it.
fn leading_code(text: &str) -> (Option<u16>, &str) {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let after = &text[digits..];
    if !(after.is_empty() || after.starts_with(' ')) {
        return (None, text);
    }
    let code = text[..digits].parse::<u16>().ok().filter(|c| match digits {
        3 => (200..600).contains(c),
        4 => (1000..2600).contains(c),
        _ => false,
    });
    match code {
        Some(code) => (Some(code), after.trim()),
        None => (None, text),
    }
}

/// The parts of an ISPAPI plain-text response.
struct Block {
    code: Option<u16>,
    description: String,
    pending: bool,
}

/// The `[RESPONSE]` block's `code`, `description` and `pending` (keys in any case, `=` with or
/// without spaces, CRLF or LF) [HEXONET PHP SDK `ResponseParser.php`, 2024].
fn response_block(text: &str) -> Option<Block> {
    let mut block = Block { code: None, description: String::new(), pending: false };
    let mut found = false;
    for line in text.lines() {
        let Some((key, value)) = line.split_once('=') else { continue };
        let (key, value) = (key.trim(), value.trim());
        if key.eq_ignore_ascii_case("code") {
            block.code = value.parse().ok();
            found |= block.code.is_some();
        } else if key.eq_ignore_ascii_case("description") {
            block.description = value.to_owned();
            found = true;
        } else if key.eq_ignore_ascii_case("pending") {
            block.pending = value == "1";
        }
    }
    let marked = find_ignore_case(text, "[RESPONSE]").is_some();
    (found && (marked || block.code.is_some())).then_some(block)
}

/// The first failing `<result code="NNNN">` of an EPP text (or the first result when none
/// fails), with its `<msg>`, `<reason>` and `<value>` elements.
fn epp_result(text: &str) -> Option<Envelope> {
    let mut rest = text;
    let mut first = None;
    while let Some(at) = find_ignore_case(rest, "<result") {
        let tail = &rest[at..];
        // A text cut inside the tag: what was found before it stands.
        let Some(open_end) = tail.find('>') else { break };
        let code = attribute(&tail[..open_end], "code").and_then(|c| c.parse::<u16>().ok());
        let body_end = find_ignore_case(tail, "</result>").unwrap_or(tail.len());
        let body = &tail[open_end + 1..body_end.max(open_end + 1)];
        let envelope = epp_envelope(code, body);
        let failed = code.is_some_and(|c| c >= 2000);
        if failed {
            return Some(envelope);
        }
        first.get_or_insert(envelope);
        rest = &tail[body_end.max(open_end + 1)..];
    }
    first
}

fn epp_envelope(code: Option<u16>, body: &str) -> Envelope {
    let msg = element_text(body, "msg").unwrap_or_default();
    let reason = element_text(body, "reason");
    let mut description = collapse(&msg);
    if let Some(reason) = reason.filter(|r| !r.trim().is_empty()) {
        description.push_str("; ");
        description.push_str(&collapse(&reason));
    }
    let mut values = Vec::new();
    let mut rest = body;
    while let Some(at) = find_ignore_case(rest, "<value") {
        let tail = &rest[at..];
        let Some(open_end) = tail.find('>') else { break };
        let end = find_ignore_case(tail, "</value>").unwrap_or(tail.len());
        let inner = tail.get(open_end + 1..end).unwrap_or("");
        if let Some(element) = first_element(inner) {
            values.push(element);
        }
        rest = &tail[end.max(open_end + 1)..];
    }
    Envelope { dialect: Some(Dialect::Epp), code, description, epp_values: values, ..Envelope::default() }
}

/// The value of `name="..."` (or single quotes) in an opening tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let at = find_ignore_case(tag, name)?;
    let after = tag[at + name.len()..].trim_start().strip_prefix('=')?.trim_start();
    let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &after[1..];
    value.find(quote).map(|end| &value[..end])
}

/// The text of the first `<name ...>...</name>` element (any namespace prefix), entities decoded.
fn element_text(body: &str, name: &str) -> Option<String> {
    let mut rest = body;
    while let Some(at) = rest.find('<') {
        let tail = &rest[at + 1..];
        let tag_end = tail.find('>')?;
        let tag_name = tail[..tag_end].split_whitespace().next().unwrap_or("");
        let local = tag_name.rsplit(':').next().unwrap_or("");
        if local.eq_ignore_ascii_case(name) && !tag_name.starts_with('/') {
            let content = &tail[tag_end + 1..];
            let end = content.find("</").unwrap_or(content.len());
            return Some(decode_entities(&content[..end]));
        }
        rest = &tail[tag_end + 1..];
    }
    None
}

/// The first element inside a `<value>`: its name and text (`<host:name>ns1.example.net</host:name>`).
fn first_element(inner: &str) -> Option<(String, String)> {
    let at = inner.find('<')?;
    let tail = &inner[at + 1..];
    let tag_end = tail.find('>')?;
    let tag = tail[..tag_end].trim_end_matches('/');
    let name = tag.split_whitespace().next()?.to_owned();
    if name.starts_with('/') || name.starts_with('!') || name.starts_with('?') {
        return None;
    }
    let content = &tail[tag_end + 1..];
    let text =
        if tail[..tag_end].ends_with('/') { "" } else { &content[..content.find("</").unwrap_or(content.len())] };
    Some((name, collapse(&decode_entities(text))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plain_text_response_with_crlf() {
        let e = open(
            "[RESPONSE]\r\ncode = 504\r\ndescription = Missing required attribute; X-CA-LEGALTYPE\r\nqueuetime=0\r\nEOF\r\n",
        );
        assert_eq!((e.code, e.dialect), (Some(504), Some(Dialect::Ispapi)));
        assert_eq!(e.description, "Missing required attribute; X-CA-LEGALTYPE");
    }

    #[test]
    fn wrappers_are_peeled() {
        let e = open(
            "Domain Registration Failed - Domain ID: 12 - Domain: example.ca - Error: Missing required attribute; X",
        );
        assert_eq!((e.action, e.domain.as_deref()), (Some("register"), Some("example.ca")));
        assert_eq!(e.description, "Missing required attribute; X");
        let e = open(
            "Retry Response: Updating Contact Information failed (503 Invalid Parameter: X-NU-ACCEPT-REGISTRATION-TAC).",
        );
        assert_eq!((e.code, e.description.as_str()), (Some(503), "Invalid Parameter: X-NU-ACCEPT-REGISTRATION-TAC"));
    }

    #[test]
    fn an_epp_result_with_its_value() {
        let e = open(
            r#"<epp><response><result code="2303"><msg lang="en">Object does not exist</msg><extValue><value><domain:hostObj>ns1.example.net</domain:hostObj></value><reason>host &amp; more</reason></extValue></result></response></epp>"#,
        );
        assert_eq!((e.code, e.dialect), (Some(2303), Some(Dialect::Epp)));
        assert_eq!(e.description, "Object does not exist; host & more");
        assert_eq!(e.epp_values, [("domain:hostObj".to_owned(), "ns1.example.net".to_owned())]);
    }

    #[test]
    fn breaks_and_entities() {
        assert_eq!(html_breaks("a<br>b<BR />c<b>d"), "a\nb\nc<b>d");
        assert_eq!(decode_entities("&lt;x&gt; &amp;&#39;&#x27;&bogus; & ;"), "<x> &''&bogus; & ;");
    }

    #[test]
    fn a_bare_code_and_no_code() {
        assert_eq!(open("545 Object not found").code, Some(545));
        assert_eq!(open("2202 Invalid authorization information").dialect, Some(Dialect::Epp));
        let e = open("53300102912 Nameserver error");
        assert_eq!((e.code, e.description.as_str()), (None, "53300102912 Nameserver error"));
        assert_eq!(open("  Invaild   Authorization Code\n").description, "Invaild Authorization Code");
    }
}
