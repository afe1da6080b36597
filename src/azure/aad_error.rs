//! Azure AD (Entra ID) error responses: the JSON body of a failed token / OIDC discovery request,
//! and whatever a support engineer pastes (a log line holding that body, Marketo's "Sync Errors"
//! message, a line copied from the Entra sign-in logs, or just "AADSTS50126").
//!
//! Only the fields of [`AadError`] are ever kept. A pasted text may contain a whole request
//! (with a password or a client secret in it): nothing outside the recognised fields is stored,
//! and a free-text description is cut before anything that looks like a credential.
//!
//! Everything here is total: no input, however malformed or large, makes these functions panic.
//! The scanners work on bytes and only ever slice `str`s at ASCII positions.

use serde::Serialize;
use serde_json::{Map, Value};

/// A pasted text longer than this is only searched in its first part.
const MAX_TEXT: usize = 1 << 20;
/// How many `{…}` candidates `from_text` hands to the JSON parser at most.
const MAX_JSON_ATTEMPTS: usize = 32;
/// How deep `from_text` looks for an error object inside a JSON document (log envelopes).
const MAX_JSON_DEPTH: usize = 8;
/// How far back from "error?code=" the start of an error URL is looked for.
const MAX_URI_PREFIX: usize = 512;
/// Longest description kept from free text, in characters.
const MAX_TEXT_DESCRIPTION: usize = 2000;

/// The OAuth `error` classes Azure AD sends (and a few it uses as `error`/`suberror` in practice).
const ERROR_CLASSES: &[&str] = &[
    "invalid_request",
    "invalid_grant",
    "unauthorized_client",
    "invalid_client",
    "unsupported_grant_type",
    "invalid_resource",
    "interaction_required",
    "temporarily_unavailable",
    "invalid_scope",
    "invalid_tenant",
    "invalid_instance",
    "consent_required",
    "user_password_expired",
    "access_denied",
];

const TRACE_LABELS: &[&str] = &["trace id", "trace_id", "traceid"];
/// The browser error page and the sign-in logs call the trace id "Request ID".
const REQUEST_LABELS: &[&str] = &["request id", "request_id", "requestid"];
const CORRELATION_LABELS: &[&str] = &["correlation id", "correlation_id", "correlationid"];
const TIMESTAMP_LABELS: &[&str] = &["timestamp"];
const ERROR_CODE_LABELS: &[&str] = &["error code", "error_code", "errorcode"];
const FAILURE_REASON_LABELS: &[&str] = &["failure reason", "failure_reason", "failurereason"];
/// A free-text description is cut before the first of these (case-insensitive).
const CREDENTIAL_MARKERS: &[&str] = &[
    "password=",
    "secret=",
    "assertion=",
    "\"password\"",
    "\"client_secret\"",
    "bearer ",
];

/// A parsed Azure AD / Entra ID error (token, OIDC discovery, or a pasted message).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AadError {
    /// OAuth error class, e.g. "invalid_grant".
    pub error: Option<String>,
    /// `error_codes` as sent, in order; may be empty.
    pub codes: Vec<u32>,
    /// `error_description`, unchanged.
    pub description: Option<String>,
    pub suberror: Option<String>,
    pub trace_id: Option<String>,
    pub correlation_id: Option<String>,
    pub timestamp: Option<String>,
    pub error_uri: Option<String>,
}

impl AadError {
    /// Parse a JSON error body.
    ///
    /// v2 shape: `{"error","error_description","error_codes":[int],"timestamp","trace_id",
    /// "correlation_id","error_uri","suberror","claims"}`. v1 shapes are accepted too: `error_codes`
    /// may list a generic code first and then the specific one (`[70002, 50126]`), may be missing,
    /// or may hold numbers as strings; extra keys (`submit_url`, `context`, `password_change_url`,
    /// `claims`, …) are ignored, and so are values of an unexpected type.
    ///
    /// When `error_codes` is absent (or holds no usable code) the codes are taken from the
    /// `AADSTSnnnn` occurrences in `error_description`, in order, without repeats. When
    /// `trace_id` / `correlation_id` / `timestamp` are absent they are taken from the
    /// "Trace ID: …", "Correlation ID: …", "Timestamp: …" lines of the description.
    ///
    /// Returns `None` when the bytes are not a JSON object, or when the object has neither an
    /// `error` string nor any code.
    pub fn from_json(body: &[u8]) -> Option<AadError> {
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let value: Value = serde_json::from_slice(body).ok()?;
        from_object(value.as_object()?)
    }

    /// Parse anything a support engineer pastes.
    ///
    /// First, every `{…}` in the text is tried as JSON (so a log line or an HTTP dump that holds the
    /// body works, as do bodies nested in a log envelope or in a JSON string, and exported Entra
    /// sign-in log records). Failing that, the text is read as free text: Marketo's Sync Errors
    /// message or a sign-in log line with "AADSTS50126: Error validating credentials…",
    /// "Trace ID: …" (or "Request ID"), "Correlation ID: …", "Timestamp: …", "Sign-in error code 50126",
    /// "Failure reason …". A bare "AADSTS50126" or "50126" is accepted too.
    ///
    /// Returns `None` when no code and no JSON error is found.
    pub fn from_text(text: &str) -> Option<AadError> {
        let text = truncate_chars_to_bytes(text, MAX_TEXT);
        let Some(mut found) = find_json_error(text) else {
            return from_free_text(text);
        };
        if found.code().is_none() {
            // e.g. `{"error":"invalid_grant"}` logged next to the AADSTS message.
            if let Some(free) = from_free_text(text) {
                found.codes = free.codes;
                found.description = found.description.or(free.description);
            }
        }
        Some(found)
    }

