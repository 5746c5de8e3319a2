//! The report's method section (which questions to revise, time per
//! questionnaire) and the list of rejected files and notes.

use std::fmt::Write;

use super::audience::Audience;
use super::escape;
use crate::dataset::Dataset;
use crate::tr;

pub(super) fn section(h: &mut String, data: &Dataset, audience: &Audience) {
    let e = &data.evaluation;
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!("Metodekvalitet", "Method quality"))
    );
    let flagged: Vec<_> = e.flagged().collect();
    let (k, n) = (flagged.len(), e.questions.len());
    let _ = writeln!(
        h,
        "<p>{}</p>",
        escape(&tr!(
            "{k} av {n} spørsmål bør revideres etter grensene i config/pilot.yaml.",
            "{k} of {n} questions should be revised by the limits in config/pilot.yaml."
        ))
    );
    if !flagged.is_empty() {
        let _ = write!(
            h,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(&tr!("Skjema", "Questionnaire")),
            escape(&tr!("Spørsmål", "Question")),
            escape(&tr!("Hvorfor revidere", "Why revise")),
        );
        for q in flagged {
            let _ = write!(
                h,
                "<tr><td>{} {}</td><td><b>{}</b><br><span class=\"note\">{}</span></td><td class=\"flag\">{}</td></tr>",
                escape(&q.questionnaire),
                escape(&q.version),
                escape(&q.question),
                escape(&q.text),
                q.flags
                    .iter()
                    .map(|f| escape(&audience.redact(f)))
                    .collect::<Vec<_>>()
                    .join("<br>"),
            );
        }
        h.push_str("</tbody></table>\n");
    }
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tr!("Skjema", "Questionnaire")),
        escape(&tr!("Filer", "Files")),
        escape(&tr!("Median minutter", "Median minutes")),
        escape(&tr!("Anslått minutter", "Estimated minutes")),
    );
    let minutes = |m: Option<f64>| m.map_or("–".to_string(), |m| format!("{m:.0}"));
    for d in &e.durations {
        let _ = write!(
            h,
            "<tr><td>{} {}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&d.questionnaire),
            escape(&d.version),
            d.files,
            minutes(d.median_minutes),
            minutes(d.estimated_minutes),
        );
    }
    h.push_str("</tbody></table>\n");
}

pub(super) fn deviations(
    h: &mut String,
    data: &Dataset,
    inputs: &[std::path::PathBuf],
    audience: &Audience,
) {
    let _ = writeln!(
        h,
        "<h2>{}</h2>",
        escape(&tr!(
            "Avviste filer og merknader",
            "Rejected files and notes"
        ))
    );
    if data.deviations().is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!(
                "Alle filer ble brukt som de er.",
                "Every file was used as it is."
            ))
        );
        return;
    }
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tr!("Fil", "File")),
        escape(&tr!("Status", "Status")),
        escape(&tr!("Melding", "Message")),
    );
    let mut left_out = 0;
    for d in data.deviations() {
        if !audience.may_list(&d.file) {
            left_out += 1;
            continue;
        }
        let status = if d.rejected {
            tr!("avvist", "rejected")
        } else {
            tr!("brukt, se på", "used, look at")
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{} <span class=\"note\">({})</span></td><td>{}</td></tr>",
            escape(&super::relative_names(&d.file, inputs)),
            escape(&status),
            escape(d.code),
            escape(&audience.redact(&super::relative_names(&d.message, inputs))),
        );
    }
    h.push_str("</tbody></table>\n");
    if left_out > 0 {
        let _ = writeln!(
            h,
            "<p class=\"note\">{}</p>",
            escape(&tr!(
                "{left_out} merknader om de andre kommunenes filer er utelatt, så rapporten ikke forteller hvem de er.",
                "{left_out} notes on the other municipalities' files are left out, so that the report does not tell who they are."
            ))
        );
    }
}
