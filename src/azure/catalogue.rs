//! The AADSTS catalogue: what each Azure AD (Entra ID) error code means for the Marketo sync
//! user's password sign-in (ROPC), and what an admin does about it.
//!
//! Diagnosis keys on the most specific code ([`AadError::code`]), never on the OAuth `error`
//! string alone: Azure AD reports the same condition under different `error` values.

use crate::azure::Realm;
use crate::azure::aad_error::AadError;
use crate::msg;
use crate::report::Field;
use serde::Serialize;

/// What kind of problem a code points at (used for grouping and for the lockout guard).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Credentials,
    Lockout,
    Mfa,
    Consent,
    Client,
    Secret,
    Tenant,
    Resource,
    Request,
    Throttle,
    Account,
}

/// One catalogue entry. Its texts are the Fluent message `aadsts-CODE` (locales/*/aadsts.ftl).
#[derive(Debug)]
pub struct Entry {
    pub code: u32,
    /// Microsoft's short name, e.g. "InvalidUserNameOrPassword" (a descriptive name in the same
    /// style where Microsoft's reference gives none).
    pub name: &'static str,
    pub class: Class,
    /// The input to re-enter, when the fix is re-entering a value.
    pub field: Option<Field>,
    /// Do not try again now (lockout / throttling risk).
    pub stop: bool,
}

impl Entry {
    /// The entry's message id, "aadsts-CODE".
    pub fn id(&self) -> String {
        format!("aadsts-{}", self.code)
    }

    /// What happened, in the Marketo sync-user context. Its first sentence is the headline.
    pub fn cause(&self) -> String {
        msg::attr(&self.id(), "cause")
    }

    /// Concrete admin steps; may hold numbered lines.
    pub fn remedy(&self) -> String {
        msg::attr(&self.id(), "remedy")
    }
}

/// The result of [`diagnose`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnosis {
    pub code: Option<u32>,
    /// One line: "AADSTS50126 InvalidUserNameOrPassword: …". Never holds a secret.
    pub summary: String,
    /// What to do, possibly several lines.
    pub remedy: String,
    pub field: Option<Field>,
    pub stop: bool,
    pub class: Option<Class>,
}

const fn e(code: u32, name: &'static str, class: Class, field: Option<Field>, stop: bool) -> Entry {
    Entry {
        code,
        name,
        class,
        field,
        stop,
    }
}

/// What a federated sync user needs (password hash sync and an HRD policy), for `client_id`.
pub fn hrd_remedy(client_id: &str) -> String {
    msg!("aadsts-hrd-remedy", client_id = client_id)
}

use Class::*;

