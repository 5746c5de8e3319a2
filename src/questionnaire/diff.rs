//! What changed between two versions of a questionnaire, question by
//! question, for a change log and for reviewing a revision before release.
//!
//! Questions are paired by id, by the new version's `changes:` entry for the
//! old version (renamed, split, merged, dropped, meaning changed), and,
//! for what is left, by equal text (a rename the map does not state). The
//! result is plain data; `diff_render` turns it into text or Markdown.

use crate::i18n::Text;

use super::changes::{Change, Route};
use super::{Question, Questionnaire};

/// A question named in a diff, with its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    pub id: String,
    pub text: Text,
}

impl Named {
    fn of(q: &Question) -> Named {
        Named {
            id: q.id.clone(),
            text: q.text.clone(),
        }
    }
}

/// How a removed question's answers are treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removal {
    /// Listed under `dropped:`.
    Dropped,
    /// Not named in `changes:` (or there is no entry).
    Unstated,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Renamed {
    pub from: String,
    pub to: String,
    /// Found by equal text rather than stated in `changes:`.
    pub detected: bool,
}

/// Whether a changed wording was declared, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// `reworded:`: same meaning.
    SameMeaning,
    /// `meaning_changed:`.
    NewMeaning,
    /// Not declared.
    Unstated,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Reworded {
    pub id: String,
    pub old: Text,
    pub new: Text,
    pub wording: Wording,
}

