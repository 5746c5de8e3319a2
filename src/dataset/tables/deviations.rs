//! `avvik.csv`: every input that was rejected or needs a look, and why.

use super::{col, make};
use crate::collect::Deviation;
use crate::dataset::{Cell, Table};
use crate::i18n::Text;

pub fn table(list: &[Deviation]) -> Table {
    let columns = vec![
        col(
            &crate::tr!("deviations-file"),
            &crate::tr!("deviations-the-input-file-concerned"),
        ),
        col(
            &crate::tr!("deviations-rejected"),
            &crate::tr!("deviations-1-when-the-file-is-left"),
        ),
        col(
            &crate::tr!("deviations-code"),
            &crate::tr!("deviations-stable-code-for-the-kind-of"),
        ),
        col(
            &crate::tr!("deviations-message"),
            &crate::tr!("deviations-what-is-wrong-and-what-was"),
        ),
    ];
    let rows = list
        .iter()
        .map(|d| {
            vec![
                d.file.clone().into(),
                Cell::Number(f64::from(u8::from(d.rejected))),
                d.code.into(),
                d.message.clone().into(),
            ]
        })
        .collect();
    make(
        "avvik",
        Text::message("deviations-deviations"),
        columns,
        rows,
    )
}
