//! What a respondent said about one question, as scoring and `show_if` see it.
//!
//! "Vet ikke", "Ikke relevant" and skipped are states of their own, never a
//! value: a question in any of those states has no value and no score.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The value of an answered question, shaped by the question's type.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum AnswerValue {
    /// `number` questions, and the level (0–5) of `scale` questions.
    Number(f64),
    /// `yesno` questions.
    Bool(bool),
    /// The option id of a `single` question, the text of a `text` question,
    /// or an ISO date (`YYYY-MM-DD`) of a `date` question.
    Text(String),
    /// The option ids of a `multi` question.
    Choices(Vec<String>),
}

/// Read by the shape of the value, as it is written: a number, a boolean, a
/// text or a list of texts. (Trying each variant in turn, as serde's
/// `untagged` does, makes an error for every miss, and merge reads hundreds
/// of thousands of values from its cache.)
impl<'de> Deserialize<'de> for AnswerValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<AnswerValue, D::Error> {
        struct Shape;
        impl<'de> serde::de::Visitor<'de> for Shape {
            type Value = AnswerValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number, true or false, a text or a list of texts")
            }
            fn visit_f64<E>(self, n: f64) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Number(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Number(n as f64))
            }
            fn visit_bool<E>(self, b: bool) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Bool(b))
            }
            fn visit_str<E>(self, text: &str) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Text(text.to_string()))
            }
            fn visit_string<E>(self, text: String) -> Result<AnswerValue, E> {
                Ok(AnswerValue::Text(text))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<AnswerValue, A::Error> {
                let mut choices = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(choice) = seq.next_element::<String>()? {
                    choices.push(choice);
                }
                Ok(AnswerValue::Choices(choices))
            }
        }
        d.deserialize_any(Shape)
    }
}

/// How a question was dealt with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Answered,
    /// "Vet ikke": the respondent does not know.
    Unknown,
    /// "Ikke relevant": the question does not apply to this municipality.
    NotApplicable,
    Skipped,
}

impl State {
    /// The name used in result files and exports.
    pub fn name(self) -> &'static str {
        match self {
            State::Answered => "answered",
            State::Unknown => "unknown",
            State::NotApplicable => "not_applicable",
            State::Skipped => "skipped",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub state: State,
    pub value: Option<AnswerValue>,
}

impl Response {
    pub fn answered(value: AnswerValue) -> Response {
        Response {
            state: State::Answered,
            value: Some(value),
        }
    }

    pub fn without_value(state: State) -> Response {
        Response { state, value: None }
    }