/// Every entry, by code; the texts are the messages "aadsts-CODE" (`.cause`, `.remedy`).
#[rustfmt::skip]
static ENTRIES: &[Entry] = &[
    e(50001,   "InvalidResource",                                       Resource,    Some(Field::OrgUrl),       false),
    e(50020,   "UserUnauthorized",                                      Account,     Some(Field::Username),     false),
    e(50034,   "UserAccountNotFound",                                   Account,     Some(Field::Username),     false),
    e(50049,   "NoSuchInstanceForDiscovery",                            Tenant,      None,                      false),
    e(50053,   "IdsLocked",                                             Lockout,     None,                      true),
    e(50055,   "InvalidPasswordExpiredPassword",                        Credentials, Some(Field::Password),     false),
    e(50056,   "InvalidOrNullPassword",                                 Credentials, None,                      false),
    e(50057,   "UserDisabled",                                          Account,     None,                      false),
    e(50059,   "MissingTenantRealmAndNoUserInformationProvided",        Tenant,      Some(Field::Tenant),       false),
    e(50064,   "CredentialAuthenticationError",                         Credentials, Some(Field::Password),     false),
    e(50072,   "UserStrongAuthEnrollmentRequiredInterrupt",             Mfa,         None,                      false),
    e(50074,   "UserStrongAuthClientAuthNRequiredInterrupt",            Mfa,         None,                      false),
    e(50076,   "UserStrongAuthClientAuthNRequired",                     Mfa,         None,                      false),
    e(50079,   "UserStrongAuthEnrollmentRequired",                      Mfa,         None,                      false),
    e(50097,   "DeviceAuthenticationRequired",                          Mfa,         None,                      false),
    e(50105,   "EntitlementGrantsNotFound",                             Account,     None,                      false),
    e(50125,   "PasswordResetRegistrationRequiredInterrupt",            Account,     None,                      false),
    e(50126,   "InvalidUserNameOrPassword",                             Credentials, Some(Field::Password),     false),
    e(50128,   "InvalidDomainName",                                     Tenant,      Some(Field::Username),     false),
    e(50131,   "ConditionalAccessFailed",                               Mfa,         None,                      false),
    e(50135,   "PasswordChangeCompromisedPassword",                     Account,     Some(Field::Password),     false),
    e(50144,   "InvalidPasswordExpiredOnPremPassword",                  Credentials, Some(Field::Password),     false),
    e(50158,   "ExternalSecurityChallenge",                             Mfa,         None,                      false),
    e(50173,   "FreshTokenNeeded",                                      Credentials, Some(Field::Password),     false),
    e(50196,   "LoopDetected",                                          Throttle,    None,                      true),
    e(53000,   "DeviceNotCompliant",                                    Mfa,         None,                      false),
    e(53001,   "DeviceNotDomainJoined",                                 Mfa,         None,                      false),
    e(53002,   "ApplicationUsedIsNotAnApprovedApp",                     Mfa,         None,                      false),
    e(53003,   "BlockedByConditionalAccess",                            Mfa,         None,                      false),
    e(53004,   "ProofUpBlockedDueToRisk",                               Mfa,         None,                      false),
    e(65001,   "DelegationDoesNotExist",                                Consent,     None,                      false),
    e(70001,   "UnauthorizedClient",                                    Client,      None,                      false),
    e(70002,   "InvalidClient",                                         Secret,      Some(Field::ClientSecret), false),
    e(70008,   "ExpiredOrRevokedGrant",                                 Credentials, None,                      false),
    e(70011,   "InvalidScope",                                          Resource,    Some(Field::OrgUrl),       false),
    e(80001,   "OnPremiseStoreIsNotAvailable",                          Credentials, None,                      false),
    e(80002,   "OnPremisePasswordValidatorRequestTimedout",             Credentials, None,                      false),
    e(80012,   "OnPremisePasswordValidationAccountLogonInvalidHours",   Account,     None,                      false),
    e(80013,   "OnPremisePasswordValidationTimeSkew",                   Credentials, None,                      false),
    e(80014,   "OnPremisePasswordValidationAuthenticationAgentTimeout", Credentials, None,                      false),
    e(90002,   "InvalidTenantName",                                     Tenant,      Some(Field::Tenant),       false),
    e(90010,   "NotSupported",                                          Request,     None,                      false),
    e(90014,   "MissingRequiredField",                                  Request,     None,                      false),
    e(90038,   "NationalCloudTenantRedirection",                        Tenant,      None,                      false),
    e(90055,   "TenantThrottlingError",                                 Throttle,    None,                      true),
    e(90094,   "AdminConsentRequired",                                  Consent,     None,                      false),
    e(500011,  "InvalidResourceServicePrincipalNotFound",               Resource,    Some(Field::OrgUrl),       false),
    e(500014,  "ResourceServicePrincipalDisabled",                      Resource,    None,                      false),
    e(530003,  "DeviceManagementRequired",                              Mfa,         None,                      false),
    e(530032,  "BlockedByConditionalAccessOnSecurityPolicy",            Mfa,         None,                      false),
    e(530035,  "BlockedBySecurityDefaults",                             Mfa,         None,                      false),
    e(650052,  "ServiceNotEnabledInTenant",                             Resource,    None,                      false),
    e(650056,  "MisconfiguredApplication",                              Consent,     None,                      false),
    e(650057,  "ResourceNotInRequestedPermissions",                     Consent,     None,                      false),
    e(700003,  "DeviceObjectNotFound",                                  Mfa,         None,                      false),
    e(700011,  "UnauthorizedClientAppNotFoundInOrgIdTenant",            Client,      Some(Field::ClientId),     false),
    e(700016,  "UnauthorizedClient_DoesNotMatchRequest",                Client,      Some(Field::ClientId),     false),
    e(700022,  "InvalidMultipleResourcesScope",                         Resource,    Some(Field::OrgUrl),       false),
    e(700025,  "InvalidClientPublicClientWithCredential",               Client,      None,                      false),
    e(900144,  "MissingRequiredParameter",                              Request,     None,                      false),
    e(901002,  "ResourceParameterNotSupported",                         Request,     None,                      false),
    e(7000112, "UnauthorizedClientApplicationDisabled",                 Client,      None,                      false),
    e(7000215, "InvalidClientSecret",                                   Secret,      Some(Field::ClientSecret), false),
    e(7000218, "MissingClientCredential",                               Secret,      Some(Field::ClientSecret), false),
    e(7000222, "InvalidClientSecretExpiredKeysProvided",                Secret,      Some(Field::ClientSecret), false),
    e(9001023, "GrantTypeNotSupportedOverCommonOrConsumers",            Tenant,      Some(Field::Tenant),       false),
    e(9002313, "InvalidRequest",                                        Request,     None,                      false),
];

