//! One round of mapping as `compare` and the report's baseline see it: per
//! municipality, the maturity score and coverage overall, per NSM category
//! and per principle, and how much of it rests on answers carried over from
//! an older questionnaire version. A round is read either from what
//! `collect` kept (input folders) or from a dataset folder `merge` wrote
//! (its `modenhet.csv` and `svar.csv`, by header name, in either CSV
//! dialect and either language), and both ways give the same numbers.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;

use super::tables::{round_coverage, round_score};
use crate::collect::Collected;
use crate::nsm::{self, PrincipleId};
use crate::questionnaire::scoring::{self, Tally};
use crate::tr;

/// What a score is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Aspect {
    Overall,
    Category(u8),
    Principle(PrincipleId),
}

impl Aspect {
    /// Overall, then the categories, then the principles, in NSM's order.
    pub fn all() -> Vec<Aspect> {
        std::iter::once(Aspect::Overall)
            .chain(nsm::categories().map(|c| Aspect::Category(c.id)))
            .chain(nsm::principles().map(|p| Aspect::Principle(p.id)))
            .collect()
    }

    /// The id as the tables write it: `samlet`/`overall`, `k1`/`c1`, `P2.6`.
    pub fn id(self) -> String {
        match self {
            Aspect::Overall => tr!("round-overall"),
            Aspect::Category(c) => tr!("round-c", c = c),
            Aspect::Principle(p) => p.code(),
        }
    }

    /// The id and title in words, such as `2 Beskytte og opprettholde`.
    pub fn label(self) -> String {
        match self {
            Aspect::Overall => tr!("round-overall-2"),
            Aspect::Category(c) => {
                nsm::category(c).map_or(c.to_string(), |cat| format!("{c} {}", cat.title.get()))
            }
            Aspect::Principle(p) => {
                nsm::principle(p).map_or(p.to_string(), |x| format!("{p} {}", x.title.get()))
            }
        }
    }

    /// The headers its score and coverage columns in modenhet.csv may have:
    /// bokmål and English, and for a principle also the bare `2.6` that
    /// datasets wrote before the `P2.6` code.
    fn headers(self) -> [Vec<String>; 2] {
        let names = match self {
            Aspect::Overall => vec![("samlet".to_string(), "overall".to_string())],
            Aspect::Category(c) => vec![(format!("k{c}"), format!("c{c}"))],
            Aspect::Principle(p) => vec![(p.code(), p.code()), (p.to_string(), p.to_string())],
        };
        let score = names
            .iter()
            .flat_map(|(nb, en)| [nb.clone(), en.clone()])
            .collect();
        let coverage = match self {
            Aspect::Overall => vec!["samlet_dekning".to_string(), "overall_coverage".to_string()],
            _ => names
                .iter()
                .flat_map(|(nb, en)| [format!("{nb}_dekning"), format!("{en}_coverage")])
                .collect(),
        };
        [score, coverage]
    }
}

/// A score 0–5 and the share of applicable questions it rests on, rounded
/// as the tables round them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Measure {
    pub score: Option<f64>,
    pub coverage: Option<f64>,
}

impl Measure {
    fn of(tally: Option<&Tally>) -> Measure {
        Measure {
            score: tally.and_then(Tally::score).map(round_score),
            coverage: tally.and_then(Tally::coverage).map(round_coverage),
        }
    }
}

/// One municipality (or cooperation) in a round.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Site {
    pub name: String,
    pub measures: BTreeMap<Aspect, Measure>,
    /// The share of its scored maturity answers that were given to an older
    /// questionnaire version and carried over; `None` when not known.
    pub migrated: Option<f64>,
}

/// One round: its name and its municipalities by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Round {
    pub name: String,
    pub sites: BTreeMap<String, Site>,
}

impl Round {
    /// The maturity of every municipality in what `collect` kept.
    pub fn from_collected(c: &Collected, name: &str) -> Round {
        let mut sites = BTreeMap::new();
        for record in c.records.iter() {
            let Some(answered) = record.maturity_survey() else {
                continue;
            };
            let s = &answered.scores;
            let measures = Aspect::all()
                .into_iter()
                .map(|a| {
                    let tally = match a {
                        Aspect::Overall => Some(&s.overall),
                        Aspect::Category(id) => s.categories.get(&id),
                        Aspect::Principle(id) => s.principles.get(&id),
                    };
                    (a, Measure::of(tally))
                })
                .collect();
            let (mut scored, mut migrated) = (0usize, 0usize);
            for respondent in &answered.respondents {
                let result = &respondent.survey.result;
                for (_, question) in answered.questionnaire.questions() {
                    let answer = result.answers.iter().rev().find(|x| x.id == question.id);
                    let score = answer
                        .and_then(|a| a.response.value())
                        .and_then(|v| scoring::question_score(question, v));
                    if score.is_some() {
                        scored += 1;
                        migrated +=
                            usize::from(respondent.survey.migrated.contains_key(&question.id));
                    }
                }
            }
            let site = Site {
                name: record.name.clone(),
                measures,
                migrated: (scored > 0).then(|| migrated as f64 / scored as f64),
            };
            sites.insert(record.id.clone(), site);
        }
        Round {
            name: name.to_string(),
            sites,
        }
    }