/// One level of a scale question, before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelChange {
    pub level: u8,
    pub old: Option<Text>,
    pub new: Option<Text>,
    /// Only the level's description changed.
    pub description_only: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Levels {
    pub id: String,
    pub changes: Vec<LevelChange>,
    /// old level → new level, from `changes:`.
    pub map: Vec<(u8, u8)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub id: String,
    pub added: Vec<Named>,
    pub removed: Vec<Named>,
    /// old option → new option, from `changes:`.
    pub renamed: Vec<(String, String)>,
    /// Same id, other text: (id, old, new).
    pub reworded: Vec<(String, Text, Text)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShowIf {
    pub id: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Something that changes how a question is scored or typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoring {
    pub id: String,
    /// The field (`type`, `principle`, `weight`, `scores`, `score`).
    pub field: String,
    pub old: String,
    pub new: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff {
    pub id: String,
    pub old_version: String,
    pub new_version: String,
    pub added: Vec<Named>,
    pub removed: Vec<(Named, Removal)>,
    pub renamed: Vec<Renamed>,
    /// old id → new ids.
    pub split: Vec<(String, Vec<String>)>,
    /// new id ← old ids.
    pub merged: Vec<(String, Vec<String>)>,
    pub reworded: Vec<Reworded>,
    /// Listed under `meaning_changed:` though the text is the same.
    pub meaning_changed: Vec<Named>,
    pub levels: Vec<Levels>,
    pub options: Vec<Options>,
    pub show_if: Vec<ShowIf>,
    pub scoring: Vec<Scoring>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.renamed.is_empty()
            && self.split.is_empty()
            && self.merged.is_empty()
            && self.reworded.is_empty()
            && self.meaning_changed.is_empty()
            && self.levels.is_empty()
            && self.options.is_empty()
            && self.show_if.is_empty()
            && self.scoring.is_empty()
    }
}

/// The differences from `old` to `new`.
pub fn diff(old: &Questionnaire, new: &Questionnaire) -> Diff {
    let none = Change::default();
    let change = new
        .changes
        .iter()
        .find(|c| c.from == old.version)
        .unwrap_or(&none);
    let mut d = Diff {
        id: new.id.clone(),
        old_version: old.version.clone(),
        new_version: new.version.clone(),
        ..Diff::default()
    };
    let Pairing {
        reached,
        mut pairs,
        mut gone,
    } = follow_changes(&mut d, change, old, new);
    let fresh: Vec<&Question> = new
        .questions()
        .map(|(_, q)| q)
        .filter(|q| !reached.contains(&q.id.as_str()))
        .collect();
    // What is left is paired by equal text and type.
    let mut added: Vec<&Question> = Vec::new();
    for n in fresh {
        match gone
            .iter()
            .position(|o| o.text == n.text && o.kind == n.kind)
        {
            Some(i) => {
                let o = gone.remove(i);
                d.renamed.push(Renamed {
                    from: o.id.clone(),
                    to: n.id.clone(),
                    detected: true,
                });
                pairs.push((o, n));
            }
            None => added.push(n),
        }
    }
    d.added = added.into_iter().map(Named::of).collect();
    d.removed
        .extend(gone.into_iter().map(|o| (Named::of(o), Removal::Unstated)));
    for (o, n) in pairs {
        compare(&mut d, change, (old, o), (new, n));
    }
    d
}

/// Old and new questions as the `changes:` entry pairs them.
struct Pairing<'a> {
    /// New ids that receive answers from some old question.
    reached: Vec<&'a str>,
    /// Questions to compare: kept, renamed, or kept with a new meaning.
    pairs: Vec<(&'a Question, &'a Question)>,
    /// Old questions that are gone and that the entry does not name.
    gone: Vec<&'a Question>,
}

/// Follows the entry for each old question, noting renames, splits,
/// merges, drops and changed meanings in `d`.
fn follow_changes<'a>(
    d: &mut Diff,
    change: &'a Change,
    old: &'a Questionnaire,
    new: &'a Questionnaire,
) -> Pairing<'a> {
    let mut reached: Vec<&str> = Vec::new();
    let mut pairs: Vec<(&Question, &Question)> = Vec::new();
    let mut gone: Vec<&Question> = Vec::new();
    for (_, o) in old.questions() {
        match change.route(&o.id) {
            Route::Kept => match new.question(&o.id) {
                Some(n) => {
                    reached.push(&n.id);
                    pairs.push((o, n));
                }
                None => gone.push(o),
            },
            Route::Renamed(to) => {
                reached.push(&to.value);
                d.renamed.push(Renamed {
                    from: o.id.clone(),
                    to: to.value.clone(),
                    detected: false,
                });
                if let Some(n) = new.question(&to.value) {
                    pairs.push((o, n));
                }
            }
            Route::Split(news) => {
                reached.extend(news.iter().map(|n| n.value.as_str()));
                let ids = news.iter().map(|n| n.value.clone()).collect();
                d.split.push((o.id.clone(), ids));
            }
            Route::Merged(to, olds) => {
                reached.push(&to.value);
                if !d.merged.iter().any(|(id, _)| *id == to.value) {
                    let ids = olds.iter().map(|o| o.value.clone()).collect();
                    d.merged.push((to.value.clone(), ids));
                }
            }
            Route::Dropped => d.removed.push((Named::of(o), Removal::Dropped)),
            Route::MeaningChanged => {
                if let Some(n) = new.question(&o.id) {
                    reached.push(&n.id);
                    pairs.push((o, n));
                }
                if new.question(&o.id).is_none_or(|n| n.text == o.text) {
                    d.meaning_changed.push(Named::of(o));
                }
            }
        }
    }
    Pairing {
        reached,
        pairs,
        gone,
    }
}

/// The differences within one pair of questions.
fn compare(
    d: &mut Diff,
    change: &Change,
    (old, o): (&Questionnaire, &Question),
    (new, n): (&Questionnaire, &Question),
) {
    if o.text != n.text {
        let wording = match change.route(&o.id) {
            Route::MeaningChanged => Wording::NewMeaning,
            _ if change.reworded.iter().any(|r| r.value == o.id) => Wording::SameMeaning,
            _ => Wording::Unstated,
        };
        d.reworded.push(Reworded {
            id: n.id.clone(),
            old: o.text.clone(),
            new: n.text.clone(),
            wording,
        });
    }
    let levels = level_changes(old, o, new, n);
    let map: Vec<(u8, u8)> = change
        .level_map(&o.id)
        .unwrap_or_default()
        .iter()
        .map(|(a, b)| (a.value, b.value))
        .collect();
    if !levels.is_empty() || !map.is_empty() {
        d.levels.push(Levels {
            id: n.id.clone(),
            changes: levels,
            map,
        });
    }
    let options = option_changes(o, n, change);
    if !(options.added.is_empty()
        && options.removed.is_empty()
        && options.renamed.is_empty()
        && options.reworded.is_empty())
    {
        d.options.push(options);
    }
    let cond = |q: &Question| q.show_if.as_ref().map(|c| c.expr.to_string());
    if cond(o) != cond(n) {
        d.show_if.push(ShowIf {
            id: n.id.clone(),
            old: cond(o),
            new: cond(n),
        });
    }
    d.scoring.extend(scoring_changes(o, n));
}