/// Every catalogue entry, sorted by code, without duplicates.
pub fn all() -> &'static [Entry] {
    ENTRIES
}

/// The entry for a code, if the catalogue has one.
pub fn lookup(code: u32) -> Option<&'static Entry> {
    ENTRIES
        .binary_search_by_key(&code, |e| e.code)
        .ok()
        .map(|i| &ENTRIES[i])
}

/// Diagnose an Azure AD error, keyed on `err.code()` (the most specific code).
///
/// `realm` is the result of the user-realm lookup when known; it splits AADSTS50126 into
/// "wrong password" (managed), "missing HRD policy / password hash sync" (federated), or both.
/// The trace id / correlation id / timestamp, when present, are appended to the remedy on their
/// own line so that support can quote them.
pub fn diagnose(err: &AadError, realm: Option<Realm>) -> Diagnosis {
    let code = err.code();
    let mut diagnosis = match code {
        Some(50126) => diagnose_50126(realm),
        Some(90010) => diagnose_90010(err),
        Some(code) => match lookup(code) {
            Some(entry) => Diagnosis {
                code: Some(code),
                summary: msg!(
                    "aadsts-summary",
                    code = entry.code,
                    name = entry.name,
                    headline = headline(&entry.cause())
                ),
                remedy: entry.remedy(),
                field: entry.field,
                stop: entry.stop,
                class: Some(entry.class),
            },
            None => unknown(err, Some(code)),
        },
        None => unknown(err, None),
    };
    if let Some(line) = support_line(err) {
        diagnosis.remedy.push('\n');
        diagnosis.remedy.push_str(&line);
    }
    diagnosis
}

fn diagnose_50126(realm: Option<Realm>) -> Diagnosis {
    let entry = lookup(50126).expect("50126 is in the catalogue");
    let (id, remedy, field) = match realm {
        Some(Realm::Managed) => (
            "aadsts-50126-managed",
            msg!("aadsts-50126-managed.remedy"),
            Some(Field::Password),
        ),
        Some(Realm::Federated) => (
            "aadsts-50126-federated",
            msg!("aadsts-50126-federated.remedy"),
            None,
        ),
        Some(Realm::Unknown) | None => ("aadsts-50126-unknown", entry.remedy(), entry.field),
    };
    Diagnosis {
        code: Some(50126),
        summary: msg!(
            "aadsts-summary",
            code = entry.code,
            name = entry.name,
            headline = msg::attr(id, "summary")
        ),
        remedy,
        field,
        stop: entry.stop,
        class: Some(entry.class),
    }
}

/// Microsoft's message for AADSTS90010 says the grant went to /common or /consumers ("The grant
/// type is not supported over the /common or /consumers endpoints"), which is what servers send;
/// Microsoft's reference gives the code another meaning ("Unable to create the algorithm").
fn over_common_endpoint(err: &AadError) -> bool {
    err.description.as_deref().is_some_and(|d| {
        let d = d.to_ascii_lowercase();
        d.contains("/common") || d.contains("/consumers")
    })
}

/// The cause of this error as `dynsync explain` shows it: the entry's, unless the error's own
/// message gives the code another meaning (AADSTS90010 over /common or /consumers).
pub fn cause(err: &AadError, entry: &Entry) -> String {
    if entry.code == 90010 && over_common_endpoint(err) {
        msg!("aadsts-90010-common.cause")
    } else {
        entry.cause()
    }
}

/// AADSTS90010: keyed on Microsoft's message when it names /common or /consumers (the request
/// must name the tenant), Microsoft's reference meaning otherwise (with Microsoft's message, if
/// any, since the code alone says little).
fn diagnose_90010(err: &AadError) -> Diagnosis {
    let entry = lookup(90010).expect("90010 is in the catalogue");
    if over_common_endpoint(err) {
        return Diagnosis {
            code: Some(entry.code),
            summary: msg!(
                "aadsts-summary",
                code = entry.code,
                name = entry.name,
                headline = msg!("aadsts-90010-common.summary")
            ),
            remedy: msg!("aadsts-90010-common.remedy"),
            field: Some(Field::Tenant),
            stop: false,
            class: Some(Class::Tenant),
        };
    }
    let mut remedy = entry.remedy();
    if let Some(first) = err.first_sentence() {
        remedy.push('\n');
        remedy.push_str(&msg!(
            "aadsts-unknown-microsofts-message",
            message = one_line(&first)
        ));
    }
    Diagnosis {
        code: Some(entry.code),
        summary: msg!(
            "aadsts-summary",
            code = entry.code,
            name = entry.name,
            headline = headline(&entry.cause())
        ),
        remedy,
        field: entry.field,
        stop: entry.stop,
        class: Some(entry.class),
    }
}