    /// The value, if the question was really answered.
    pub fn value(&self) -> Option<&AnswerValue> {
        match self.state {
            State::Answered => self.value.as_ref(),
            _ => None,
        }
    }
}

/// Responses so far, by question id. A question with no entry has not been
/// reached (or was hidden).
pub type Responses = BTreeMap<String, Response>;

/// Words that stand for "Vet ikke", "Ikke relevant" and skipping when answers
/// are typed or given in a file.
const UNKNOWN_WORDS: &[&str] = &[
    "vet ikke",
    "veit ikkje",
    "unknown",
    "don't know",
    "dont know",
];
const NA_WORDS: &[&str] = &[
    "ikke relevant",
    "ikkje relevant",
    "not applicable",
    "n/a",
    "na",
];
const SKIP_WORDS: &[&str] = &["", "hopp over", "skip", "skipped"];
/// Words for "Aldri" on a date question that allows it.
const NEVER_WORDS: &[&str] = &["aldri", "never"];

/// The value of a `date` question answered "Aldri" (never), as result files
/// store it. An answer of its own: neither "Vet ikke" nor skipped.
pub const NEVER: &str = "never";

/// "Aldri" / "Never" in the current language.
pub fn never_text() -> String {
    crate::tr!("answer-never")
}

/// Turns typed text into a response to `question`, with the same rules
/// everywhere answers come from (the terminal, an answers file).
pub fn parse(
    q: &super::Questionnaire,
    question: &super::Question,
    text: &str,
) -> Result<Response, String> {
    use super::QuestionKind as K;
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let state = if UNKNOWN_WORDS.contains(&lower.as_str()) {
        Some(State::Unknown)
    } else if NA_WORDS.contains(&lower.as_str()) {
        Some(State::NotApplicable)
    } else if SKIP_WORDS.contains(&lower.as_str()) {
        Some(State::Skipped)
    } else {
        None
    };
    if let Some(state) = state {
        let response = Response::without_value(state);
        check(q, question, &response)?;
        return Ok(response);
    }
    let value = match question.kind {
        K::Scale | K::Number => {
            let cleaned: String = trimmed
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .replace(',', ".");
            match cleaned.parse::<f64>() {
                Ok(n) if n.is_finite() => AnswerValue::Number(n),
                _ => {
                    return Err(crate::tr!("answer-is-not-a-number", trimmed = trimmed));
                }
            }
        }
        K::YesNo => match lower.as_str() {
            "ja" | "j" | "yes" | "y" | "true" => AnswerValue::Bool(true),
            "nei" | "n" | "no" | "false" => AnswerValue::Bool(false),
            _ => {
                return Err(crate::tr!("answer-answer-yes-or-no-not", trimmed = trimmed));
            }
        },
        K::Single => AnswerValue::Text(option_id(question, trimmed)?),
        K::Multi => {
            let mut ids = option_ids(question, trimmed)?;
            let mut seen = Vec::new();
            ids.retain(|id| {
                let first = !seen.contains(id);
                seen.push(id.clone());
                first
            });
            AnswerValue::Choices(ids)
        }
        // Order matters and a repeat is a mistake: `check` refuses it.
        K::Rank => AnswerValue::Choices(option_ids(question, trimmed)?),
        K::Text => AnswerValue::Text(trimmed.to_string()),
        K::Date if NEVER_WORDS.contains(&lower.as_str()) => AnswerValue::Text(NEVER.into()),
        K::Date => AnswerValue::Text(iso_date(trimmed)?),
    };
    let response = Response::answered(value);
    check(q, question, &response)?;
    Ok(response)
}

/// The options a text names, separated by `,` or `;`, in the order given.
fn option_ids(question: &super::Question, text: &str) -> Result<Vec<String>, String> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| option_id(question, part))
        .collect()
}

/// The option a text names, by id or by its wording in any language.
fn option_id(question: &super::Question, text: &str) -> Result<String, String> {
    let lower = text.to_lowercase();
    question
        .options
        .iter()
        .find(|o| {
            o.id == text
                || [&o.text.nb, &o.text.nn, &o.text.en]
                    .iter()
                    .any(|t| t.to_lowercase() == lower)
        })
        .map(|o| o.id.clone())
        .ok_or_else(|| {
            let ids: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
            let ids = ids.join(", ");
            crate::tr!("answer-is-not-an-option-valid", text = text, ids = ids)
        })
}

/// A ranking names 1 to `pick` options, each once.
fn check_ranking(question: &super::Question, ids: &[String]) -> Result<(), String> {
    let pick = question.pick.unwrap_or(question.options.len());
    for (i, id) in ids.iter().enumerate() {
        option_id(question, id)?;
        if ids[..i].contains(id) {
            return Err(crate::tr!("answer-appears-twice-in-the-ranking", id = id));
        }
    }
    let n = ids.len();
    if n == 0 || n > pick {
        return Err(crate::tr!(
            "answer-rank-from-1-to-options-the",
            pick = pick,
            n = n
        ));
    }
    Ok(())
}

/// An `exclusive` option ("Ingen", "none of these") may only be chosen alone.
fn exclusive_alone(question: &super::Question, ids: &[String]) -> Result<(), String> {
    if ids.len() < 2 {
        return Ok(());
    }
    match question
        .options
        .iter()
        .find(|o| o.exclusive && ids.contains(&o.id))
    {
        Some(option) => {
            let text = option.text.get();
            Err(crate::tr!(
                "answer-cannot-be-chosen-together-with-other",
                text = text
            ))
        }
        None => Ok(()),
    }
}