    /// A dataset folder as `merge` writes it: `modenhet.csv`, and
    /// `svar.csv` when it is there for the share of migrated answers. The
    /// round's name is its `runde` column, else the folder's name.
    pub fn from_folder(dir: &Path) -> anyhow::Result<Round> {
        let path = dir.join("modenhet.csv");
        let maturity = Sheet::read(&path)?;
        let id = maturity.column(&path, &["kommunenr", "municipality_no"])?;
        let name = maturity.column(&path, &["kommune", "municipality"])?;
        let questionnaire = maturity.column(&path, &["skjema", "questionnaire"])?;
        let round = maturity.find(&["runde", "round"]);
        let mut columns = Vec::new();
        for aspect in Aspect::all() {
            let [score, coverage] = aspect.headers();
            let score: Vec<&str> = score.iter().map(String::as_str).collect();
            let coverage: Vec<&str> = coverage.iter().map(String::as_str).collect();
            columns.push((
                aspect,
                maturity.column(&path, &score)?,
                maturity.column(&path, &coverage)?,
            ));
        }
        // One row per municipality: that of the questionnaire with most
        // principles scored, as the dataset chooses its maturity scores.
        let mut chosen: BTreeMap<String, (usize, Site, String)> = BTreeMap::new();
        for (line, row) in maturity.rows.iter().enumerate() {
            let mut site = Site {
                name: row[name].clone(),
                ..Site::default()
            };
            for &(aspect, s, c) in &columns {
                let number = |k: usize| maturity.number(&path, line, row, k);
                site.measures.insert(
                    aspect,
                    Measure {
                        score: number(s)?,
                        coverage: number(c)?,
                    },
                );
            }
            let principles = site
                .measures
                .iter()
                .filter(|(a, m)| matches!(a, Aspect::Principle(_)) && m.score.is_some())
                .count();
            let better = chosen
                .get(&row[id])
                .is_none_or(|(count, _, _)| principles > *count);
            if better {
                chosen.insert(
                    row[id].clone(),
                    (principles, site, row[questionnaire].clone()),
                );
            }
        }
        let migrated = migrated_shares(&dir.join("svar.csv"))?;
        let sites = chosen
            .into_iter()
            .map(|(id, (_, mut site, questionnaire))| {
                site.migrated = migrated.get(&(id.clone(), questionnaire)).copied();
                (id, site)
            })
            .collect();
        let folder = dir
            .file_name()
            .map_or(dir.display().to_string(), |n| n.to_string_lossy().into());
        let name = round
            .and_then(|k| maturity.rows.first().map(|r| r[k].clone()))
            .filter(|n| !n.is_empty())
            .unwrap_or(folder);
        Ok(Round { name, sites })
    }
}

/// Per municipality and questionnaire, the share of scored answers in
/// svar.csv that were migrated; empty when the file or its column is missing.
fn migrated_shares(path: &Path) -> anyhow::Result<BTreeMap<(String, String), f64>> {
    let mut shares = BTreeMap::new();
    if !path.exists() {
        return Ok(shares);
    }
    let answers = Sheet::read(path)?;
    let Some(from) = answers.find(&["migrert_fra", "migrated_from"]) else {
        return Ok(shares);
    };
    let id = answers.column(path, &["kommunenr", "municipality_no"])?;
    let questionnaire = answers.column(path, &["skjema", "questionnaire"])?;
    let score = answers.column(path, &["poeng", "score"])?;
    let mut counts: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for row in answers.rows.iter().filter(|r| !r[score].is_empty()) {
        let count = counts
            .entry((row[id].clone(), row[questionnaire].clone()))
            .or_default();
        count.0 += 1;
        count.1 += usize::from(!row[from].is_empty());
    }
    for (key, (scored, migrated)) in counts {
        shares.insert(key, migrated as f64 / scored as f64);
    }
    Ok(shares)
}

/// A CSV file as text: headers and rows, read in either dialect (comma and
/// decimal point, or semicolon, decimal comma and a byte-order mark).
struct Sheet {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    decimal_comma: bool,
}

