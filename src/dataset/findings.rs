//! The tables of the analyses: the ranked service catalogue, each
//! municipality's need per service, the stability curve, and the method
//! quality of every question. Built like `tables` so that the CSV files and
//! the XLSX sheets hold the same cells.

use super::tables::{Column, MUNICIPALITY, QUESTIONNAIRE, col, make as table, words};
use super::{Cell, Chart, ChartKind, Table};
use crate::analysis::pilot::Evaluation;
use crate::analysis::ranking::Ranking;
use crate::analysis::sample::round;
use crate::catalogue::Catalogue;
use crate::i18n::Text;
use crate::tr;

const PERCENT: &str = "0%";
const ONE_DECIMAL: &str = "0.0";

const NEEDS_COLUMNS: [Column; 8] = [
    Column::new(
        "tjeneste",
        "service",
        "Tjenestens id i tjenestekatalogen",
        "The service's id in the catalogue",
    ),
    Column::new(
        "behov",
        "need",
        "Behovspoeng 0–100: vektet snitt av de fire delene som har data",
        "Need score 0–100: weighted mean of the four components that have data",
    ),
    Column::new(
        "modenhetsgap",
        "maturity_gap",
        "(5 − modenhet) / 5 på tjenestens prinsipper, 0–1",
        "(5 − maturity) / 5 on the service's principles, 0–1",
    ),
    Column::new(
        "oppgitt_behov",
        "stated_need",
        "Behovet kommunen oppgir i `behov`, 0–1",
        "The need the municipality states in `behov`, 0–1",
    ),
    Column::new(
        "rangert",
        "ranked",
        "Tjenestens plass blant kommunens viktigste: 1 for første plass, 0 når den ikke er valgt",
        "The service's place among the municipality's most important: 1 for first place, 0 when not chosen",
    ),
    Column::new(
        "signaler",
        "signals",
        "Andel av tjenestens signaler som slår til, 0–1",
        "Share of the service's signals that fire, 0–1",
    ),
    Column::new(
        "vet_ikke",
        "unknown",
        "Svar behovet bygger på som var «vet ikke»",
        "Answers the need rests on that were “don't know”",
    ),
    Column::new(
        "svar",
        "answers",
        "Svar behovet bygger på (med «vet ikke»)",
        "Answers the need rests on (with “don't know”)",
    ),
];

const METHOD_COLUMNS: [Column; 18] = [
    Column::new(
        "sporsmal",
        "question",
        "Spørsmålets id",
        "The question's id",
    ),
    Column::new("tekst", "text", "Spørsmålsteksten", "The question text"),
    Column::new(
        "kommuner",
        "municipalities",
        "Svarfiler som kom til spørsmålet (én per respondent)",
        "Result files that reached the question (one per respondent)",
    ),
    Column::new(
        "andel_vet_ikke",
        "unknown_share",
        "Andel «vet ikke»",
        "Share “don't know”",
    ),
    Column::new(
        "andel_ikke_relevant",
        "not_applicable_share",
        "Andel «ikke relevant»",
        "Share “not applicable”",
    ),
    Column::new(
        "andel_hoppet_over",
        "skipped_share",
        "Andel hoppet over",
        "Share skipped",
    ),
    Column::new(
        "andel_uklar",
        "unclear_share",
        "Andel som merket spørsmålet som uklart",
        "Share who marked the question unclear",
    ),
    Column::new(
        "kommentarer",
        "comments",
        "Antall kommentarer",
        "Number of comments",
    ),
    Column::new(
        "median_sekunder",
        "median_seconds",
        "Median svartid i sekunder",
        "Median answer time in seconds",
    ),
    Column::new(
        "p90_sekunder",
        "p90_seconds",
        "90-persentilen av svartiden i sekunder",
        "90th percentile of the answer time in seconds",
    ),
    Column::new(
        "vanligste_svar_andel",
        "most_common_share",
        "Andel av de besvarte som ga det vanligste svaret",
        "Share of those who answered giving the most common answer",
    ),
    Column::new(
        "ulike_svar",
        "distinct_answers",
        "Antall ulike svar",
        "Number of distinct answers",
    ),
    Column::new(
        "motsigelser",
        "contradictions",
        "Kommuner der svaret motsier andre svar eller inventaret",
        "Municipalities whose answer contradicts other answers or the inventory",
    ),
    Column::new(
        "alfa",
        "alpha",
        "Krippendorffs alfa mellom respondenter i samme kommune (ordinal for skala, nominal for enkeltvalg og ja/nei, intervall for tall); tom uten kommuner med to eller flere respondenter",
        "Krippendorff's alpha between respondents of the same municipality (ordinal for scales, nominal for single choice and yes/no, interval for numbers); empty without municipalities with two or more respondents",
    ),
    Column::new(
        "alfa_verdier",
        "alpha_values",
        "Verdier som kunne pares (fra kommuner med minst to svar)",
        "Pairable values (from municipalities with at least two answers)",
    ),
    Column::new(
        "innen_ett_niva",
        "within_one_level",
        "Andel respondentpar i samme kommune som svarer likt eller innen ett nivå (likt for enkeltvalg)",
        "Share of respondent pairs in the same municipality answering alike or within one level (alike for single choice)",
    ),
    Column::new(
        "revider",
        "revise",
        "1 når spørsmålet bør revideres",
        "1 when the question should be revised",
    ),
    Column::new(
        "grunner",
        "reasons",
        "Hvorfor spørsmålet bør revideres",
        "Why the question should be revised",
    ),
];

