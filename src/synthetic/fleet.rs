//! The device counts each fictional site sends (`kartlegg fleet` from an
//! Intune export), agreeing with its answers except where the planted set
//! makes one contradict them.

use super::{FLEET_CONTRADICTING_SITE, SITES};
use crate::fleet::{self, ExportKind, FleetResult, FleetSource, Ownership, Tally};
use crate::inventory;
use crate::questionnaire::answer::{AnswerValue, Responses};
use crate::subject::Subject;

/// A site's device counts as `kartlegg fleet` writes them from its Intune
/// export: about one device per 40 inhabitants, encrypted, compliant and on
/// supported Windows as far as its answers say (except the planted
/// contradiction: 62 % encrypted where level 4 is claimed).
pub(super) fn fleet(site: usize, maturity: &Responses, planted: bool) -> FleetResult {
    let (id, name, inhabitants, _) = SITES[site];
    let claimed = |q: &str| match maturity.get(q).and_then(|x| x.value()) {
        Some(AnswerValue::Number(v)) => *v,
        _ => 0.0,
    };
    let devices = (inhabitants / 40.0).round() as u64;
    let share = |percent: f64| (devices as f64 * percent / 100.0).round() as u64;
    let tally = |percent_no: f64| {
        let no = share(percent_no);
        Tally {
            yes: devices - no,
            no,
            unknown: 0,
        }
    };
    let unencrypted = match claimed("kryptering_enheter") {
        _ if planted && site == FLEET_CONTRADICTING_SITE => 38.0,
        c if c >= 4.0 => 1.0,
        c if c >= 3.0 => 8.0,
        _ => 30.0,
    };
    // As the it-struktur answer on supported PCs says.
    let supported = if claimed("patching") >= 4.0 {
        100.0
    } else {
        70.0 + 4.0 * site as f64
    };
    let last = jiff::civil::date(2026, 10, 5 + site as i8);
    let old = share(100.0 - supported);
    let releases = [
        (
            fleet::os::classify("Windows", "10.0.26100.2314", Some("Enterprise")),
            devices - old,
        ),
        (
            fleet::os::classify("Windows", "10.0.19045.5131", Some("Enterprise")),
            old,
        ),
    ];
    let mut source = FleetSource {
        devices,
        activity_first: Some("2025-06-02".into()),
        activity_last: Some(last.to_string()),
        stale_30: Some(share(8.0)),
        stale_90: Some(share(3.0)),
        encrypted: Some(tally(unencrypted)),
        compliant: Some(tally(if claimed("patching") >= 4.0 {
            5.0
        } else {
            20.0
        })),
        managed: Some(tally(0.0)),
        ownership: Some(Ownership {
            corporate: devices,
            personal: 0,
            unknown: 0,
        }),
        ..FleetSource::empty(
            ExportKind::Intune,
            crate::questionnaire::sha256_hex(format!("intune {id}").as_bytes()),
        )
    };
    source.operating_systems = releases
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(release, n)| release.counted(n, Some(last)))
        .collect();
    FleetResult {
        format: fleet::result::FORMAT.into(),
        kartlegg_version: env!("CARGO_PKG_VERSION").into(),
        municipality: Subject::kommune(id, name),
        created: format!("{last}T14:00:00Z"),
        language: "nb".into(),
        end_of_support_list: inventory::known::CHECKED.into(),
        sources: vec![source],
    }
}
