//! kartlegg maps the IT structure and information-security maturity of
//! Norwegian municipalities: questionnaires built on NSM's basic principles
//! for ICT security, a municipality register, and (as commands land) surveys,
//! inventories and a merged dataset.
//!
//! The library holds all logic as plain functions over plain types; the
//! binary (`src/main.rs`) only parses arguments and reports errors.

pub mod analysis;
pub mod catalogue;
pub mod cli;
pub mod cmd;
pub mod collect;
pub mod config;
pub mod crypt;
pub mod dataset;
pub mod diagnostic;
pub mod exit;
pub mod form;
pub mod fsutil;
pub mod i18n;
pub mod inventory;
pub mod kommune;
pub mod nsm;
pub mod questionnaire;
pub mod report;
pub mod source;
pub mod stream;
pub mod subject;
pub mod survey;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
pub mod time;
pub mod ui;
pub mod yaml;