const DURATIONS_COLUMNS: [Column; 5] = [
    Column::new("filer", "files", "Svarfiler brukt", "Result files used"),
    Column::new(
        "fullforte",
        "complete",
        "Av dem ferdig besvart",
        "Of them finished",
    ),
    Column::new(
        "median_minutter",
        "median_minutes",
        "Median samlet tid for ferdige filer, i minutter",
        "Median total time of finished files, in minutes",
    ),
    Column::new(
        "p90_minutter",
        "p90_minutes",
        "90-persentilen av samlet tid, i minutter",
        "90th percentile of the total time, in minutes",
    ),
    Column::new(
        "anslag_minutter",
        "estimate_minutes",
        "Summen av spørsmålenes mediantid, i minutter: anslått tid for hele skjemaet",
        "Sum of the questions' median times, in minutes: the estimated time for the whole questionnaire",
    ),
];

const CATALOGUE_COLUMNS: [Column; 8] = [
    Column::new(
        "rang",
        "rank",
        "1 = størst behov; like gjennomsnitt deler rang; tom uten data",
        "1 = greatest need; equal means share a rank; empty without data",
    ),
    Column::new(
        "tjeneste",
        "service",
        "Tjenestens id i tjenestekatalogen",
        "The service's id in the catalogue",
    ),
    Column::new("navn", "name", "Tjenestens navn", "The service's name"),
    Column::new(
        "avdeling",
        "department",
        "Avdelingen i sikkerhetssenteret tjenesten hører til",
        "The department of the security centre the service belongs to",
    ),
    Column::new(
        "behov",
        "need",
        "Gjennomsnittlig behovspoeng 0–100 (se docs/metodikk.md)",
        "Mean need score 0–100 (see docs/metodikk.md)",
    ),
    Column::new(
        "andel_hoyt_behov",
        "high_need_share",
        "Andel kommuner med høyt behov (poeng over grensen i vektfilen)",
        "Share of municipalities with high need (score above the limit in the weights file)",
    ),
    Column::new(
        "kommuner_med_data",
        "municipalities_with_data",
        "Kommuner med behovspoeng for tjenesten",
        "Municipalities with a need score for the service",
    ),
    Column::new(
        "andel_vet_ikke",
        "unknown_share",
        "Andel «vet ikke» blant svarene behovet bygger på",
        "Share of “don't know” among the answers the need rests on",
    ),
];

