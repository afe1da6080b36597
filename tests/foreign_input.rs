//! Every parser of foreign input, fed arbitrary and hostile text: none panics, and what it
//! keeps is within its rules. Bounded for CI (`PROPTEST_CASES`, default 256 per property);
//! run longer with e.g. `PROPTEST_CASES=100000 cargo test --release --test foreign_input`.

use dynsync::azure::aad_error::AadError;
use dynsync::azure::{challenge, read_realm};
use dynsync::commands::explain::parse_code;
use dynsync::dynamics::Answer;
use dynsync::input::{
    check_tenant, check_upn, normalize_authority_host, normalize_org_url, parse_guid,
};
use dynsync::msg::printable;
use proptest::prelude::*;
use serde_json::{Value, json};

fn config() -> ProptestConfig {
    ProptestConfig {
        // No regression files in the tree: a failure prints its case.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Arbitrary JSON, a few levels deep, with hostile strings.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "\\PC{0,40}".prop_map(Value::from),
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}a-z ]{0,20}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("error".to_string()),
                    Just("error_codes".to_string()),
                    Just("error_description".to_string()),
                    Just("code".to_string()),
                    Just("message".to_string()),
                    Just("account_type".to_string()),
                    Just("NameSpaceType".to_string()),
                    Just("federation_active_auth_url".to_string()),
                    Just("trace_id".to_string()),
                    "[a-z_]{1,12}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn azure_ad_error_bodies(body in any_json(), raw in "\\PC{0,200}", bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        for text in [body.to_string(), raw.clone()] {
            if let Some(e) = AadError::from_json(text.as_bytes()) {
                let _ = (e.code(), e.first_sentence());
            }
            if let Some(e) = AadError::from_text(&text) {
                let _ = (e.code(), e.first_sentence());
            }
        }
        let _ = AadError::from_json(&bytes);
    }

    #[test]
    fn pasted_text_and_codes(text in "\\PC{0,300}", code in "(?i:aadsts)?[0-9]{0,12}[a-z ]{0,3}") {
        let _ = AadError::from_text(&text);
        let _ = parse_code(&text);
        if let Some(c) = parse_code(&code) {
            prop_assert!(code.to_ascii_lowercase().contains(&c.to_string()));
        }
    }

    #[test]
    fn challenges(header in "\\PC{0,200}", hostile in "[ ,=\"\\\\a-zA-Z_:/.]{0,120}") {
        for h in [&header, &hostile] {
            let _ = challenge::parse(h);
            if let Some(c) = challenge::bearer([h.as_str()]) {
                prop_assert!(c.is("bearer"));
            }
        }
    }

    #[test]
    fn realm_answers(v in any_json()) {
        let _ = read_realm(&v);
    }

    #[test]
    fn dataverse_error_bodies(v in any_json(), status in 100u16..600) {
        let a = Answer { status, json: Some(v) };
        let _ = (a.ok(), a.rows(), a.denied(), a.note(), a.message(), a.error_code(), a.privilege(), a.refusal());
        if let Some(p) = a.privilege() {
            prop_assert!(p.starts_with("prv"));
        }
    }

    #[test]
    fn typed_inputs(s in "\\PC{0,80}", hostile in "[\\x00-\\x1f\\x7fa-z@.\\\\-]{0,40}") {
        for t in [&s, &hostile] {
            if let Ok(u) = check_upn(t) {
                prop_assert!(!u.chars().any(char::is_control), "{u:?}");
                prop_assert!(u.contains('@'));
            }
            if let Some(g) = parse_guid(t) {
                prop_assert_eq!(g.len(), 36);
            }
            let _ = check_tenant(t);
            if let Ok(o) = normalize_org_url(t) {
                prop_assert!(o.url.starts_with("https://") || o.url.starts_with("http://"));
            }
            if let Ok(h) = normalize_authority_host(t) {
                prop_assert!(!h.contains('?') && !h.contains('#') && !h.contains('@'), "{h}");
            }
        }
    }

    #[test]
    fn printable_text_has_no_controls_but_newline_and_tab(s in "\\PC{0,80}", c in prop::collection::vec(0u32..0x100, 0..40)) {
        let mixed: String = s.chars().chain(c.into_iter().filter_map(char::from_u32)).collect();
        let out = printable(&mixed);
        let control = |c: char| (c.is_control() && c != '\n' && c != '\t') || ('\u{80}'..='\u{9f}').contains(&c);
        let clean = !out.chars().any(control);
        prop_assert!(clean, "{:?}", out);
    }
}