impl Sheet {
    fn read(path: &Path) -> anyhow::Result<Sheet> {
        let text = crate::source::read_to_string(path).with_context(|| {
            tr!(
                "round-cannot-read-give-a-folder-kartlegg",
                path = path.display()
            )
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let first = text.lines().next().unwrap_or_default();
        let decimal_comma = first.contains(';');
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if decimal_comma { b';' } else { b',' })
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .with_context(|| tr!("round-reading", path = path.display()))?
            .iter()
            .map(str::to_string)
            .collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.with_context(|| tr!("round-reading", path = path.display()))?;
            rows.push(record.iter().map(str::to_string).collect());
        }
        Ok(Sheet {
            headers,
            rows,
            decimal_comma,
        })
    }

    fn find(&self, names: &[&str]) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| names.contains(&h.as_str()))
    }

    fn column(&self, path: &Path, names: &[&str]) -> anyhow::Result<usize> {
        self.find(names).with_context(|| {
            let (file, name) = (path.display(), names.join(" / "));
            tr!(
                "round-has-no-column-make-the-dataset",
                file = file,
                name = name
            )
        })
    }

    /// The number in a cell, or `None` when it is empty.
    fn number(
        &self,
        path: &Path,
        line: usize,
        row: &[String],
        k: usize,
    ) -> anyhow::Result<Option<f64>> {
        let text = row[k].trim();
        if text.is_empty() {
            return Ok(None);
        }
        let text = if self.decimal_comma {
            text.replace(',', ".")
        } else {
            text.to_string()
        };
        let n = text.parse::<f64>().ok().with_context(|| {
            let (file, line, column, header) = (path.display(), line + 2, k + 1, &self.headers[k]);
            tr!(
                "round-in-column-is-not-a-number",
                file = file,
                line = line,
                column = column,
                value = row[k],
                header = header
            )
        })?;
        Ok(Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A modenhet.csv in the Norwegian Excel dialect: two questionnaires
    /// for one municipality (the one with more principles is chosen), and a
    /// svar.csv where two of three scored answers were migrated.
    #[test]
    fn reads_a_dataset_folder_in_the_excel_dialect() {
        let dir = tempfile::tempdir().unwrap();
        let mut header = vec!["kommunenr", "kommune", "skjema", "versjon"]
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>();
        // The English headers, and the bare principle ids of datasets made
        // before the `P2.6` code.
        for a in Aspect::all() {
            let [score, coverage] = a.headers();
            header.extend([
                score[score.len() - 1].clone(),
                coverage[coverage.len() - 1].clone(),
            ]);
        }
        assert!(header.contains(&"2.10".to_string()));
        header.push("runde".into());
        let row = |questionnaire: &str, principles: usize| {
            let mut cells = vec![
                "4627".to_string(),
                "Askøy".into(),
                questionnaire.into(),
                "1.0.0".into(),
            ];
            for (i, a) in Aspect::all().into_iter().enumerate() {
                let known = !matches!(a, Aspect::Principle(_)) || i < 5 + principles;
                let (s, c) = if known { ("2,5", "0,75") } else { ("", "") };
                cells.extend([s.to_string(), c.to_string()]);
            }
            cells.push("2026-pilot".into());
            cells.join(";")
        };
        let text = format!(
            "\u{feff}{}\n{}\n{}\n",
            header.join(";"),
            row("hurtigsjekk", 2),
            row("modenhet", 21)
        );
        std::fs::write(dir.path().join("modenhet.csv"), text).unwrap();
        let svar = "kommunenr;skjema;poeng;migrert_fra\n\
                    4627;modenhet;3;1.0.0: gammel\n\
                    4627;modenhet;2;1.0.0: eldre\n\
                    4627;modenhet;4;\n\
                    4627;modenhet;;1.0.0: uten poeng\n";
        std::fs::write(dir.path().join("svar.csv"), svar).unwrap();
        let round = Round::from_folder(dir.path()).unwrap();
        assert_eq!(round.name, "2026-pilot");
        let site = &round.sites["4627"];
        let p44 = Aspect::Principle("4.4".parse().unwrap());
        assert_eq!(
            site.measures[&p44],
            Measure {
                score: Some(2.5),
                coverage: Some(0.75)
            }
        );
        assert_eq!(site.migrated, Some(2.0 / 3.0));
    }

    #[test]
    fn a_broken_number_is_named_with_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let mut header = vec!["kommunenr".to_string(), "kommune".into(), "skjema".into()];
        let mut cells = vec!["1".to_string(), "A".into(), "modenhet".into()];
        for a in Aspect::all() {
            let [score, coverage] = a.headers();
            header.extend([score[0].clone(), coverage[0].clone()]);
            cells.extend(["x".to_string(), String::new()]);
        }
        let text = format!("{}\n{}\n", header.join(","), cells.join(","));
        std::fs::write(dir.path().join("modenhet.csv"), text).unwrap();
        let err = Round::from_folder(dir.path()).unwrap_err().to_string();
        // The place, the cell and the column, in whichever language is set.
        assert!(err.contains("modenhet.csv:2:4: "), "{err}");
        assert!(err.contains('x') && err.contains("samlet"), "{err}");
    }
}