const CATALOGUE_STABILITY_COLUMNS: [Column; 4] = [
    Column::new(
        "snittrang",
        "mean_rank",
        "Gjennomsnittlig rang over bootstrap-utvalgene",
        "Mean rank over the bootstrap resamples",
    ),
    Column::new(
        "rang_lav",
        "rank_low",
        "5-persentilen av rangen (beste plass som er rimelig)",
        "5th percentile of the rank (the best plausible place)",
    ),
    Column::new(
        "rang_hoy",
        "rank_high",
        "95-persentilen av rangen (dårligste plass som er rimelig)",
        "95th percentile of the rank (the worst plausible place)",
    ),
    Column::new(
        "forklaring",
        "explanation",
        "Hva i dataene behovet bygger på",
        "What in the data the need rests on",
    ),
];

fn count(n: usize) -> Cell {
    Cell::Number(n as f64)
}

/// The ranked catalogue, one row per service.
pub fn catalogue(r: &Ranking, c: &Catalogue) -> Table {
    let top = r.top;
    let mut columns = words(&CATALOGUE_COLUMNS);
    columns.push(col(
        &format!("sannsynlighet_topp_{top}"),
        &format!("probability_top_{top}"),
        "Andel av bootstrap-utvalgene der tjenesten er blant de N øverste",
        "Share of bootstrap resamples in which the service is among the top N",
    ));
    columns.extend(words(&CATALOGUE_STABILITY_COLUMNS));
    let rows = r
        .ranked
        .iter()
        .map(|x| {
            let s = &c.services[x.service];
            let department = c
                .departments
                .iter()
                .find(|d| d.id == s.department)
                .map_or(s.department.clone(), |d| d.name.get().to_string());
            vec![
                x.rank.map(|r| r as f64).into(),
                s.id.clone().into(),
                s.name.get().into(),
                department.into(),
                x.mean_need.into(),
                x.high_share.into(),
                count(x.with_data),
                x.unknown_share.into(),
                Cell::Number(x.stability.in_top),
                Cell::Number(x.stability.mean_rank),
                Cell::Number(x.stability.rank_low),
                Cell::Number(x.stability.rank_high),
                x.explanation.join(". ").into(),
            ]
        })
        .collect();
    let mut t = table(
        "tjenestekatalog",
        Text::new("Tjenestekatalog", "Service catalogue"),
        columns,
        rows,
    );
    t.formats = vec![(4, ONE_DECIMAL), (5, PERCENT), (7, PERCENT), (8, PERCENT)];
    let rows = t.rows.len() as u32;
    t.chart = Some(Chart {
        kind: ChartKind::Bar,
        title: tr!("Behov per tjeneste (0–100)", "Need per service (0–100)"),
        labels: 2,
        series: vec![(t.headers[4].clone(), 4)],
        max: 100.0,
        percent: false,
        x_title: None,
        size: Some((720, 80 + 26 * rows)),
        beside: None,
        max_rows: 1000,
    });
    t
}

/// Each municipality's need per service, with its four components.
pub fn needs(r: &Ranking, c: &Catalogue) -> Table {
    let mut columns = words(&MUNICIPALITY);
    columns.extend(words(&NEEDS_COLUMNS));
    let mut rows = Vec::new();
    for (si, s) in c.services.iter().enumerate() {
        for (k, (id, name)) in r.sites.iter().enumerate() {
            let n = &r.needs[si][k];
            let frac = |x: Option<f64>| Cell::from(x.map(|v| crate::analysis::sample::round(v, 3)));
            rows.push(vec![
                id.clone().into(),
                name.clone().into(),
                s.id.clone().into(),
                n.score.into(),
                frac(n.maturity_gap),
                frac(n.stated),
                frac(n.ranked),
                frac(n.signals),
                count(n.unknown),
                count(n.given),
            ]);
        }
    }
    let mut t = table(
        "behovspoeng",
        Text::new("Behovspoeng", "Need scores"),
        columns,
        rows,
    );
    t.formats = vec![
        (3, ONE_DECIMAL),
        (4, PERCENT),
        (5, PERCENT),
        (6, PERCENT),
        (7, PERCENT),
    ];
    t
}