/// `YYYY-MM-DD`, also accepting the Norwegian `DD.MM.YYYY`.
fn iso_date(text: &str) -> Result<String, String> {
    let candidate = match text.split('.').collect::<Vec<_>>().as_slice() {
        [d, m, y] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}"),
        _ => text.to_string(),
    };
    match candidate.parse::<jiff::civil::Date>() {
        Ok(date) if candidate.len() == 10 => Ok(date.to_string()),
        _ => Err(crate::tr!("answer-is-not-a-date-write-it", text = text)),
    }
}

/// Whether a response fits the question: a state it allows, and a value of
/// its type within its bounds.
pub fn check(
    q: &super::Questionnaire,
    question: &super::Question,
    response: &Response,
) -> Result<(), String> {
    match response.state {
        State::Unknown if !question.allow_unknown => {
            return Err(crate::tr!("answer-this-question-cannot-be-answered-don"));
        }
        State::NotApplicable if !question.allow_na => {
            return Err(crate::tr!("answer-this-question-cannot-be-answered-not"));
        }
        State::Skipped if question.required => {
            return Err(crate::tr!("answer-this-question-must-be-answered"));
        }
        State::Answered => {}
        _ => return Ok(()),
    }
    match &response.value {
        Some(value) => check_value(q, question, value),
        None => Err(crate::tr!("answer-the-answer-is-missing")),
    }
}

/// A fraction as the respondent would write it: every decimal it has, with
/// a decimal comma in Norwegian.
fn shown(n: f64) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::Nb | crate::i18n::Lang::Nn => n.to_string().replace('.', ","),
        crate::i18n::Lang::En => n.to_string(),
    }
}

