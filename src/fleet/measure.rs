//! The figures of a fleet file that the service catalogue's signals and the
//! pilot's consistency checks may name (`measure: unencrypted_percent`,
//! `above: 5`), read once and computed one way for both.
//!
//! A file may hold several exports of the same devices (Intune, Entra ID
//! and Active Directory all list the laptops), so figures are never summed
//! across kinds: each measure comes from the first kind, in the order
//! Intune, Entra ID, Active Directory, whose exports carry it, summed over
//! the exports of that kind (one per tenant or domain).

use super::result::{ExportKind, FleetResult, FleetSource, Tally};
use crate::diagnostic::Mark;
use crate::tr;
use crate::yaml::{Decoder, Fields};

/// A figure of a municipality's fleet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// How many devices.
    Devices,
    /// Percent of the devices whose encryption is known that are not encrypted.
    UnencryptedPercent,
    /// Percent of the devices whose compliance is known that are not compliant.
    NoncompliantPercent,
    /// Percent of the devices whose management is known that are not managed.
    UnmanagedPercent,
    /// Percent of the devices whose release has a known end of support that
    /// are past it.
    UnsupportedPercent,
    /// Percent of the devices with no activity for more than 90 days.
    StalePercent,
}

/// Every measure by the name files use for it.
pub const MEASURES: [(&str, Measure); 6] = [
    ("devices", Measure::Devices),
    ("unencrypted_percent", Measure::UnencryptedPercent),
    ("noncompliant_percent", Measure::NoncompliantPercent),
    ("unmanaged_percent", Measure::UnmanagedPercent),
    ("unsupported_percent", Measure::UnsupportedPercent),
    ("stale_percent", Measure::StalePercent),
];

/// The order in which kinds of export are asked for a figure: the tool that
/// manages the devices knows most about them.
const PREFERENCE: [ExportKind; 3] = [
    ExportKind::Intune,
    ExportKind::Entra,
    ExportKind::ActiveDirectory,
];

impl Measure {
    pub fn name(self) -> &'static str {
        MEASURES
            .iter()
            .find(|(_, m)| *m == self)
            .map_or("", |(name, _)| name)
    }

    /// The figure of one export alone, when it carries it.
    pub fn of_source(self, source: &FleetSource) -> Option<f64> {
        self.of(&[source])
    }

    /// The figure from one kind's exports, when they carry it.
    fn of(self, sources: &[&FleetSource]) -> Option<f64> {
        let sum = |f: &dyn Fn(&FleetSource) -> Option<u64>| -> Option<u64> {
            let known: Vec<u64> = sources.iter().filter_map(|s| f(s)).collect();
            (!known.is_empty()).then(|| known.iter().sum())
        };
        let tally = |f: &dyn Fn(&FleetSource) -> Option<Tally>| -> Option<f64> {
            let (no, known) = sources
                .iter()
                .filter_map(|s| f(s))
                .fold((0, 0), |(no, known), t| (no + t.no, known + t.yes + t.no));
            percent(no, known)
        };
        match self {
            Measure::Devices => sum(&|s| Some(s.devices)).map(|n| n as f64),
            Measure::UnencryptedPercent => tally(&|s| s.encrypted),
            Measure::NoncompliantPercent => tally(&|s| s.compliant),
            Measure::UnmanagedPercent => tally(&|s| s.managed),
            Measure::UnsupportedPercent => {
                let releases = sources.iter().flat_map(|s| &s.operating_systems);
                let (past, known) =
                    releases.fold((0, 0), |(past, known), os| match os.past_end_of_support {
                        Some(true) => (past + os.devices, known + os.devices),
                        Some(false) => (past, known + os.devices),
                        None => (past, known),
                    });
                percent(past, known)
            }
            Measure::StalePercent => {
                let stale = sum(&|s| s.stale_90)?;
                let devices = sum(&|s| s.stale_90.map(|_| s.devices))?;
                percent(stale, devices)
            }
        }
    }
}

fn percent(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64 * 100.0)
}

impl FleetResult {
    /// The figure, from the first kind of export that carries it; `None`
    /// when none does.
    pub fn measure(&self, measure: Measure) -> Option<f64> {
        PREFERENCE.iter().find_map(|kind| {
            let sources: Vec<&FleetSource> =
                self.sources.iter().filter(|s| s.kind == *kind).collect();
            measure.of(&sources)
        })
    }
}

