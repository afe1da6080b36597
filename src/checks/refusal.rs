//! Why Dataverse did not answer a query: the HTTP status, Dataverse's error code and what it
//! decides (not a member, the privilege that is missing) or its own message, for the summary of
//! every check such an answer stops.

use crate::dynamics::{Answer, Refusal};
use crate::msg;

/// Dataverse's error code as it writes it, `0x80040220`.
pub(super) fn code(a: &Answer) -> Option<String> {
    a.error_code().map(|c| format!("0x{c:08x}"))
}

/// "HTTP 403, 0x80040220: missing prvReadSolution", "HTTP 403, 0x80072560: not a member of the
/// organization", "HTTP 401: {message}"…: the part in brackets of a summary.
pub(super) fn why(a: &Answer) -> String {
    let status = a.status;
    let Some(code) = code(a) else {
        return match a.message().filter(|m| !m.trim().is_empty()) {
            Some(message) => msg!(
                "checks-why-status-message",
                status = status,
                message = message
            ),
            None => msg!("checks-why-status", status = status),
        };
    };
    match a.refusal() {
        Some(Refusal::NotMember) => msg!("checks-why-not-member", status = status, code = code),
        Some(Refusal::MissingPrivilege(Some(privilege))) => msg!(
            "checks-why-privilege",
            status = status,
            code = code,
            privilege = privilege
        ),
        Some(Refusal::MissingPrivilege(None)) => {
            msg!("checks-why-privilege-unnamed", status = status, code = code)
        }
        _ => match a.message().filter(|m| !m.trim().is_empty()) {
            Some(message) => msg!(
                "checks-why-code-message",
                status = status,
                code = code,
                message = message
            ),
            None => msg!("checks-why-code", status = status, code = code),
        },
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn answer(status: u16, code: &str, message: &str) -> Answer {
        Answer {
            status,
            json: Some(json!({"error": {"code": code, "message": message}})),
        }
    }

    #[test]
    fn the_reason_names_the_status_the_code_and_the_privilege() {
        assert_eq!(
            why(&answer(
                403,
                "0x80040220",
                "Principal user (Id=1, type=8) is missing prvReadSolution privilege (Id=2) on OTC=7100 for entity 'solution'"
            )),
            "HTTP 403, 0x80040220: missing prvReadSolution"
        );
        assert_eq!(
            why(&answer(
                403,
                "0x80072560",
                "The user is not a member of the organization."
            )),
            "HTTP 403, 0x80072560: not a member of the organization"
        );
        assert_eq!(
            why(&answer(
                403,
                "0x80040220",
                "Principal user is missing a privilege."
            )),
            "HTTP 403, 0x80040220: a privilege is missing"
        );
        assert_eq!(
            why(&answer(
                401,
                "0x80072183",
                "The user authentication failed!"
            )),
            "HTTP 401, 0x80072183: The user authentication failed!"
        );
        assert_eq!(
            why(&answer(403, "", "simulated HTTP 403")),
            "HTTP 403: simulated HTTP 403"
        );
        assert_eq!(
            why(&Answer {
                status: 403,
                json: None
            }),
            "HTTP 403"
        );
    }
}
