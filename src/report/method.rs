//! The report's method section (which questions to revise, time per
//! questionnaire) and the list of rejected files and notes.

use std::fmt::Write;

use super::audience::Audience;
use super::escape;
use crate::dataset::Dataset;
use crate::tr;

pub(super) fn section(h: &mut String, data: &Dataset, audience: &Audience) {
    let e = &data.evaluation;
    let _ = writeln!(h, "<h2>{}</h2>", escape(&tr!("method-method-quality")));
    let flagged: Vec<_> = e.flagged().collect();
    let (k, n) = (flagged.len(), e.questions.len());
    let _ = writeln!(
        h,
        "<p>{}</p>",
        escape(&tr!(
            "method-of-questions-should-be-revised-by",
            k = k,
            n = n
        ))
    );
    if !flagged.is_empty() {
        let _ = write!(
            h,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(&tr!("pilot-questionnaire")),
            escape(&tr!("pilot-question")),
            escape(&tr!("pilot-why-revise")),
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
        escape(&tr!("pilot-questionnaire")),
        escape(&tr!("pilot-files-2")),
        escape(&tr!("method-median-minutes")),
        escape(&tr!("method-estimated-minutes")),
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
        escape(&tr!("method-rejected-files-and-notes"))
    );
    if data.deviations().is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!("method-every-file-was-used-as-it"))
        );
        return;
    }
    let _ = write!(
        h,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&tr!("method-file")),
        escape(&tr!("method-status")),
        escape(&tr!("method-message")),
    );
    let mut left_out = 0;
    for d in data.deviations() {
        if !audience.may_list(&d.file) {
            left_out += 1;
            continue;
        }
        let status = if d.rejected {
            tr!("deviations-rejected")
        } else {
            tr!("method-used-look-at")
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
                "method-notes-on-the-other-municipalities-files",
                left_out = left_out
            ))
        );
    }
}