/// How well the top N is recovered from a given number of municipalities.
pub fn stability(r: &Ranking) -> Table {
    let top = r.top;
    let columns = vec![
        col(
            "kommuner",
            "municipalities",
            "Antall kommuner kartlagt (trukket med tilbakelegging fra de kartlagte)",
            "Number of municipalities mapped (drawn with replacement from those mapped)",
        ),
        col(
            "samsvar",
            "agreement",
            &format!(
                "Gjennomsnittlig andel av topp {top} med alle data som også er i topp {top} med så mange kommuner"
            ),
            &format!(
                "Mean share of the top {top} from all data that is also in the top {top} with this many municipalities"
            ),
        ),
        col(
            "samme_topp",
            "same_top",
            &format!("Andel utvalg der topp {top} er nøyaktig den samme"),
            &format!("Share of resamples whose top {top} is exactly the same"),
        ),
        col(
            "ekstrapolert",
            "extrapolated",
            "1 når tallet er større enn antall kartlagte kommuner",
            "1 when the number is larger than the number of municipalities mapped",
        ),
    ];
    let rows = r
        .curve
        .iter()
        .map(|p| {
            vec![
                count(p.mapped),
                Cell::Number(p.agreement),
                Cell::Number(p.same_top),
                Cell::Number(f64::from(u8::from(p.extrapolated))),
            ]
        })
        .collect();
    let mut t = table(
        "stabilitet",
        Text::new("Stabilitet", "Stability"),
        columns,
        rows,
    );
    t.formats = vec![(1, PERCENT), (2, PERCENT)];
    t.chart = Some(Chart {
        kind: ChartKind::Line,
        title: tr!("Hvor stabil er topplisten?", "How stable is the top list?"),
        labels: 0,
        series: vec![(t.headers[1].clone(), 1)],
        max: 1.0,
        percent: true,
        x_title: Some(t.headers[0].clone()),
        size: None,
        beside: Some(5),
        max_rows: 1000,
    });
    t
}

/// Method quality: one row per question and questionnaire version.
pub fn method(e: &Evaluation) -> Table {
    let mut columns = words(&QUESTIONNAIRE);
    columns.extend(words(&METHOD_COLUMNS));
    let rows = e
        .questions
        .iter()
        .map(|q| {
            let agreement = q.agreement.as_ref();
            let share = |n: usize| {
                Cell::from((q.reached > 0).then(|| round(n as f64 / q.reached as f64, 3)))
            };
            vec![
                q.questionnaire.clone().into(),
                q.version.clone().into(),
                q.question.clone().into(),
                q.text.clone().into(),
                count(q.reached),
                share(q.unknown),
                share(q.not_applicable),
                share(q.skipped),
                share(q.unclear),
                count(q.comments),
                q.median_seconds.into(),
                q.p90_seconds.into(),
                q.most_common.into(),
                count(q.distinct),
                count(q.contradictions.len()),
                agreement
                    .and_then(|a| a.alpha.alpha.map(|x| round(x, 3)))
                    .into(),
                agreement.map(|a| a.alpha.pairable as f64).into(),
                agreement
                    .and_then(|a| a.within_one.map(|x| round(x, 3)))
                    .into(),
                Cell::Number(f64::from(u8::from(!q.flags.is_empty()))),
                q.flags.join("; ").into(),
            ]
        })
        .collect();
    let mut t = table("metode", Text::new("Metode", "Method"), columns, rows);
    t.formats = vec![
        (5, PERCENT),
        (6, PERCENT),
        (7, PERCENT),
        (8, PERCENT),
        (12, PERCENT),
        (17, PERCENT),
    ];
    t
}

/// Time per questionnaire version.
pub fn durations(e: &Evaluation) -> Table {
    let mut columns = words(&QUESTIONNAIRE);
    columns.extend(words(&DURATIONS_COLUMNS));
    let rows = e
        .durations
        .iter()
        .map(|d| {
            vec![
                d.questionnaire.clone().into(),
                d.version.clone().into(),
                count(d.files),
                count(d.complete),
                d.median_minutes.into(),
                d.p90_minutes.into(),
                d.estimated_minutes.into(),
            ]
        })
        .collect();
    let mut t = table("tidsbruk", Text::new("Tidsbruk", "Time"), columns, rows);
    t.formats = vec![(4, ONE_DECIMAL), (5, ONE_DECIMAL), (6, ONE_DECIMAL)];
    t
}