/// A code dynsync has no entry for, or an error without any code.
fn unknown(err: &AadError, code: Option<u32>) -> Diagnosis {
    let first = err.first_sentence();
    let summary = match (code, &first, &err.error) {
        (Some(c), Some(f), _) => msg!("aadsts-unknown-summary", code = c, first = f),
        (Some(c), None, _) => msg!("aadsts-unknown-summary-not-in-catalogue", code = c),
        (None, Some(f), Some(e)) => msg!("aadsts-error-summary", error = e, first = f),
        (None, None, Some(e)) => msg!("aadsts-error-summary-no-code", error = e),
        (None, Some(f), None) => msg!("aadsts-error-summary-no-error", first = f),
        (None, None, None) => msg!("aadsts-error-summary-nothing"),
    };
    let mut lines = Vec::new();
    match code {
        Some(c) => lines.push(msg!("aadsts-unknown-no-advice", code = c)),
        None => lines.push(msg!("aadsts-unknown-no-code")),
    }
    if let Some(f) = &first {
        lines.push(msg!("aadsts-unknown-microsofts-message", message = f));
    }
    match (&err.error_uri, code) {
        (Some(uri), _) => lines.push(msg!("aadsts-unknown-error-page", uri = uri)),
        (None, Some(c)) => lines.push(msg!("aadsts-unknown-look-up", code = c)),
        (None, None) => {}
    }
    lines.push(msg!("aadsts-unknown-sign-in-logs"));
    Diagnosis {
        code,
        summary: one_line(&summary),
        remedy: lines.join("\n"),
        field: None,
        stop: false,
        class: None,
    }
}

/// "For Microsoft support: Trace ID: …, Correlation ID: …, Timestamp: …" when any is known.
fn support_line(err: &AadError) -> Option<String> {
    let parts: Vec<String> = [
        ("aadsts-support-trace-id", &err.trace_id),
        ("aadsts-support-correlation-id", &err.correlation_id),
        ("aadsts-support-timestamp", &err.timestamp),
    ]
    .into_iter()
    .filter_map(|(id, value)| value.as_deref().map(|v| msg!(id, value = one_line(v))))
    .collect();
    (!parts.is_empty()).then(|| msg!("aadsts-support-line", ids = parts.join(", ")))
}

/// The first sentence of a cause, without its full stop.
fn headline(cause: &str) -> &str {
    let end = cause.find(". ").unwrap_or(cause.len());
    cause[..end].trim_end_matches('.')
}

