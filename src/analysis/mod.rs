//! Decisions from the dataset: which services a shared security centre should
//! offer (`ranking`), and how well the questionnaires worked in the pilot
//! (`pilot`). Both read the scored records that `collect` kept, one per
//! municipality or cooperation; neither formats anything.

pub mod agreement;
pub mod pilot;
pub mod ranking;
pub mod sample;
pub mod settings;

use crate::questionnaire::Questionnaire;

/// What the analyses decide with: the catalogue, the ranking weights, the
/// pilot thresholds and checks, and the seed of the resampling.
pub struct Settings {
    pub catalogue: crate::catalogue::Catalogue,
    pub weights: settings::Weights,
    pub pilot: settings::PilotSettings,
    pub seed: u64,
}

/// The seed used when none is given, so that runs repeat.
pub const DEFAULT_SEED: u64 = 2026;

impl Settings {
    /// The built-in settings, each overridden by a file when given.
    pub fn load(
        catalogue: Option<&std::path::Path>,
        weights: Option<&std::path::Path>,
        pilot: Option<&std::path::Path>,
        questionnaires: &[Questionnaire],
    ) -> anyhow::Result<Settings> {
        Ok(Settings {
            catalogue: match catalogue {
                Some(path) => crate::catalogue::from_file(path)?,
                None => crate::catalogue::builtin()?,
            },
            weights: settings::weights(weights)?,
            pilot: settings::pilot(pilot, questionnaires)?,
            seed: DEFAULT_SEED,
        })
    }
}
