//! `kartlegg survey`: answering a questionnaire on site. The session logic
//! (`session`) is free of terminal code; `terminal` asks the questions;
//! `result` is the file format; `answers` reads prepared answers and `fill`
//! answers a questionnaire with them.

pub mod answers;
pub mod fill;
pub mod result;
pub mod session;
pub mod terminal;
