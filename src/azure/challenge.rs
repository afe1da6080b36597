//! `WWW-Authenticate` challenges (RFC 7235 §4.1, §2.1): a comma-separated list of challenges,
//! each an auth-scheme followed by either a token68 or comma-separated `name=value` parameters.
//! Schemes and parameter names are case-insensitive; a value is a token or a quoted-string with
//! backslash escapes; whitespace around `=` and `,` is optional. A response may carry several
//! `WWW-Authenticate` headers, which read as one list.
//!
//! Lenient where servers are: Dataverse sends its URLs unquoted (`authorization_uri=https://…`),
//! which is not a token, so an unquoted value runs to the next comma. Whatever cannot be read is
//! skipped up to the next comma; nothing here panics (a property test feeds it arbitrary text).

/// One challenge: its scheme as sent, and its parameters (names as sent, values unescaped).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Challenge {
    pub scheme: String,
    pub token68: Option<String>,
    pub params: Vec<(String, String)>,
}

impl Challenge {
    /// The value of the first parameter named `name` (case-insensitive).
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn is(&self, scheme: &str) -> bool {
        self.scheme.eq_ignore_ascii_case(scheme)
    }
}

/// The Bearer challenge among all the headers' challenges: the first one that names an
/// `authorization_uri`, else the first Bearer one.
pub fn bearer<'a>(headers: impl IntoIterator<Item = &'a str>) -> Option<Challenge> {
    let bearers: Vec<Challenge> = headers
        .into_iter()
        .flat_map(parse)
        .filter(|c| c.is("Bearer"))
        .collect();
    let pick = bearers
        .iter()
        .position(|c| c.param("authorization_uri").is_some())
        .unwrap_or(0);
    bearers.into_iter().nth(pick)
}

/// RFC 7230 `tchar`.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

fn is_token68_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~+/".contains(c)
}

fn is_ows(c: char) -> bool {
    c == ' ' || c == '\t'
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += c.len_utf8();
        Some(c)
    }
    fn skip_ows(&mut self) {
        while self.peek().is_some_and(is_ows) {
            self.i += 1;
        }
    }
    fn take_while(&mut self, f: impl Fn(char) -> bool) -> &'a str {
        let start = self.i;
        while self.peek().is_some_and(&f) {
            self.bump();
        }
        &self.s[start..self.i]
    }
    /// Skip to just past the next comma (or to the end): the rest of an unreadable element.
    fn skip_element(&mut self) {
        while let Some(c) = self.bump() {
            if c == ',' {
                return;
            }
            if c == '"' {
                self.quoted_rest();
            }
        }
    }
    /// After an opening quote: the unescaped content up to the closing quote (or the end).
    fn quoted_rest(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => {
                    if let Some(n) = self.bump() {
                        out.push(n);
                    }
                }
                c => out.push(c),
            }
        }
        out
    }
    /// The text up to the next comma, as it stands (for token68 detection).
    fn rest_of_element(&self) -> &'a str {
        let rest = &self.s[self.i..];
        &rest[..rest.find(',').unwrap_or(rest.len())]
    }
}

/// A token68 (`abc+/=`), with nothing else up to the next comma.
fn is_token68(element: &str) -> bool {
    let t = element.trim_end_matches(is_ows);
    let body = t.trim_end_matches('=');
    !body.is_empty() && body.chars().all(is_token68_char)
}

/// Every challenge of one header value, in order.
pub fn parse(header: &str) -> Vec<Challenge> {
    let mut out: Vec<Challenge> = Vec::new();
    let mut c = Cursor { s: header, i: 0 };
    loop {
        // Empty list elements (`, ,`) are allowed.
        while c.peek().is_some_and(|ch| is_ows(ch) || ch == ',') {
            c.bump();
        }
        if c.peek().is_none() {
            break;
        }
        let name = c.take_while(is_tchar);
        if name.is_empty() {
            c.skip_element();
            continue;
        }
        let after_name = c.i;
        c.skip_ows();
        if c.peek() == Some('=') {
            // A parameter of the current challenge.
            c.bump();
            c.skip_ows();
            let value = match c.peek() {
                Some('"') => {
                    c.bump();
                    Some(c.quoted_rest())
                }
                _ => {
                    let v = c.take_while(|ch| ch != ',').trim_end_matches(is_ows);
                    (!v.is_empty()).then(|| v.to_string())
                }
            };
            c.skip_ows();
            match c.peek() {
                None | Some(',') => {}
                _ => c.skip_element(),
            }
            if let (Some(v), Some(ch)) = (value, out.last_mut()) {
                ch.params.push((name.to_string(), v));
            }
            continue;
        }
        // A new challenge: its scheme, then a token68 or its first parameter.
        let mut ch = Challenge {
            scheme: name.to_string(),
            ..Challenge::default()
        };
        c.i = after_name;
        if c.peek().is_some_and(is_ows) {
            c.skip_ows();
            let element = c.rest_of_element();
            if is_token68(element) && !looks_like_param(element) {
                ch.token68 = Some(element.trim_end_matches(is_ows).to_string());
                c.i += element.len();
            }
        }
        out.push(ch);
    }
    out
}