    /// The most specific code: the last element of `codes`, else the last AADSTS number in the
    /// description.
    pub fn code(&self) -> Option<u32> {
        self.codes.last().copied().or_else(|| {
            self.description
                .as_deref()
                .and_then(|d| aadsts_codes(d).last().copied())
        })
    }

    /// The first sentence of the description, without the leading "AADSTSnnnn: " and without the
    /// "Trace ID / Correlation ID / Timestamp" tail: the text up to the first ". " (the full stop
    /// is kept), line break, or tail label, trimmed. `None` when there is no description or
    /// nothing is left.
    pub fn first_sentence(&self) -> Option<String> {
        let description = self.description.as_deref()?;
        let rest = strip_aadsts_prefix(description.trim_start());
        let bytes = rest.as_bytes();
        let mut end = bytes.len();
        if let Some(i) = find_bytes(bytes, b". ") {
            end = end.min(i + 1);
        }
        if let Some(i) = bytes.iter().position(|&b| b == b'\r' || b == b'\n') {
            end = end.min(i);
        }
        for tail in ["trace id:", "correlation id:", "timestamp:"] {
            if let Some(i) = find_ci(bytes, tail.as_bytes(), 0) {
                end = end.min(i);
            }
        }
        // `end` is at an ASCII byte or at the end: a char boundary.
        let sentence = rest.get(..end)?.trim();
        (!sentence.is_empty()).then(|| sentence.to_string())
    }
}

// ---------------------------------------------------------------------------------------------
// JSON

/// Builds an error from an OAuth error object. `None` if it has no `error` string and no code.
fn from_object(obj: &Map<String, Value>) -> Option<AadError> {
    let error = str_field(obj, "error");
    let description = str_field(obj, "error_description");
    let mut codes = obj
        .get("error_codes")
        .map(codes_from_value)
        .unwrap_or_default();
    if codes.is_empty() {
        codes = description.as_deref().map(aadsts_codes).unwrap_or_default();
    }
    if error.is_none() && codes.is_empty() {
        return None;
    }
    let from_desc = |labels: &[&str], kind: Kind| {
        description
            .as_deref()
            .and_then(|d| find_labelled(d, labels, kind))
    };
    Some(AadError {
        suberror: str_field(obj, "suberror"),
        trace_id: str_field(obj, "trace_id")
            .or_else(|| from_desc(TRACE_LABELS, Kind::Id))
            .or_else(|| from_desc(REQUEST_LABELS, Kind::Id)),
        correlation_id: str_field(obj, "correlation_id")
            .or_else(|| from_desc(CORRELATION_LABELS, Kind::Id)),
        timestamp: str_field(obj, "timestamp").or_else(|| from_desc(TIMESTAMP_LABELS, Kind::Time)),
        error_uri: str_field(obj, "error_uri"),
        error,
        codes,
        description,
    })
}

/// A string value that is not blank, unchanged.
fn str_field(obj: &Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// `error_codes` as sent: an array (or, leniently, a single value) of numbers or numeric strings.
/// Values that are not a code that fits in a `u32` are skipped.
fn codes_from_value(value: &Value) -> Vec<u32> {
    match value {
        Value::Array(items) => items.iter().filter_map(code_from_value).collect(),
        other => code_from_value(other).into_iter().collect(),
    }
}

fn code_from_value(value: &Value) -> Option<u32> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => {
            let s = s.trim();
            let digits = strip_prefix_ci(s, "AADSTS").unwrap_or(s);
            parse_u32_digits(digits.as_bytes())
        }
        _ => None,
    }
}

/// Looks for an error object anywhere a `{…}` occurs in `text`.
fn find_json_error(text: &str) -> Option<AadError> {
    let bytes = text.as_bytes();
    // Pair every `{` with its `}` in one pass. Quotes are only tracked inside braces, and a raw
    // line break ends a string (JSON strings cannot hold one), so stray quotes in prose recover.
    let mut stack: Vec<usize> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' || b == b'\n' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'{' => stack.push(i),
            b'}' => {
                if let Some(open) = stack.pop() {
                    pairs.push((open, i));
                }
            }
            b'"' if !stack.is_empty() => in_string = true,
            _ => {}
        }
    }
    pairs.sort_unstable();

    let mut attempts = 0;
    let mut covered_until = 0usize; // end (exclusive) of the last candidate that was valid JSON
    for (open, close) in pairs {
        if open < covered_until {
            continue; // inside a document already searched as a whole
        }
        if attempts == MAX_JSON_ATTEMPTS {
            break;
        }
        attempts += 1;
        // `open` and `close` index ASCII bytes, so both are char boundaries.
        let Some(candidate) = text.get(open..=close) else {
            continue;
        };
        if let Ok(value) = serde_json::from_str::<Value>(candidate) {
            if let Some(found) = search_value(&value, 0) {
                return Some(found);
            }
            covered_until = close + 1;
        }
    }
    None
}

