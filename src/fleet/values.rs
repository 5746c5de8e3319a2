//! What the yes/no, join-type, ownership and management cells of the
//! exports say, in English and Norwegian, read into the few states kartlegg
//! counts. A value not listed is unknown, never guessed.

use super::columns::fold;

/// `True`/`False`, `Yes`/`No`, `Ja`/`Nei`, `Compliant`/`Noncompliant`,
/// `Encrypted`/`Not encrypted` …; a device in its grace period is not
/// compliant yet.
pub fn yes_no(cell: &str) -> Option<bool> {
    match fold(cell).as_str() {
        "true" | "yes" | "ja" | "1" | "compliant" | "samsvarende" | "isamsvar" | "encrypted"
        | "kryptert" | "enabled" | "aktivert" | "managed" | "administrert" => Some(true),
        "false" | "no" | "nei" | "0" | "noncompliant" | "notcompliant" | "ikkesamsvarende"
        | "ikkeisamsvar" | "ingraceperiod" | "iavventingsperiode" | "notencrypted"
        | "unencrypted" | "ikkekryptert" | "disabled" | "deaktivert" | "unmanaged"
        | "notmanaged" | "ikkeadministrert" => Some(false),
        _ => None,
    }
}

/// Intune's `Managed by`: a management agent is managed; `None` and
/// `Unmanaged` are not; empty or `Unknown` is unknown.
pub fn managed_by(cell: &str) -> Option<bool> {
    let folded = fold(cell);
    match folded.as_str() {
        "" | "unknown" | "ukjent" => None,
        "none" | "ingen" | "unmanaged" | "ikkeadministrert" => Some(false),
        _ => Some(true),
    }
}

/// How a device is joined to Entra ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    EntraJoined,
    HybridJoined,
    Registered,
    Other,
}

/// `Microsoft Entra joined`, `Azure AD joined`, `AzureAd` (trust type);
/// `… hybrid joined`, `ServerAd`; `… registered`, `Workplace`; and the
/// Norwegian `… tilkoblet` / `registrert`.
pub fn join(cell: &str) -> Join {
    let f = fold(cell);
    if f.contains("hybrid") || f == "serverad" {
        Join::HybridJoined
    } else if f.contains("registered") || f.contains("registrert") || f == "workplace" {
        Join::Registered
    } else if f.contains("joined")
        || f.contains("tilkoblet")
        || f.contains("koblettil")
        || f == "azuread"
    {
        Join::EntraJoined
    } else {
        Join::Other
    }
}

/// Intune's `Ownership`: corporate, personal or unknown.
pub fn ownership(cell: &str) -> Option<bool> {
    match fold(cell).as_str() {
        "corporate" | "company" | "bedrift" | "firma" | "organisasjon" | "selskap" => Some(true),
        "personal" | "personlig" | "privat" => Some(false),
        _ => None,
    }
}

/// The domain of a UPN (`ola@sogndal.kommune.no`), lower case; checked for
/// mixed tenants only, never written.
pub fn upn_domain(cell: &str) -> Option<String> {
    let (_, domain) = cell.trim().rsplit_once('@')?;
    let domain = domain
        .trim()
        .trim_end_matches(['"', '>', ',', ';'])
        .to_lowercase();
    (!domain.is_empty()).then_some(domain)
}

/// The domain of an AD distinguished name, from its `DC=` parts
/// (`CN=PC01,OU=Maskiner,DC=sogndal,DC=local` is `sogndal.local`).
pub fn dn_domain(cell: &str) -> Option<String> {
    let parts: Vec<String> = cell
        .split(',')
        .filter_map(|p| {
            let (key, value) = p.trim().split_once('=')?;
            key.trim()
                .eq_ignore_ascii_case("dc")
                .then(|| value.trim().to_lowercase())
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_states_in_both_languages() {
        assert_eq!(yes_no("True"), Some(true));
        assert_eq!(yes_no("Ikke-samsvarende"), Some(false));
        assert_eq!(yes_no("In grace period"), Some(false));
        assert_eq!(yes_no("Not evaluated"), None);
        assert_eq!(managed_by("Co-managed"), Some(true));
        assert_eq!(managed_by(""), None);
        assert_eq!(join("Microsoft Entra hybrid joined"), Join::HybridJoined);
        assert_eq!(join("AzureAd"), Join::EntraJoined);
        assert_eq!(join("Microsoft Entra registered"), Join::Registered);
        assert_eq!(join(""), Join::Other);
        assert_eq!(ownership("Personlig"), Some(false));
        assert_eq!(
            upn_domain("Ola@Sogndal.Kommune.no"),
            Some("sogndal.kommune.no".into())
        );
        assert_eq!(upn_domain("ola"), None);
        assert_eq!(
            dn_domain("CN=PC01,OU=Maskiner,DC=sogndal,DC=local"),
            Some("sogndal.local".into())
        );
    }
}