/// A condition on a fleet figure: the figure is above a limit.
#[derive(Clone, Debug, PartialEq)]
pub struct FleetCondition {
    pub at: Mark,
    pub measure: Measure,
    pub above: f64,
}

impl FleetCondition {
    /// Whether the fleet shows it; `None` when its exports lack the figure.
    pub fn holds(&self, fleet: &FleetResult) -> Option<bool> {
        fleet.measure(self.measure).map(|x| x > self.above)
    }

    /// Reads `measure:` and `above:` from the fields of a catalogue signal
    /// or a pilot check, reporting an unknown measure or a limit outside
    /// 0–100 for a percent.
    pub fn read(d: &mut Decoder, f: &Fields) -> Option<FleetCondition> {
        let m_node = d.required(f, "measure")?;
        let a_node = d.required(f, "above");
        let name = d.string(m_node)?;
        let measure = MEASURES.iter().find(|(n, _)| *n == name).map(|(_, m)| *m);
        let Some(measure) = measure else {
            let names = MEASURES.map(|(n, _)| n);
            let hint = crate::yaml::did_you_mean(&name, names.iter().copied());
            let known = names.join(", ");
            d.report(
                m_node.mark,
                "unknown-measure",
                tr!("measure-unknown", name = name, known = known, hint = hint),
            );
            return None;
        };
        let a_node = a_node?;
        let above = d.number(a_node)?;
        let max = if measure == Measure::Devices {
            f64::MAX
        } else {
            100.0
        };
        if !above.is_finite() || !(0.0..=max).contains(&above) {
            d.report(
                a_node.mark,
                "out-of-range",
                tr!("measure-limit-out-of-range", name = name),
            );
            return None;
        }
        Some(FleetCondition {
            at: m_node.mark,
            measure,
            above,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::result::{OsCount, Platform};

    fn source(kind: ExportKind, devices: u64) -> FleetSource {
        FleetSource {
            devices,
            ..FleetSource::empty(kind, String::new())
        }
    }

    fn fleet(sources: Vec<FleetSource>) -> FleetResult {
        FleetResult {
            format: crate::fleet::result::FORMAT.into(),
            kartlegg_version: String::new(),
            municipality: crate::subject::Subject::kommune("4640", "Sogndal"),
            created: String::new(),
            language: "nb".into(),
            end_of_support_list: String::new(),
            sources,
        }
    }

    #[test]
    fn figures_come_from_the_managing_tool_and_are_never_summed_across_kinds() {
        let mut intune = source(ExportKind::Intune, 100);
        intune.encrypted = Some(Tally {
            yes: 62,
            no: 38,
            unknown: 0,
        });
        let mut ad = source(ExportKind::ActiveDirectory, 130);
        ad.stale_90 = Some(13);
        let mut ad2 = source(ExportKind::ActiveDirectory, 70);
        ad2.stale_90 = Some(7);
        let f = fleet(vec![ad, intune, ad2]);
        assert_eq!(f.measure(Measure::Devices), Some(100.0));
        assert_eq!(f.measure(Measure::UnencryptedPercent), Some(38.0));
        // Only AD knows staleness: its two domains are added.
        assert_eq!(f.measure(Measure::StalePercent), Some(10.0));
        assert_eq!(f.measure(Measure::NoncompliantPercent), None);
    }

    #[test]
    fn unknown_states_and_releases_are_left_out_of_the_percent() {
        let mut intune = source(ExportKind::Intune, 10);
        intune.compliant = Some(Tally {
            yes: 3,
            no: 1,
            unknown: 6,
        });
        let os = |devices, past| OsCount {
            platform: Platform::Windows,
            name: "Windows 10 22H2".into(),
            version: None,
            devices,
            end_of_support: None,
            past_end_of_support: past,
        };
        intune.operating_systems = vec![os(3, Some(true)), os(1, Some(false)), os(6, None)];
        let f = fleet(vec![intune]);
        assert_eq!(f.measure(Measure::NoncompliantPercent), Some(25.0));
        assert_eq!(f.measure(Measure::UnsupportedPercent), Some(75.0));
        let condition = FleetCondition {
            at: Mark::default(),
            measure: Measure::UnsupportedPercent,
            above: 75.0,
        };
        assert_eq!(condition.holds(&f), Some(false));
        assert_eq!(fleet(Vec::new()).measure(Measure::Devices), None);
    }
}