/// `name = value` (a value after the `=`), rather than a token68 padded with `=`.
fn looks_like_param(element: &str) -> bool {
    match element.split_once('=') {
        Some((_, rest)) => !rest.trim_start_matches(is_ows).is_empty() && !rest.starts_with('='),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    fn one(h: &str) -> Challenge {
        let all = parse(h);
        assert_eq!(all.len(), 1, "{h}: {all:?}");
        all.into_iter().next().unwrap()
    }

    #[test]
    fn dataverse_header_as_sent() {
        let c = one(&format!(
            "Bearer authorization_uri=https://login.microsoftonline.com/{TID}/oauth2/authorize, resource_id=https://contoso.crm.dynamics.com/"
        ));
        assert!(c.is("bearer"));
        assert_eq!(
            c.param("authorization_uri").unwrap(),
            format!("https://login.microsoftonline.com/{TID}/oauth2/authorize")
        );
        assert_eq!(
            c.param("resource_id").unwrap(),
            "https://contoso.crm.dynamics.com/"
        );
    }

    #[test]
    fn scheme_and_names_are_case_insensitive() {
        // The case in Microsoft's Dataverse client's AuthorityResolver tests.
        let c = one(&format!(
            "BeArEr AUTHORIZATION_URI=https://login.microsoftonline.com/{TID}/oauth2/authorize, reSoUrCe_ID=https://x/"
        ));
        assert!(c.is("Bearer"));
        assert!(c.param("authorization_uri").unwrap().contains(TID));
        assert_eq!(c.param("RESOURCE_id"), Some("https://x/"));
    }

    #[test]
    fn quoted_values_and_escapes() {
        let c = one(r#"Bearer realm="a, b", error_description="say \"hi\" \\ there",x = "" "#);
        assert_eq!(c.param("realm"), Some("a, b"));
        assert_eq!(c.param("error_description"), Some(r#"say "hi" \ there"#));
        assert_eq!(c.param("x"), Some(""));
        // Unterminated: the rest is the value.
        assert_eq!(one(r#"Bearer a="open"#).param("a"), Some("open"));
    }

    #[test]
    fn spacing_is_optional() {
        let c = one("Bearer\ta = 1 ,b=2,   c\t=\t\"3\"  ,");
        assert_eq!(c.params.len(), 3);
        assert_eq!(
            (c.param("a"), c.param("b"), c.param("c")),
            (Some("1"), Some("2"), Some("3"))
        );
    }

    #[test]
    fn several_challenges_in_one_header() {
        let all = parse(
            r#"Negotiate, NTLM abc123==, Basic realm="x", Bearer authorization_uri="https://login/t/oauth2/authorize", resource_id=r"#,
        );
        let schemes: Vec<&str> = all.iter().map(|c| c.scheme.as_str()).collect();
        assert_eq!(schemes, ["Negotiate", "NTLM", "Basic", "Bearer"]);
        assert_eq!(all[1].token68.as_deref(), Some("abc123=="));
        assert_eq!(all[2].param("realm"), Some("x"));
        assert_eq!(all[3].param("resource_id"), Some("r"));
        assert_eq!(all[3].param("realm"), None);
    }

    #[test]
    fn several_headers_pick_the_bearer_with_an_authority() {
        let b = bearer([
            "Negotiate",
            r#"Bearer realm="no authority here""#,
            "Basic realm=\"x\", bearer authorization_uri=https://a/t/oauth2/authorize",
        ])
        .unwrap();
        assert_eq!(
            b.param("authorization_uri"),
            Some("https://a/t/oauth2/authorize")
        );
        assert_eq!(
            bearer(["Basic realm=x", r#"Bearer realm="r""#])
                .unwrap()
                .param("realm"),
            Some("r")
        );
        assert_eq!(bearer(["Basic realm=x", "Negotiate"]), None);
        assert_eq!(bearer([]), None);
    }

    #[test]
    fn junk_is_skipped_not_fatal() {
        assert!(parse("").is_empty());
        assert!(parse(" , ,, ").is_empty());
        assert!(parse("=x, \"y\", ()").is_empty());
        // A parameter before any scheme belongs to nothing.
        assert!(parse("a=b").is_empty());
        let c = one("Bearer a=1 junk, (junk), b=2, =3");
        assert_eq!(
            c.params,
            [("a".into(), "1 junk".into()), ("b".into(), "2".into())]
        );
        let c = one("Bearer k=\"v\" trailing, j=w");
        assert_eq!(c.param("k"), Some("v"));
        assert_eq!(c.param("j"), Some("w"));
        assert_eq!(one("Bearer k=, j=w").param("j"), Some("w"));
        assert_eq!(one("Bearer é=1, j=w").param("j"), Some("w"));
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        /// A challenge and one way to write it: random case, quoting and spacing.
        fn written() -> impl Strategy<Value = (Challenge, String)> {
            let scheme =
                prop::sample::select(vec!["Bearer", "Basic", "Negotiate", "Digest", "X-Custom"]);
            let name = "[a-zA-Z_][a-zA-Z0-9_]{0,12}";
            let value = prop_oneof!["[a-zA-Z0-9:/._~-][a-zA-Z0-9:/._~=?-]{0,30}", "[ -~]{0,20}"];
            let param = (name, value, any::<bool>(), 0..3usize, 0..3usize);
            (
                scheme,
                prop::collection::vec(param, 0..5),
                any::<u64>(),
                1..3usize,
                0..3usize,
            )
                .prop_map(|(scheme, params, case_bits, sp, comma_sp)| {
                    let flip = |s: &str, salt: u64| -> String {
                        s.chars()
                            .enumerate()
                            .map(|(i, c)| {
                                if (case_bits.rotate_left(((i as u64 + salt) % 64) as u32)) & 1 == 1
                                {
                                    c.to_ascii_uppercase()
                                } else {
                                    c.to_ascii_lowercase()
                                }
                            })
                            .collect()
                    };
                    let mut text = flip(scheme, 0);
                    let mut ch = Challenge {
                        scheme: scheme.to_string(),
                        ..Challenge::default()
                    };
                    for (n, (k, v, quote, eq_sp, csp)) in params.iter().enumerate() {
                        let bare_ok = !v.is_empty()
                            && v.chars()
                                .all(|c| c.is_ascii_alphanumeric() || ":/._~=?-".contains(c))
                            && !v.starts_with('=');
                        let shown = if *quote || !bare_ok {
                            format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
                        } else {
                            v.clone()
                        };
                        let sep = if n == 0 {
                            " ".repeat(sp)
                        } else {
                            format!("{},{}", " ".repeat(*csp), " ".repeat(comma_sp))
                        };
                        let eq = format!("{}={}", " ".repeat(*eq_sp), " ".repeat(*eq_sp));
                        text.push_str(&format!("{sep}{}{eq}{shown}", flip(k, n as u64 + 7)));
                        ch.params.push((k.clone(), v.clone()));
                    }
                    (ch, text)
                })
        }

        fn same(a: &Challenge, b: &Challenge) -> bool {
            a.is(&b.scheme)
                && a.params.len() == b.params.len()
                && a.params
                    .iter()
                    .zip(&b.params)
                    .all(|((ka, va), (kb, vb))| ka.eq_ignore_ascii_case(kb) && va == vb)
        }

        proptest! {
            // No `proptest-regressions/` files in the tree: a failure prints its case instead.
            #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn never_panics(s in "\\PC{0,120}") {
                let _ = parse(&s);
                let _ = bearer([s.as_str(), s.as_str()]);
            }

            #[test]
            fn never_panics_on_challenge_like_text(s in "[A-Za-z =,\"\\\\\t/:]{0,80}") {
                let _ = parse(&s);
            }

            #[test]
            fn round_trips(list in prop::collection::vec(written(), 1..4), sp in 0..3usize, split in any::<prop::sample::Index>()) {
                let texts: Vec<&str> = list.iter().map(|(_, t)| t.as_str()).collect();
                let joined = texts.join(&format!("{},{}", " ".repeat(sp), " ".repeat(sp)));
                let parsed = parse(&joined);
                prop_assert_eq!(parsed.len(), list.len(), "{}: {:?}", joined, parsed);
                for ((want, _), got) in list.iter().zip(&parsed) {
                    prop_assert!(same(want, got), "{}: {:?} vs {:?}", joined, want, got);
                }
                // The same challenges spread over several headers read the same.
                let at = split.index(texts.len() + 1);
                let (a, b) = texts.split_at(at);
                let (a, b) = (a.join(", "), b.join(", "));
                let spread: Vec<Challenge> = [a.as_str(), b.as_str()].into_iter().flat_map(parse).collect();
                prop_assert_eq!(spread.len(), list.len());
                for ((want, _), got) in list.iter().zip(&spread) {
                    prop_assert!(same(want, got));
                }
                if let Some((want, _)) = list.iter().find(|(c, _)| c.is("Bearer")) {
                    let got = bearer(texts.iter().copied()).unwrap();
                    let first_with_uri = list.iter().find(|(c, _)| c.is("Bearer") && c.param("authorization_uri").is_some());
                    prop_assert!(same(first_with_uri.map(|(c, _)| c).unwrap_or(want), &got));
                }
            }
        }
    }
}