/// Whether a value is of the question's type and within its bounds.
fn check_value(
    q: &super::Questionnaire,
    question: &super::Question,
    value: &AnswerValue,
) -> Result<(), String> {
    use super::QuestionKind as K;
    let kind = question.kind.name();
    match (question.kind, value) {
        (K::Scale, AnswerValue::Number(n)) => {
            let levels: Vec<u8> = q.levels_of(question).iter().map(|l| l.level).collect();
            let (lo, hi) = (
                levels.first().copied().unwrap_or(0),
                levels.last().copied().unwrap_or(0),
            );
            if n.fract() != 0.0 && (f64::from(lo)..=f64::from(hi)).contains(n) {
                let n = shown(*n);
                return Err(crate::tr!(
                    "answer-is-not-a-whole-level-choose",
                    n = n,
                    lo = lo,
                    hi = hi
                ));
            }
            if !levels.iter().any(|l| f64::from(*l) == *n) {
                return Err(crate::tr!(
                    "answer-is-outside-the-scale",
                    n = n,
                    lo = lo,
                    hi = hi
                ));
            }
        }
        (K::Number, AnswerValue::Number(n)) => {
            if question.integer && n.fract() != 0.0 {
                let n = shown(*n);
                return Err(crate::tr!("answer-is-not-a-whole-number-this", n = n));
            }
            if let Some(lo) = question.min.filter(|lo| n < lo) {
                return Err(crate::tr!(
                    "answer-is-less-than-the-smallest-allowed",
                    n = n,
                    lo = lo
                ));
            }
            if let Some(hi) = question.max.filter(|hi| n > hi) {
                return Err(crate::tr!(
                    "answer-is-greater-than-the-largest-allowed",
                    n = n,
                    hi = hi
                ));
            }
        }
        (K::Single, AnswerValue::Text(id)) => {
            option_id(question, id)?;
        }
        (K::Multi, AnswerValue::Choices(ids)) => {
            for id in ids {
                option_id(question, id)?;
            }
            exclusive_alone(question, ids)?;
        }
        (K::Rank, AnswerValue::Choices(ids)) => check_ranking(question, ids)?,
        (K::YesNo, AnswerValue::Bool(_)) | (K::Text, AnswerValue::Text(_)) => {}
        (K::Date, AnswerValue::Text(date)) if date == NEVER => {
            if !question.allow_never {
                return Err(crate::tr!("answer-this-question-cannot-be-answered-never"));
            }
        }
        (K::Date, AnswerValue::Text(date)) => {
            if iso_date(date)? != *date {
                return Err(crate::tr!("answer-the-date-must-be-written-yyyy"));
            }
        }
        _ => {
            return Err(crate::tr!("answer-the-answer-does-not-fit-a", kind = kind));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features() -> super::super::Questionnaire {
        let src = include_str!("../../tests/fixtures/survey-features.yaml");
        super::super::from_str(src).unwrap()
    }

    fn typed(id: &str, text: &str) -> Result<Response, String> {
        let q = features();
        let question = q.question(id).unwrap().clone();
        parse(&q, &question, text)
    }

    #[test]
    fn an_exclusive_option_is_refused_with_others_and_taken_alone() {
        let err = typed("overvaking", "logg, ingen").unwrap_err();
        assert!(err.contains("Ingen av disse"), "{err}");
        assert_eq!(
            typed("overvaking", "ingen").unwrap().value,
            Some(AnswerValue::Choices(vec!["ingen".into()]))
        );
        assert_eq!(
            typed("overvaking", "logg;nett").unwrap().value,
            Some(AnswerValue::Choices(vec!["logg".into(), "nett".into()]))
        );
    }

    #[test]
    fn a_date_may_be_never_where_the_question_allows_it() {
        for word in ["aldri", "Never", " ALDRI "] {
            let r = typed("siste_ovelse", word).unwrap();
            assert_eq!(r.state, State::Answered);
            assert_eq!(r.value, Some(AnswerValue::Text(NEVER.into())));
        }
        assert_eq!(
            typed("siste_ovelse", "01.02.2023").unwrap().value,
            Some(AnswerValue::Text("2023-02-01".into()))
        );
        let mut q = features();
        let mut question = q.question("siste_ovelse").unwrap().clone();
        question.allow_never = false;
        assert!(parse(&q, &question, "aldri").is_err());
        q.sections[0].questions[1] = question.clone();
        let never = Response::answered(AnswerValue::Text(NEVER.into()));
        assert!(check(&q, &question, &never).is_err());
    }

    #[test]
    fn a_ranking_keeps_its_order_and_refuses_repeats_and_too_many() {
        assert_eq!(
            typed("tjenester", "backup; Round-the-clock monitoring")
                .unwrap()
                .value,
            Some(AnswerValue::Choices(vec!["backup".into(), "soc".into()]))
        );
        let twice = typed("tjenester", "soc;backup;soc").unwrap_err();
        assert!(twice.contains("«soc»"), "{twice}");
        let many = typed("tjenester", "soc,backup,opplaering,radgivning").unwrap_err();
        assert!(many.contains("1 til 3"), "{many}");
        assert!(typed("tjenester", "soc;ukjent").is_err());
        assert_eq!(
            typed("tjenester", "vet ikke").unwrap().state,
            State::Unknown
        );
    }

    #[test]
    fn a_fraction_is_not_a_level_nor_a_count_but_is_a_measure() {
        let q = crate::questionnaire::builtin::resolve("hurtigsjekk").unwrap();
        let ask = |id: &str, text: &str| parse(&q, q.question(id).unwrap(), text);
        let level = ask("styringssystem", "2,5").unwrap_err();
        assert!(
            level.contains("velg et helt nivå 0–5") || level.contains("choose a whole level 0–5"),
            "{level}"
        );
        assert!(
            !level.contains("utenfor") && !level.contains("outside"),
            "{level}"
        );
        let count = ask("admin_kontoer", "12,5").unwrap_err();
        assert!(count.contains("12,5") || count.contains("12.5"), "{count}");
        assert!(
            count.contains("helt tall") || count.contains("whole number"),
            "{count}"
        );
        assert_eq!(
            ask("admin_kontoer", "1 200").unwrap().value,
            Some(AnswerValue::Number(1200.0))
        );
        let it = crate::questionnaire::builtin::resolve("it-struktur").unwrap();
        let fte = parse(&it, it.question("it_arsverk").unwrap(), "12,5").unwrap();
        assert_eq!(fte.value, Some(AnswerValue::Number(12.5)));
        assert!(parse(&it, it.question("ansatte").unwrap(), "12,5").is_err());
    }
}
