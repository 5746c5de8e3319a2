//! What a respondent said about one question, as scoring and `show_if` see it.
//!
//! "Vet ikke", "Ikke relevant" and skipped are states of their own, never a
//! value: a question in any of those states has no value and no score.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The value of an answered question, shaped by the question's type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq)]
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