fn level_changes(
    old: &Questionnaire,
    o: &Question,
    new: &Questionnaire,
    n: &Question,
) -> Vec<LevelChange> {
    let (before, after) = (old.levels_of(o), new.levels_of(n));
    let mut numbers: Vec<u8> = before.iter().chain(&after).map(|l| l.level).collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut out = Vec::new();
    for level in numbers {
        let b = before.iter().find(|l| l.level == level);
        let a = after.iter().find(|l| l.level == level);
        let same_label = b.map(|l| l.label) == a.map(|l| l.label);
        let same_description = b.map(|l| l.description) == a.map(|l| l.description);
        if same_label && same_description {
            continue;
        }
        out.push(LevelChange {
            level,
            old: b.map(|l| l.label.clone()),
            new: a.map(|l| l.label.clone()),
            description_only: same_label,
        });
    }
    out
}

fn option_changes(o: &Question, n: &Question, change: &Change) -> Options {
    let map = change.option_map(&o.id).unwrap_or_default();
    let renamed_to = |id: &str| {
        map.iter()
            .find(|(a, _)| a.value == id)
            .map(|(_, b)| b.value.as_str())
    };
    let mut out = Options {
        id: n.id.clone(),
        added: Vec::new(),
        removed: Vec::new(),
        renamed: map
            .iter()
            .map(|(a, b)| (a.value.clone(), b.value.clone()))
            .collect(),
        reworded: Vec::new(),
    };
    for old_option in &o.options {
        let target = renamed_to(&old_option.id).unwrap_or(&old_option.id);
        match n.options.iter().find(|c| c.id == target) {
            Some(c) if c.text != old_option.text => {
                out.reworded
                    .push((c.id.clone(), old_option.text.clone(), c.text.clone()));
            }
            Some(_) => {}
            None => out.removed.push(Named {
                id: old_option.id.clone(),
                text: old_option.text.clone(),
            }),
        }
    }
    for c in &n.options {
        let reached = o
            .options
            .iter()
            .any(|a| renamed_to(&a.id).unwrap_or(&a.id) == c.id);
        if !reached {
            out.added.push(Named {
                id: c.id.clone(),
                text: c.text.clone(),
            });
        }
    }
    out
}

fn scoring_changes(o: &Question, n: &Question) -> Vec<Scoring> {
    let mut out = Vec::new();
    let mut field = |field: &str, old: String, new: String| {
        if old != new {
            out.push(Scoring {
                id: n.id.clone(),
                field: field.into(),
                old,
                new,
            });
        }
    };
    field("type", o.kind.name().into(), n.kind.name().into());
    let principle = |q: &Question| q.principle.map_or("-".into(), |p| p.to_string());
    field("principle", principle(o), principle(n));
    field("weight", o.weight.to_string(), n.weight.to_string());
    let scores = |q: &Question| {
        q.scores
            .map_or("-".into(), |s| format!("{}/{}", s.yes, s.no))
    };
    field("scores", scores(o), scores(n));
    for c in &n.options {
        if let Some(before) = o.options.iter().find(|b| b.id == c.id) {
            let score = |s: Option<f64>| s.map_or("-".into(), |s| s.to_string());
            field(
                &format!("score:{}", c.id),
                score(before.score),
                score(c.score),
            );
        }
    }
    out
}
