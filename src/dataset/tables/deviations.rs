//! `avvik.csv`: every input that was rejected or needs a look, and why.

use super::{col, make};
use crate::collect::Deviation;
use crate::dataset::{Cell, Table};
use crate::i18n::Text;

pub fn table(list: &[Deviation]) -> Table {
    let columns = vec![
        col(
            "fil",
            "file",
            "Inndatafilen det gjelder",
            "The input file concerned",
        ),
        col(
            "avvist",
            "rejected",
            "1 når filen ikke er med i datasettet; 0 når den er med, men bør sees på",
            "1 when the file is left out of the dataset; 0 when it is in, but needs a look",
        ),
        col(
            "kode",
            "code",
            "Fast kode for typen avvik",
            "Stable code for the kind of deviation",
        ),
        col(
            "melding",
            "message",
            "Hva som er galt, og hva som ble gjort",
            "What is wrong, and what was done",
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
    make("avvik", Text::new("Avvik", "Deviations"), columns, rows)
}
