//! `kartlegg fleet`: whole fleets of devices counted from the exports
//! municipalities already make in their management tools (Intune, Entra ID,
//! Active Directory), so that nobody has to estimate them in a
//! questionnaire.
//!
//! Only counts leave this module: device names, users, serial numbers, ids
//! and domains are read to be counted or checked and then dropped.

pub mod result;

pub use result::{
    ExportKind, FleetResult, FleetSource, JoinTypes, OsCount, Ownership, Platform, Tally,
};