/// Depth-first search of a JSON document for something that describes an Azure AD error.
fn search_value(value: &Value, depth: usize) -> Option<AadError> {
    if depth > MAX_JSON_DEPTH {
        return None;
    }
    match value {
        Value::Object(obj) => {
            let oauth = obj.contains_key("error") || obj.contains_key("error_codes");
            oauth
                .then(|| from_object(obj))
                .flatten()
                .or_else(|| from_sign_in_record(obj))
                .or_else(|| obj.values().find_map(|v| search_value(v, depth + 1)))
        }
        Value::Array(items) => items.iter().find_map(|v| search_value(v, depth + 1)),
        // A body logged as a JSON string inside a JSON log record.
        Value::String(s) if depth > 0 => {
            let t = s.trim();
            if t.starts_with('{') && t.ends_with('}') {
                let inner: Value = serde_json::from_str(t).ok()?;
                search_value(&inner, depth + 1)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// An Entra sign-in log record as exported from the portal / Graph (`status.errorCode`,
/// `status.failureReason`, `correlationId`, `createdDateTime`) or from Log Analytics
/// (`ResultType`, `ResultDescription`, `CorrelationId`, `TimeGenerated`). Code 0 is a success.
fn from_sign_in_record(obj: &Map<String, Value>) -> Option<AadError> {
    let get = |o: &Map<String, Value>, keys: &[&str]| keys.iter().find_map(|k| str_field(o, k));
    let (code, description) = if let Some(Value::Object(status)) = obj.get("status") {
        let code = status.get("errorCode").and_then(code_from_value)?;
        (code, get(status, &["failureReason", "additionalDetails"]))
    } else if let Some(code) = obj.get("errorCode").and_then(code_from_value) {
        (code, get(obj, &["failureReason", "additionalDetails"]))
    } else {
        let code = obj.get("ResultType").and_then(code_from_value)?;
        (code, get(obj, &["ResultDescription"]))
    };
    if code == 0 {
        return None;
    }
    Some(AadError {
        codes: vec![code],
        description,
        correlation_id: get(obj, &["correlationId", "CorrelationId"]),
        timestamp: get(obj, &["createdDateTime", "TimeGenerated"]),
        ..AadError::default()
    })
}

// ---------------------------------------------------------------------------------------------
// Free text

fn from_free_text(text: &str) -> Option<AadError> {
    let bytes = text.as_bytes();
    let mut codes = aadsts_codes(text);
    let mut description = None;
    if let Some(start) = find_aadsts(bytes, 0).map(|(start, _, _)| start) {
        description = text.get(start..).map(description_line);
    }
    if codes.is_empty() {
        codes.extend(
            find_labelled(text, ERROR_CODE_LABELS, Kind::Code).and_then(|c| c.parse::<u32>().ok()),
        );
    }
    if codes.is_empty() {
        // A bare number, e.g. `dynsync explain 50126`.
        codes.extend(parse_u32_digits(text.trim().as_bytes()));
    }
    if codes.is_empty() {
        return None;
    }
    if description.is_none() {
        description = find_label_value_start(text, FAILURE_REASON_LABELS)
            .and_then(|start| text.get(start..))
            .map(description_line);
    }
    Some(AadError {
        error: find_error_class(bytes),
        codes,
        description: description.filter(|d| !d.is_empty()),
        suberror: None,
        trace_id: find_labelled(text, TRACE_LABELS, Kind::Id)
            .or_else(|| find_labelled(text, REQUEST_LABELS, Kind::Id)),
        correlation_id: find_labelled(text, CORRELATION_LABELS, Kind::Id),
        timestamp: find_labelled(text, TIMESTAMP_LABELS, Kind::Time),
        error_uri: find_error_uri(bytes),
    })
}

/// The rest of a line of free text: up to a line break (real or JSON-escaped) or the end of a
/// JSON string, cut before anything that looks like a credential, at most
/// [`MAX_TEXT_DESCRIPTION`] characters, trimmed.
fn description_line(rest: &str) -> String {
    let bytes = rest.as_bytes();
    let mut end = bytes.len();
    for (i, &b) in bytes.iter().enumerate() {
        let next = bytes.get(i + 1).copied();
        let stop = match b {
            b'\r' | b'\n' => true,
            b'\\' => matches!(next, Some(b'r' | b'n')),
            b'"' => matches!(next, Some(b',' | b'}')),
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
    }
    for marker in CREDENTIAL_MARKERS {
        if let Some(i) = find_ci(&bytes[..end], marker.as_bytes(), 0) {
            end = end.min(i);
        }
    }
    // `end` is at an ASCII byte or at the end: a char boundary.
    let line = rest.get(..end).unwrap_or_default();
    let line: String = line.chars().take(MAX_TEXT_DESCRIPTION).collect();
    line.trim().to_string()
}

/// The first OAuth error class named in the text, as a whole word.
fn find_error_class(bytes: &[u8]) -> Option<String> {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    ERROR_CLASSES
        .iter()
        .filter_map(|class| {
            let mut from = 0;
            while let Some(i) = find_ci(bytes, class.as_bytes(), from) {
                let end = i + class.len();
                let before_ok = i == 0 || !is_word(bytes[i - 1]);
                let after_ok = bytes.get(end).is_none_or(|&b| !is_word(b));
                if before_ok && after_ok {
                    return Some((i, *class));
                }
                from = i + 1;
            }
            None
        })
        .min()
        .map(|(_, class)| class.to_string())
}

/// `http(s)://…/error?code=NNNN` anywhere in the text.
fn find_error_uri(bytes: &[u8]) -> Option<String> {
    let mut from = 0;
    while let Some(i) = find_ci(bytes, b"error?code=", from) {
        from = i + 1;
        let window = i.saturating_sub(MAX_URI_PREFIX);
        let start = bytes[window..i]
            .iter()
            .rposition(|&b| b.is_ascii_whitespace() || b"\"'<>()[]{},;".contains(&b))
            .map_or(window, |p| window + p + 1);
        let digits_start = i + "error?code=".len();
        let digits = bytes[digits_start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            continue;
        }
        let token = &bytes[start..digits_start + digits];
        let is_http = starts_with_ci(token, b"https://") || starts_with_ci(token, b"http://");
        let uri = std::str::from_utf8(token)
            .ok()
            .filter(|_| is_http && !token.contains(&b'@'));
        if let Some(uri) = uri {
            return Some(uri.to_string());
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Scanners (byte-based: never split a multibyte character)

/// The next `AADSTS<digits>` at or after `from`: (start of "AADSTS", end of digits, code).
/// An occurrence whose number does not fit in a `u32` is returned with code `None`.
fn find_aadsts(bytes: &[u8], from: usize) -> Option<(usize, usize, Option<u32>)> {
    let mut from = from;
    while let Some(i) = find_ci(bytes, b"AADSTS", from) {
        let digits_start = i + 6;
        let len = bytes[digits_start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if len > 0 {
            let end = digits_start + len;
            return Some((i, end, parse_u32_digits(&bytes[digits_start..end])));
        }
        from = i + 1;
    }
    None
}

/// All `AADSTSnnnn` codes in the text, in order of first appearance, without repeats.
/// Numbers that do not fit in a `u32` are ignored.
fn aadsts_codes(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut codes = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut from = 0;
    while let Some((_, end, code)) = find_aadsts(bytes, from) {
        codes.extend(code.filter(|&c| seen.insert(c)));
        from = end;
    }
    codes
}

/// "AADSTS50126: rest" → "rest" (also without the colon); anything else unchanged.
fn strip_aadsts_prefix(s: &str) -> &str {
    let Some(after) = strip_prefix_ci(s, "AADSTS") else {
        return s;
    };
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return s;
    }
    let rest = &after[digits..]; // ASCII digits: a char boundary
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    rest.trim_start()
}

/// What a labelled value looks like.
#[derive(Clone, Copy)]
enum Kind {
    /// A GUID-like id: at least 8 hex digits and dashes.
    Id,
    /// A date/time: tokens that start with a digit or '+', plus AM/PM/UTC/GMT/Z.
    Time,
    /// A decimal code that fits in a `u32`.
    Code,
}

/// The value after the first of `labels` (case-insensitive) that is followed by a separator
/// (spaces, tabs, quotes, and at least one of ':' '=' or a tab) and a value of the given kind.
fn find_labelled(text: &str, labels: &[&str], kind: Kind) -> Option<String> {
    let bytes = text.as_bytes();
    labels.iter().find_map(|label| {
        let mut from = 0;
        while let Some(i) = find_ci(bytes, label.as_bytes(), from) {
            from = i + 1;
            let Some(start) = skip_separator(bytes, i + label.len()) else {
                continue;
            };
            let value = match kind {
                Kind::Id => id_value(&bytes[start..]),
                Kind::Time => time_value(&bytes[start..]),
                Kind::Code => code_value(&bytes[start..]),
            };
            if value.is_some() {
                return value;
            }
        }
        None
    })
}

/// Where the value after the first matching label (with a separator) starts.
fn find_label_value_start(text: &str, labels: &[&str]) -> Option<usize> {
    let bytes = text.as_bytes();
    labels.iter().find_map(|label| {
        let mut from = 0;
        while let Some(i) = find_ci(bytes, label.as_bytes(), from) {
            from = i + 1;
            let start = skip_separator(bytes, i + label.len()).filter(|&s| s < bytes.len());
            if start.is_some() {
                return start;
            }
        }
        None
    })
}

/// Skips `[ \t:="']*` after a label; `Some(position)` only if the run held ':' '=' or a tab.
fn skip_separator(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at;
    let mut strong = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b':' | b'=' | b'\t' => strong = true,
            b' ' | b'"' | b'\'' => {}
            _ => break,
        }
        i += 1;
    }
    strong.then_some(i)
}

fn id_value(bytes: &[u8]) -> Option<String> {
    let len = bytes
        .iter()
        .take_while(|&&b| b.is_ascii_hexdigit() || b == b'-')
        .count();
    let boundary = bytes.get(len).is_none_or(|b| !b.is_ascii_alphanumeric());
    let id = &bytes[..len];
    if len >= 8 && boundary && id.iter().any(u8::is_ascii_hexdigit) {
        std::str::from_utf8(id).ok().map(str::to_string)
    } else {
        None
    }
}

fn time_value(bytes: &[u8]) -> Option<String> {
    let is_token_byte = |b: u8| b.is_ascii_alphanumeric() || b":-./+,".contains(&b);
    let mut tokens: Vec<&str> = Vec::new();
    let mut i = 0;
    loop {
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(|&b| is_token_byte(b)) {
            i += 1;
        }
        if start == i {
            break;
        }
        let Ok(token) = std::str::from_utf8(&bytes[start..i]) else {
            break;
        };
        let bare = token.trim_end_matches([',', '.']);
        let first = token.as_bytes()[0];
        let word = ["AM", "PM", "UTC", "GMT", "Z"]
            .iter()
            .any(|w| bare.eq_ignore_ascii_case(w));
        if !(first.is_ascii_digit() || first == b'+' || word) {
            break;
        }
        tokens.push(token);
        if bytes.get(i) != Some(&b' ') {
            break;
        }
    }
    let joined = tokens.join(" ");
    let value = joined.trim_end_matches([',', '.']);
    value
        .bytes()
        .any(|b| b.is_ascii_digit())
        .then(|| value.to_string())
}

fn code_value(bytes: &[u8]) -> Option<String> {
    let len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let boundary = bytes.get(len).is_none_or(|b| !b.is_ascii_alphanumeric());
    let code = parse_u32_digits(&bytes[..len]).filter(|&c| c != 0 && boundary)?;
    Some(code.to_string())
}

/// Parses a non-empty run of ASCII digits into a `u32`; `None` on anything else or overflow.
fn parse_u32_digits(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0u32, |acc, &b| {
        if !b.is_ascii_digit() {
            return None;
        }
        acc.checked_mul(10)?.checked_add(u32::from(b - b'0'))
    })
}

/// Case-insensitive (ASCII) search for `needle` in `hay` starting at `from`.
fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || from >= hay.len() || hay.len() - from < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len())
        .find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn starts_with_ci(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// `s` without an ASCII `prefix` compared case-insensitively.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if starts_with_ci(s.as_bytes(), prefix.as_bytes()) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// At most `max` bytes of `s`, cut at a char boundary.
fn truncate_chars_to_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The sample body of Microsoft's error-code reference (v2 shape).
    const V2_BODY: &str = r#"{
      "error": "invalid_scope",
      "error_description": "AADSTS70011: The provided value for the input parameter 'scope' isn't valid. The scope https://example.contoso.com/activity.read isn't valid.\r\nTrace ID: 0000aaaa-11bb-cccc-dd33-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2016-01-09 02:02:12Z",
      "error_codes": [70011],
      "timestamp": "2016-01-09 02:02:12Z",
      "trace_id": "0000aaaa-11bb-cccc-dd33-eeeeee333333",
      "correlation_id": "aaaa0000-bb11-2222-33cc-444444dddddd",
      "error_uri": "https://login.microsoftonline.com/error?code=70011"
    }"#;

    /// A legacy v1 body: generic code first, numbers as strings, extra keys.
    const V1_BODY: &str = r#"{"error":"invalid_grant","error_description":"AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password\r\nTrace ID: 1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\r\nCorrelation ID: 9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4\r\nTimestamp: 2016-02-02 10:11:12Z","error_codes":["70002","50126"],"timestamp":"2016-02-02 10:11:12Z","trace_id":"1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b","correlation_id":"9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4","submit_url":null,"context":null}"#;

    #[test]
    fn v2_body_parses_every_field() {
        let e = AadError::from_json(V2_BODY.as_bytes()).unwrap();
        assert_eq!(e.error.as_deref(), Some("invalid_scope"));
        assert_eq!(e.codes, vec![70011]);
        assert_eq!(e.code(), Some(70011));
        assert!(
            e.description
                .as_deref()
                .unwrap()
                .starts_with("AADSTS70011: The provided value")
        );
        assert_eq!(
            e.trace_id.as_deref(),
            Some("0000aaaa-11bb-cccc-dd33-eeeeee333333")
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("aaaa0000-bb11-2222-33cc-444444dddddd")
        );
        assert_eq!(e.timestamp.as_deref(), Some("2016-01-09 02:02:12Z"));
        assert_eq!(
            e.error_uri.as_deref(),
            Some("https://login.microsoftonline.com/error?code=70011")
        );
        assert_eq!(e.suberror, None);
        assert_eq!(
            e.first_sentence().as_deref(),
            Some("The provided value for the input parameter 'scope' isn't valid.")
        );
    }

    #[test]
    fn v1_body_with_string_codes_keeps_order_and_picks_the_specific_code() {
        let e = AadError::from_json(V1_BODY.as_bytes()).unwrap();
        assert_eq!(e.codes, vec![70002, 50126]);
        assert_eq!(e.code(), Some(50126));
        assert_eq!(
            e.first_sentence().as_deref(),
            Some("Error validating credentials.")
        );
    }

    #[test]
    fn v1_body_without_error_codes_takes_codes_from_the_description() {
        let body = br#"{"error":"invalid_grant","error_description":"AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password\r\nTrace ID: 1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\r\nCorrelation ID: 9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4\r\nTimestamp: 2016-02-02 10:11:12Z","context":null}"#;
        let e = AadError::from_json(body).unwrap();
        assert_eq!(e.codes, vec![70002, 50126]);
        assert_eq!(e.code(), Some(50126));
    }

    #[test]
    fn ids_fall_back_to_the_description_lines() {
        let body = br#"{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\r\nTrace ID: 0000aaaa-11bb-cccc-dd33-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2024-03-04 05:06:07Z","error_codes":[50126]}"#;
        let e = AadError::from_json(body).unwrap();
        assert_eq!(
            e.trace_id.as_deref(),
            Some("0000aaaa-11bb-cccc-dd33-eeeeee333333")
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("aaaa0000-bb11-2222-33cc-444444dddddd")
        );
        assert_eq!(e.timestamp.as_deref(), Some("2024-03-04 05:06:07Z"));
        // Explicit keys win over the description.
        let body = br#"{"error":"x","error_description":"AADSTS1: a\r\nTrace ID: 11111111-1111","trace_id":"22222222-2222"}"#;
        assert_eq!(
            AadError::from_json(body).unwrap().trace_id.as_deref(),
            Some("22222222-2222")
        );
    }

    #[test]
    fn from_json_rejects_non_errors() {
        assert_eq!(AadError::from_json(b""), None);
        assert_eq!(AadError::from_json(b"not json"), None);
        assert_eq!(AadError::from_json(b"[1,2]"), None);
        assert_eq!(AadError::from_json(b"\"AADSTS50126\""), None);
        assert_eq!(
            AadError::from_json(br#"{"access_token":"x","token_type":"Bearer"}"#),
            None
        );
        // Dataverse errors have an object in `error`, no AADSTS code.
        assert_eq!(
            AadError::from_json(br#"{"error":{"code":"0x80040220","message":"denied"}}"#),
            None
        );
        assert_eq!(AadError::from_json(br#"{"error_codes":[]}"#), None);
    }

    #[test]
    fn from_json_accepts_minimal_and_odd_shapes() {
        let e = AadError::from_json(br#"{"error":"invalid_tenant"}"#).unwrap();
        assert_eq!(e.error.as_deref(), Some("invalid_tenant"));
        assert_eq!(e.code(), None);
        let e = AadError::from_json(br#"{"error_codes":[50053]}"#).unwrap();
        assert_eq!(e.code(), Some(50053));
        let e =
            AadError::from_json(br#"{"error_description":"AADSTS90002: Tenant 'x' not found."}"#)
                .unwrap();
        assert_eq!(e.codes, vec![90002]);
        // BOM, overflowing and negative codes, a code given as "AADSTS…", wrong-typed fields.
        let e = AadError::from_json(
            b"\xEF\xBB\xBF{\"error\":\"invalid_grant\",\"error_codes\":[99999999999,-5,1.5,\"AADSTS50076\",null],\"trace_id\":7}",
        )
        .unwrap();
        assert_eq!(e.codes, vec![50076]);
        assert_eq!(e.trace_id, None);
        // error_codes present but unusable: fall back to the description.
        let e = AadError::from_json(
            br#"{"error":"x","error_codes":["n/a"],"error_description":"AADSTS65001: no"}"#,
        )
        .unwrap();
        assert_eq!(e.codes, vec![65001]);
    }

    #[test]
    fn suberror_and_password_expired_shape() {
        let body = br#"{"error":"user_password_expired","error_description":"AADSTS50055: The password is expired.","error_codes":[50055],"suberror":"user_password_expired","password_change_url":"https://portal.microsoftonline.com/ChangePassword.aspx"}"#;
        let e = AadError::from_json(body).unwrap();
        assert_eq!(e.suberror.as_deref(), Some("user_password_expired"));
        assert_eq!(e.code(), Some(50055));
        assert_eq!(
            e.first_sentence().as_deref(),
            Some("The password is expired.")
        );
    }

    #[test]
    fn code_prefers_the_last_listed_code_then_the_description() {
        let e = AadError {
            codes: vec![70002, 50126],
            ..Default::default()
        };
        assert_eq!(e.code(), Some(50126));
        let e = AadError {
            description: Some("AADSTS70002: a. AADSTS50034: b".into()),
            ..Default::default()
        };
        assert_eq!(e.code(), Some(50034));
        assert_eq!(AadError::default().code(), None);
    }

    #[test]
    fn first_sentence_cuts_prefix_and_tail() {
        let e = |d: &str| AadError {
            description: Some(d.to_string()),
            ..Default::default()
        };
        assert_eq!(
            e("AADSTS50053 Locked. More").first_sentence().as_deref(),
            Some("Locked.")
        );
        assert_eq!(
            e("AADSTS7000222: The provided client secret keys for app 'x' are expired Trace ID: 1234abcd")
                .first_sentence()
                .as_deref(),
            Some("The provided client secret keys for app 'x' are expired")
        );
        assert_eq!(
            e("  plain message\nsecond").first_sentence().as_deref(),
            Some("plain message")
        );
        assert_eq!(e("AADSTS50126").first_sentence(), None);
        assert_eq!(
            e("AADSTS50126: \r\nTrace ID: 1234abcd").first_sentence(),
            None
        );
        assert_eq!(AadError::default().first_sentence(), None);
        assert_eq!(
            e("AADSTS: é日本. x").first_sentence().as_deref(),
            Some("AADSTS: é日本.")
        );
    }

    #[test]
    fn from_text_reads_a_marketo_sync_error_message() {
        let text = "Dynamics sync failed: Authentication failed. invalid_grant: AADSTS50126: Error validating credentials due to invalid username or password.\nTrace ID: 0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9\nCorrelation ID: f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a\nTimestamp: 2024-05-06 07:08:09Z";
        let e = AadError::from_text(text).unwrap();
        assert_eq!(e.codes, vec![50126]);
        assert_eq!(e.error.as_deref(), Some("invalid_grant"));
        assert_eq!(
            e.first_sentence().as_deref(),
            Some("Error validating credentials due to invalid username or password.")
        );
        assert_eq!(
            e.trace_id.as_deref(),
            Some("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9")
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a")
        );
        assert_eq!(e.timestamp.as_deref(), Some("2024-05-06 07:08:09Z"));
    }

    #[test]
    fn from_text_reads_a_flattened_single_line() {
        let text = "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication. Trace ID: 0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9 Correlation ID: f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a Timestamp: 2024-05-06 07:08:09Z";
        let e = AadError::from_text(text).unwrap();
        assert_eq!(e.code(), Some(50076));
        assert_eq!(
            e.trace_id.as_deref(),
            Some("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9")
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a")
        );
        assert_eq!(e.timestamp.as_deref(), Some("2024-05-06 07:08:09Z"));
    }

    #[test]
    fn from_text_reads_a_sign_in_log_copy() {
        // As copied from the sign-in log's Activity Details: label, tab, value.
        let text = "Date\t5/6/2024, 7:08:09 AM\nRequest ID\t0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9\nCorrelation ID\tf9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a\nStatus\tFailure\nSign-in error code\t50053\nFailure reason\tAccount is locked because user tried to sign in too many times with an incorrect user ID or password.";
        let e = AadError::from_text(text).unwrap();
        assert_eq!(e.codes, vec![50053]);
        assert_eq!(
            e.trace_id.as_deref(),
            Some("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9")
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a")
        );
        assert!(
            e.description
                .as_deref()
                .unwrap()
                .starts_with("Account is locked")
        );
        // A one-line log entry.
        let e = AadError::from_text(
            "2024-05-06T07:08:09Z signin user=sync@contoso.com errorCode=53003 result=failure",
        )
        .unwrap();
        assert_eq!(e.code(), Some(53003));
    }

    #[test]
    fn from_text_reads_exported_sign_in_records() {
        let graph = r#"[{"id":"x","createdDateTime":"2024-05-06T07:08:09Z","userPrincipalName":"sync@contoso.com","correlationId":"f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a","status":{"errorCode":50126,"failureReason":"Error validating credentials due to invalid username or password."}}]"#;
        let e = AadError::from_text(graph).unwrap();
        assert_eq!(e.codes, vec![50126]);
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a")
        );
        assert_eq!(e.timestamp.as_deref(), Some("2024-05-06T07:08:09Z"));
        let la = r#"{"TimeGenerated":"2024-05-06T07:08:09Z","ResultType":"50076","ResultDescription":"Due to a configuration change...","CorrelationId":"f9e8d7c6-b5a4-9382-7160-5f4e3d2c1b0a"}"#;
        assert_eq!(AadError::from_text(la).unwrap().code(), Some(50076));
        // A successful sign-in is not an error.
        assert_eq!(AadError::from_text(r#"{"status":{"errorCode":0}}"#), None);
    }

    #[test]
    fn from_text_finds_json_inside_a_log_line() {
        let text = format!(
            "2024-05-06 07:08:09 WARN token request failed status=401 body={} took=120ms",
            V1_BODY
        );
        let e = AadError::from_text(&text).unwrap();
        assert_eq!(e.codes, vec![70002, 50126]);
        assert_eq!(e.error.as_deref(), Some("invalid_grant"));
        // Nested in a structured log record, and as a JSON string inside one.
        let nested = format!(
            r#"{{"level":"warn","msg":"token","response":{{"status":400,"body":{}}}}}"#,
            V2_BODY
        );
        assert_eq!(AadError::from_text(&nested).unwrap().code(), Some(70011));
        let as_string = serde_json::json!({ "msg": "token", "body": V2_BODY }).to_string();
        assert_eq!(AadError::from_text(&as_string).unwrap().code(), Some(70011));
        // Braces in prose before the body do not hide it.
        let text = format!("{{oops}} {{\"a\": 1}} then {}", V2_BODY);
        assert_eq!(AadError::from_text(&text).unwrap().code(), Some(70011));
    }

    #[test]
    fn from_text_accepts_bare_codes_and_rejects_text_without_one() {
        assert_eq!(
            AadError::from_text("AADSTS50126").unwrap().codes,
            vec![50126]
        );
        assert_eq!(
            AadError::from_text("aadsts7000215").unwrap().codes,
            vec![7000215]
        );
        assert_eq!(AadError::from_text(" 50126\n").unwrap().codes, vec![50126]);
        assert_eq!(AadError::from_text(""), None);
        assert_eq!(AadError::from_text("invalid_grant"), None);
        assert_eq!(AadError::from_text("the sync stopped at 10:45"), None);
        assert_eq!(AadError::from_text("AADSTS"), None);
        assert_eq!(AadError::from_text("AADSTS99999999999"), None);
        assert_eq!(AadError::from_text("99999999999"), None);
    }

    #[test]
    fn from_text_takes_the_error_uri() {
        let text = "AADSTS700016: Application not found. See https://westus2.login.microsoft.com/error?code=700016.";
        let e = AadError::from_text(text).unwrap();
        assert_eq!(
            e.error_uri.as_deref(),
            Some("https://westus2.login.microsoft.com/error?code=700016")
        );
        let e = AadError::from_text("AADSTS1 https://u:p@evil/error?code=1").unwrap();
        assert_eq!(e.error_uri, None);
    }

    #[test]
    fn from_text_never_keeps_a_pasted_credential() {
        let text = "POST /token grant_type=password&username=sync%40contoso.com&password=Hunter2!&client_secret=abc~def\nAADSTS50126: Error validating credentials password=Hunter2! client_secret=abc~def";
        let e = AadError::from_text(text).unwrap();
        let json = serde_json::to_string(&e).unwrap();
        assert!(!json.contains("Hunter2"), "{json}");
        assert!(!json.contains("abc~def"), "{json}");
        assert_eq!(
            e.description.as_deref(),
            Some("AADSTS50126: Error validating credentials")
        );
    }

    #[test]
    fn scanners_handle_edges() {
        assert_eq!(aadsts_codes("AADSTS"), Vec::<u32>::new());
        assert_eq!(aadsts_codes("éAADSTS50126日"), vec![50126]);
        assert_eq!(
            aadsts_codes("AADSTS4294967295 AADSTS4294967296 AADSTS1"),
            vec![u32::MAX, 1]
        );
        assert_eq!(aadsts_codes("AADSTS1 AADSTS1 AADSTS2"), vec![1, 2]);
        assert_eq!(parse_u32_digits(b""), None);
        assert_eq!(parse_u32_digits(b"12a"), None);
        assert_eq!(find_ci(b"abc", b"ABCD", 0), None);
        assert_eq!(find_ci(b"xAbC", b"abc", 0), Some(1));
        assert_eq!(
            find_labelled("Trace ID: and more", TRACE_LABELS, Kind::Id),
            None
        );
        assert_eq!(
            find_labelled("Timestamp: soon", TIMESTAMP_LABELS, Kind::Time),
            None
        );
        assert_eq!(
            find_labelled(
                "Timestamp: 5/6/2024, 7:08:09 AM\tnext",
                TIMESTAMP_LABELS,
                Kind::Time
            )
            .as_deref(),
            Some("5/6/2024, 7:08:09 AM")
        );
        assert_eq!(truncate_chars_to_bytes("日本", 4), "日");
    }

    #[test]
    fn large_pathological_inputs_finish() {
        for piece in [
            "{",
            "{\"",
            "AADSTS",
            "AADSTS1",
            "error?code=",
            "Trace ID: ",
            "Timestamp: 1 ",
            "x",
        ] {
            let text = piece.repeat((256 * 1024) / piece.len());
            check_total(AadError::from_text(&text));
            check_total(AadError::from_json(text.as_bytes()));
        }
        let many_codes: String = (0..20_000).map(|n| format!("AADSTS{n} ")).collect();
        assert_eq!(
            AadError::from_text(&many_codes).unwrap().code(),
            Some(19_999)
        );
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(AadError::from_json(deep.as_bytes()), None);
    }

    // -----------------------------------------------------------------------------------------
    // Properties

    /// Text made of the pieces the scanners react to, plus arbitrary characters.
    fn tricky_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("AADSTS".to_string()),
            Just("{".to_string()),
            Just("}".to_string()),
            Just("\"".to_string()),
            Just("\\".to_string()),
            Just("Trace ID: ".to_string()),
            Just("Correlation ID:\t".to_string()),
            Just("Timestamp: ".to_string()),
            Just("error code=".to_string()),
            Just("https://x/error?code=".to_string()),
            Just("\"error\":".to_string()),
            Just("\"error_codes\":[".to_string()),
            Just("99999999999999999999".to_string()),
            Just("50126".to_string()),
            Just("é日本\u{200d}".to_string()),
            Just("\r\n".to_string()),
            Just(". ".to_string()),
            any::<char>().prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    fn check_total(e: Option<AadError>) {
        if let Some(e) = e {
            let _ = e.code();
            let _ = e.first_sentence();
        }
    }

    /// Non-blank printable ASCII without digits: cannot create codes or ids by accident.
    fn words() -> impl Strategy<Value = String> {
        "[ -/:-~]{1,40}"
    }

    fn non_blank(s: &Option<String>) -> Option<String> {
        s.clone().filter(|s| !s.trim().is_empty())
    }

    proptest! {
        #[test]
        fn no_panic_on_arbitrary_strings(s in any::<String>()) {
            check_total(AadError::from_text(&s));
            check_total(AadError::from_json(s.as_bytes()));
        }

        #[test]
        fn no_panic_on_tricky_strings(s in tricky_text()) {
            check_total(AadError::from_text(&s));
            check_total(AadError::from_json(s.as_bytes()));
            let e = AadError { description: Some(s), ..Default::default() };
            check_total(Some(e));
        }

        #[test]
        fn no_panic_on_arbitrary_bytes(b in proptest::collection::vec(any::<u8>(), 0..512)) {
            check_total(AadError::from_json(&b));
            check_total(AadError::from_text(&String::from_utf8_lossy(&b)));
        }

        #[test]
        fn round_trip_through_a_json_body(
            error in proptest::option::of(words()),
            codes in proptest::collection::vec(any::<u32>(), 0..5),
            codes_as_strings in any::<bool>(),
            description in proptest::option::of(words()),
            suberror in proptest::option::of(words()),
            trace_id in proptest::option::of(words()),
            correlation_id in proptest::option::of(words()),
            timestamp in proptest::option::of(words()),
            error_uri in proptest::option::of(words()),
        ) {
            let mut body = serde_json::Map::new();
            let mut put = |k: &str, v: &Option<String>| {
                if let Some(v) = v {
                    body.insert(k.to_string(), Value::String(v.clone()));
                }
            };
            put("error", &error);
            put("error_description", &description);
            put("suberror", &suberror);
            put("trace_id", &trace_id);
            put("correlation_id", &correlation_id);
            put("timestamp", &timestamp);
            put("error_uri", &error_uri);
            let listed: Vec<Value> = codes
                .iter()
                .map(|c| if codes_as_strings { Value::String(c.to_string()) } else { Value::from(*c) })
                .collect();
            body.insert("error_codes".into(), Value::Array(listed));
            body.insert("claims".into(), Value::String("{\"access_token\":{}}".into()));
            let bytes = serde_json::to_vec(&Value::Object(body)).unwrap();

            let parsed = AadError::from_json(&bytes);
            let expected = AadError {
                error: non_blank(&error),
                codes: codes.clone(),
                description: non_blank(&description),
                suberror: non_blank(&suberror),
                trace_id: non_blank(&trace_id),
                correlation_id: non_blank(&correlation_id),
                timestamp: non_blank(&timestamp),
                error_uri: non_blank(&error_uri),
            };
            if expected.error.is_none() && codes.is_empty() {
                prop_assert_eq!(parsed, None);
            } else {
                prop_assert_eq!(parsed, Some(expected));
            }
        }

        #[test]
        fn code_is_the_last_listed_code(
            codes in proptest::collection::vec(any::<u32>(), 1..6),
            description in proptest::option::of(tricky_text()),
        ) {
            let e = AadError { codes: codes.clone(), description, ..Default::default() };
            prop_assert_eq!(e.code(), codes.last().copied());
        }

        #[test]
        fn from_text_finds_an_embedded_code(
            prefix in "[^0-9]{0,60}",
            code in any::<u32>(),
            suffix in "[^0-9]{0,60}",
        ) {
            let text = format!("{prefix}AADSTS{code}{suffix}");
            let e = AadError::from_text(&text);
            prop_assert!(e.is_some(), "no error found in {:?}", text);
            let e = e.unwrap();
            prop_assert_eq!(e.code(), Some(code));
            prop_assert!(e.codes.contains(&code));
        }
    }
}