/// Line breaks and tabs replaced by spaces, so a summary stays on one line.
fn one_line(s: &str) -> String {
    s.split(['\r', '\n', '\t'])
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const REQUIRED: &[u32] = &[
        50126, 50034, 50053, 50055, 50056, 50057, 50144, 50076, 50079, 50072, 50074, 50158, 53000,
        53001, 53002, 53003, 530003, 530035, 530032, 65001, 650052, 650057, 500011, 50001, 500014,
        70011, 700016, 7000215, 7000222, 7000218, 700025, 7000112, 50105, 50020, 50097, 50173,
        50059, 50128, 90002, 90038, 90010, 9001023, 90014, 900144, 9002313, 901002, 50196, 50049,
        70002, 70008, 700003, 80012, 80013,
    ];

    const TRACE: &str = "0000aaaa-11bb-cccc-dd33-eeeeee333333";
    const CORRELATION: &str = "aaaa0000-bb11-2222-33cc-444444dddddd";

    fn err(codes: &[u32]) -> AadError {
        AadError {
            codes: codes.to_vec(),
            ..Default::default()
        }
    }

    #[test]
    fn every_required_code_is_present() {
        let missing: Vec<u32> = REQUIRED
            .iter()
            .copied()
            .filter(|&c| lookup(c).is_none())
            .collect();
        assert!(missing.is_empty(), "missing codes: {missing:?}");
    }

    #[test]
    fn table_is_sorted_unique_and_large_enough() {
        assert!(all().len() >= 45, "only {} entries", all().len());
        for pair in all().windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn lookup_hits_and_misses() {
        assert_eq!(lookup(50126).unwrap().name, "InvalidUserNameOrPassword");
        assert_eq!(lookup(7000215).unwrap().class, Class::Secret);
        assert_eq!(lookup(all()[0].code).unwrap().code, all()[0].code);
        assert_eq!(
            lookup(all().last().unwrap().code).unwrap().code,
            all().last().unwrap().code
        );
        for code in [0, 1, 50000, 50127, 4_294_967_295] {
            assert!(
                lookup(code).is_none(),
                "{code} should not be in the catalogue"
            );
        }
    }

    #[test]
    fn entries_are_well_formed() {
        for e in all() {
            assert!(
                !e.name.is_empty() && !e.name.contains(' '),
                "{}: bad name",
                e.code
            );
            let (cause, remedy) = (e.cause(), e.remedy());
            assert!(!remedy.trim().is_empty(), "{}: empty remedy", e.code);
            let h = headline(&cause);
            assert!(
                h.len() >= 20 && h.len() <= 220,
                "{}: headline {h:?}",
                e.code
            );
            assert!(!cause.contains('\n'), "{}: cause must be prose", e.code);
            let guarded = matches!(e.class, Class::Lockout | Class::Throttle);
            assert_eq!(
                e.stop, guarded,
                "{}: stop must match lockout/throttle class",
                e.code
            );
            if e.stop {
                assert!(
                    remedy.starts_with("Do not"),
                    "{}: a stop remedy starts with the stop",
                    e.code
                );
            }
        }
    }

    #[test]
    fn re_entry_fields_follow_the_brief() {
        let field = |c| lookup(c).unwrap().field;
        assert_eq!(field(7000215), Some(Field::ClientSecret));
        assert_eq!(field(7000222), Some(Field::ClientSecret));
        assert_eq!(field(50126), Some(Field::Password));
        assert_eq!(field(700016), Some(Field::ClientId));
        assert_eq!(field(500011), Some(Field::OrgUrl));
        assert_eq!(field(90002), Some(Field::Tenant));
        assert_eq!(field(50034), Some(Field::Username));
        assert_eq!(field(50053), None);
        assert_eq!(field(700025), None);
    }

    #[test]
    fn mfa_and_conditional_access_entries_give_the_standard_advice() {
        let mfa: Vec<&Entry> = all().iter().filter(|e| e.class == Class::Mfa).collect();
        assert!(mfa.len() >= 15);
        for e in mfa {
            let remedy = e.remedy();
            for needle in [
                "Conditional Access tab",
                "Exclude",
                "Per-user MFA",
                "Marketo cannot do MFA",
                "Sign-in logs",
            ] {
                assert!(
                    remedy.contains(needle),
                    "{}: remedy lacks {needle:?}",
                    e.code
                );
            }
        }
    }

    #[test]
    fn cli_commands_named_in_remedies_exist() {
        for e in all() {
            let remedy = e.remedy();
            for (i, _) in remedy.match_indices("`dynsync ") {
                let rest = &remedy[i + "`dynsync ".len()..];
                assert!(
                    rest.starts_with("validate") || rest.starts_with("explain"),
                    "{}: unknown command in {:?}",
                    e.code,
                    &remedy[i..]
                );
            }
        }
    }

    #[test]
    fn specific_remedies_carry_the_key_facts() {
        let r = |c| lookup(c).unwrap().remedy();
        assert!(r(7000215).contains("Secret ID vs Value"));
        assert!(r(7000215).contains("GUID-shaped"));
        assert!(r(7000215).contains("only once"));
        assert!(r(7000222).contains("next to the expired one"));
        assert!(r(7000222).contains("Delete the old secret later"));
        assert!(r(700025).contains("Allow public client flows → No"));
        assert!(r(90038).contains("--cloud usgov"));
        assert!(r(90038).contains("--cloud china"));
        assert!(r(65001).contains("Grant admin consent"));
        assert!(r(50053).contains("30 minutes"));
        assert!(r(50053).contains("Sign-in logs"));
        assert!(lookup(70002).unwrap().cause().contains("generic"));
    }

    #[test]
    fn lockout_and_loop_codes_stop() {
        for code in [50053, 50196] {
            let d = diagnose(&err(&[code]), None);
            assert!(d.stop, "{code} must stop");
            assert!(d.remedy.starts_with("Do not"), "{code}: {}", d.remedy);
        }
        assert!(!diagnose(&err(&[50126]), Some(Realm::Managed)).stop);
        assert!(!diagnose(&err(&[7000215]), None).stop);
    }

    #[test]
    fn code_50126_on_a_managed_realm_is_a_wrong_password() {
        let d = diagnose(&err(&[50126]), Some(Realm::Managed));
        assert_eq!(d.code, Some(50126));
        assert_eq!(d.field, Some(Field::Password));
        assert_eq!(d.class, Some(Class::Credentials));
        assert!(
            d.summary
                .starts_with("AADSTS50126 InvalidUserNameOrPassword: ")
        );
        assert!(d.summary.contains("password was rejected"));
        assert!(d.remedy.contains("smart lockout"));
        assert!(!d.remedy.contains("HomeRealmDiscovery"), "{}", d.remedy);
    }

    #[test]
    fn code_50126_on_a_federated_realm_needs_hrd_and_hash_sync() {
        let d = diagnose(&err(&[50126]), Some(Realm::Federated));
        assert_eq!(d.field, None);
        assert!(d.summary.contains("federated"));
        for needle in [
            "Password hash sync",
            "AllowCloudPasswordValidation",
            "Connect-MgGraph",
            "New-MgPolicyHomeRealmDiscoveryPolicy",
            "New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef",
            "Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo",
        ] {
            assert!(
                d.remedy.contains(needle),
                "federated remedy lacks {needle:?}"
            );
        }
        assert!(!d.remedy.contains("Reset password"));
    }

    #[test]
    fn code_50126_with_an_unknown_realm_names_both_causes() {
        let unknown = diagnose(&err(&[50126]), Some(Realm::Unknown));
        let none = diagnose(&err(&[50126]), None);
        assert_eq!(unknown, none);
        assert!(none.summary.contains("wrong password") && none.summary.contains("federated"));
        assert!(none.remedy.contains("If the domain is managed"));
        assert!(none.remedy.contains("If the domain is federated"));
        assert!(none.remedy.contains("AllowCloudPasswordValidation"));
        assert!(none.remedy.contains("Reset password"));
        assert_eq!(none.field, Some(Field::Password));
    }

    #[test]
    fn unknown_code_keeps_microsofts_details() {
        let body = format!(
            r#"{{"error":"invalid_request","error_description":"AADSTS1234567: Something new happened. More text.\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORRELATION}\r\nTimestamp: 2024-05-06 07:08:09Z","error_codes":[1234567],"timestamp":"2024-05-06 07:08:09Z","trace_id":"{TRACE}","correlation_id":"{CORRELATION}","error_uri":"https://login.microsoftonline.com/error?code=1234567"}}"#
        );
        let d = diagnose(&AadError::from_json(body.as_bytes()).unwrap(), None);
        assert_eq!(d.code, Some(1234567));
        assert_eq!(d.class, None);
        assert_eq!(d.field, None);
        assert!(!d.stop);
        assert_eq!(d.summary, "AADSTS1234567: Something new happened.");
        assert!(
            d.remedy
                .contains("Microsoft's message: Something new happened.")
        );
        assert!(
            d.remedy
                .contains("https://login.microsoftonline.com/error?code=1234567")
        );
        assert!(d.remedy.contains("Sign-in logs"));
        assert!(d.remedy.contains(TRACE) && d.remedy.contains(CORRELATION));
        assert!(d.remedy.contains("2024-05-06 07:08:09Z"));
        // Without an error_uri, dynsync points at Microsoft's lookup page for the code.
        let d = diagnose(&err(&[1234567]), None);
        assert!(d.remedy.contains("error?code=1234567"));
        assert_eq!(d.summary, "AADSTS1234567: not in the dynsync catalogue");
    }

    #[test]
    fn an_error_without_any_code_is_not_classified() {
        let e = AadError::from_json(
            br#"{"error":"invalid_client","error_description":"Client authentication failed."}"#,
        )
        .unwrap();
        let d = diagnose(&e, Some(Realm::Managed));
        assert_eq!(d.code, None);
        assert_eq!(d.class, None);
        assert_eq!(d.field, None);
        assert_eq!(
            d.summary,
            "Azure AD error invalid_client: Client authentication failed."
        );
        assert_eq!(
            diagnose(&AadError::default(), None).summary,
            "Azure AD returned an error without an AADSTS code"
        );
    }

    #[test]
    fn v1_body_with_a_generic_first_code_is_diagnosed_by_the_specific_one() {
        let body = br#"{"error":"invalid_grant","error_description":"AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password\r\nTrace ID: 1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\r\nCorrelation ID: 9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4\r\nTimestamp: 2016-02-02 10:11:12Z","error_codes":[70002,50126],"submit_url":null,"context":null}"#;
        let d = diagnose(&AadError::from_json(body).unwrap(), Some(Realm::Managed));
        assert_eq!(d.code, Some(50126));
        assert_eq!(d.field, Some(Field::Password));
        // The ids came from the description lines and are quoted for support.
        assert!(d.remedy.ends_with(
            "For Microsoft support: Trace ID: 1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b, Correlation ID: 9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4, Timestamp: 2016-02-02 10:11:12Z"
        ));
    }

    #[test]
    fn v2_secret_error_end_to_end() {
        // Shape of a v2 token-endpoint error (ERR sample fields, 7000215 text as Azure sends it).
        let body = format!(
            r#"{{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '00001111-aaaa-2222-bbbb-3333cccc4444'.\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORRELATION}\r\nTimestamp: 2025-01-02 03:04:05Z","error_codes":[7000215],"timestamp":"2025-01-02 03:04:05Z","trace_id":"{TRACE}","correlation_id":"{CORRELATION}","error_uri":"https://login.microsoftonline.com/error?code=7000215"}}"#
        );
        let e = AadError::from_json(body.as_bytes()).unwrap();
        let d = diagnose(&e, Some(Realm::Managed));
        assert_eq!(d.code, Some(7000215));
        assert_eq!(d.class, Some(Class::Secret));
        assert_eq!(d.field, Some(Field::ClientSecret));
        assert!(!d.stop);
        assert!(
            d.summary.starts_with(
                "AADSTS7000215 InvalidClientSecret: Azure AD rejected the client secret"
            )
        );
        assert!(d.remedy.contains("Secret ID vs Value"));
        let last = d.remedy.lines().last().unwrap();
        assert!(last.contains(TRACE) && last.contains(CORRELATION), "{last}");
        // The JSON document the CLI prints uses snake_case classes and fields.
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["class"], "secret");
        assert_eq!(json["field"], "client_secret");
    }

    #[test]
    fn oidc_tenant_not_found_end_to_end() {
        let body = br#"{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'contoso.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."}"#;
        let d = diagnose(&AadError::from_json(body).unwrap(), None);
        assert_eq!(d.code, Some(90002));
        assert_eq!(d.field, Some(Field::Tenant));
        assert_eq!(d.class, Some(Class::Tenant));
        assert!(
            !d.remedy.contains("For Microsoft support"),
            "no ids, no support line"
        );
    }

    #[test]
    fn pasted_texts_are_diagnosed() {
        let marketo = format!(
            "Sync Errors: Authentication failed: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication.\nTrace ID: {TRACE}\nCorrelation ID: {CORRELATION}\nTimestamp: 2024-05-06 07:08:09Z"
        );
        let d = diagnose(&AadError::from_text(&marketo).unwrap(), None);
        assert_eq!(d.class, Some(Class::Mfa));
        assert!(d.remedy.contains("Marketo cannot do MFA"));
        assert!(d.remedy.lines().last().unwrap().contains(CORRELATION));

        let sign_in = format!(
            "Sign-in error code\t53003\nFailure reason\tAccess has been blocked by Conditional Access policies.\nCorrelation ID\t{CORRELATION}"
        );
        let d = diagnose(&AadError::from_text(&sign_in).unwrap(), None);
        assert_eq!(d.code, Some(53003));
        assert!(
            d.summary
                .starts_with("AADSTS53003 BlockedByConditionalAccess")
        );
        assert!(d.remedy.ends_with(&format!(
            "For Microsoft support: Correlation ID: {CORRELATION}"
        )));

        let d = diagnose(&AadError::from_text("AADSTS50053").unwrap(), None);
        assert!(d.stop);
        assert!(!d.remedy.contains("For Microsoft support"));
    }

    #[test]
    fn every_summary_is_one_line_and_names_the_code() {
        for e in all() {
            for realm in [None, Some(Realm::Managed), Some(Realm::Federated)] {
                let d = diagnose(&err(&[e.code]), realm);
                assert!(!d.summary.contains('\n'), "{}: {:?}", e.code, d.summary);
                assert!(
                    d.summary
                        .starts_with(&format!("AADSTS{} {}: ", e.code, e.name)),
                    "{:?}",
                    d.summary
                );
                assert_eq!(d.code, Some(e.code));
                assert_eq!(d.class, Some(e.class));
            }
        }
        let d = diagnose(
            &AadError {
                description: Some("AADSTS999: a\tb\r\nc".into()),
                ..Default::default()
            },
            None,
        );
        assert!(!d.summary.contains(['\n', '\r', '\t']), "{:?}", d.summary);
    }

    #[test]
    fn code_90010_over_common_is_keyed_on_microsofts_message() {
        // What servers send for a password grant at /common (MSAL.NET sample comments).
        let body = format!(
            r#"{{"error":"invalid_request","error_description":"AADSTS90010: The grant type is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORRELATION}\r\nTimestamp: 2026-11-20 08:00:00Z","error_codes":[90010],"trace_id":"{TRACE}","correlation_id":"{CORRELATION}"}}"#
        );
        let e = AadError::from_json(body.as_bytes()).unwrap();
        let d = diagnose(&e, Some(Realm::Managed));
        assert_eq!(d.code, Some(90010));
        assert_eq!(d.class, Some(Class::Tenant));
        assert_eq!(d.field, Some(Field::Tenant));
        assert!(!d.stop);
        assert_eq!(
            d.summary,
            "AADSTS90010 NotSupported: the password grant is not supported on the /common or /consumers endpoint: the request must name the tenant"
        );
        assert!(d.remedy.contains("/organizations"), "{}", d.remedy);
        assert!(d.remedy.contains("--tenant"), "{}", d.remedy);
        assert!(!d.remedy.contains("algorithm"), "{}", d.remedy);
        assert!(d.remedy.lines().last().unwrap().contains(CORRELATION));
        let entry = lookup(90010).unwrap();
        assert!(cause(&e, entry).contains("/common or /consumers"));
        assert!(!cause(&e, entry).contains("algorithm"));
        // Any message naming either endpoint, in any case.
        let e = AadError {
            codes: vec![90010],
            description: Some(
                "AADSTS90010: Grant type not supported over the /CONSUMERS endpoint.".into(),
            ),
            ..Default::default()
        };
        assert_eq!(diagnose(&e, None).class, Some(Class::Tenant));
    }

    #[test]
    fn code_90010_otherwise_has_microsofts_reference_meaning() {
        let entry = lookup(90010).unwrap();
        assert_eq!(entry.name, "NotSupported");
        assert_eq!(entry.field, None);
        assert!(
            entry
                .cause()
                .starts_with("Azure AD could not create the algorithm")
        );
        // The bare code: the reference meaning, with the /common case named as the other reading.
        let d = diagnose(&err(&[90010]), None);
        assert_eq!(d.class, Some(Class::Request));
        assert_eq!(d.field, None);
        assert!(d.summary.starts_with(
            "AADSTS90010 NotSupported: Azure AD could not create the algorithm the request needs"
        ));
        assert!(d.summary.contains("Unable to create the algorithm"));
        assert!(d.remedy.contains("/common or /consumers"));
        assert!(d.remedy.contains("Trace ID"));
        assert!(!d.remedy.contains("Microsoft's message:"));
        assert_eq!(cause(&err(&[90010]), entry), entry.cause());
        // Another message keeps the reference meaning and is quoted.
        let e = AadError {
            codes: vec![90010],
            description: Some("AADSTS90010: Unable to create the algorithm. More.".into()),
            ..Default::default()
        };
        let d = diagnose(&e, None);
        assert_eq!(d.class, Some(Class::Request));
        assert!(
            d.remedy
                .ends_with("Microsoft's message: Unable to create the algorithm."),
            "{}",
            d.remedy
        );
    }

    #[test]
    fn code_53004_is_mfa_registration_not_account_risk() {
        let entry = lookup(53004).unwrap();
        assert_eq!(entry.name, "ProofUpBlockedDueToRisk");
        assert_eq!(entry.class, Class::Mfa);
        let (cause, remedy) = (entry.cause(), entry.remedy());
        assert!(
            cause.contains("must complete the multi-factor authentication registration"),
            "{cause}"
        );
        assert!(!cause.contains("at risk"), "{cause}");
        assert!(!remedy.contains("Risky users"), "{remedy}");
        assert!(remedy.contains("Multifactor authentication registration policy"));
        let d = diagnose(&err(&[53004]), None);
        assert!(d.summary.starts_with(
            "AADSTS53004 ProofUpBlockedDueToRisk: The sync user must complete the multi-factor authentication registration process"
        ));
    }
}
