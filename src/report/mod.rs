//! The HTML report: one self-contained file (styles and SVG charts inline,
//! nothing fetched from elsewhere) with the inputs, maturity per NSM category
//! and principle, the ranked service catalogue with its stability, the
//! method findings of the pilot, and the rejected inputs. It prints on A4.
//!
//! With a chosen municipality the report compares it with the others, who
//! appear as a distribution (or as "Kommune A, B, …") unless names are asked for.

mod audience;
mod catalogue;
mod change;
mod maturity;
mod method;
pub mod svg;

use std::fmt::Write;

use crate::analysis::Settings;
use crate::dataset::Dataset;
use crate::tr;

pub struct Options {
    /// Kommunenummer or name of the municipality to compare with the others.
    pub municipality: Option<String>,
    pub show_names: bool,
    /// When the report was made (RFC 3339), shown in its header.
    pub generated: String,
    /// The change since an earlier round (`--baseline`), for its own section.
    pub baseline: Option<crate::dataset::compare::Comparison>,
    /// The files and folders read, so that file names are shown relative to
    /// them rather than as paths of the analyst's machine.
    pub inputs: Vec<std::path::PathBuf>,
}

/// A file name as the report shows it: relative to the input folder it was
/// found in, or the bare file name of a file given by itself. Every input
/// prefix in `text` (such as a message naming another file) is cut the same way.
pub fn relative_names(text: &str, inputs: &[std::path::PathBuf]) -> String {
    let mut prefixes: Vec<String> = inputs
        .iter()
        .map(|input| {
            if input.is_dir() {
                let mut root = input.display().to_string();
                if !root.ends_with(std::path::MAIN_SEPARATOR) {
                    root.push(std::path::MAIN_SEPARATOR);
                }
                root
            } else {
                let parent = input.parent().map(|p| p.display().to_string());
                match parent {
                    Some(p) if !p.is_empty() => format!("{p}{}", std::path::MAIN_SEPARATOR),
                    _ => String::new(),
                }
            }
        })
        .filter(|p| !p.is_empty())
        .collect();
    // The longest first, so that a folder inside another input is cut whole.
    prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut out = text.to_string();
    for prefix in &prefixes {
        out = out.replace(prefix.as_str(), "");
    }
    out
}

/// Text safe to put in HTML and SVG text and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;margin:0 auto;max-width:1040px;padding:24px;line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #DCE6F1;padding-bottom:4px;margin-top:1.8em}
.meta{color:#52606d}.facts{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.fact{background:#F0F4F8;border-radius:6px;padding:8px 14px}.fact b{display:block;font-size:1.5em}
table{border-collapse:collapse;width:100%;margin:10px 0;font-size:.92em}th,td{border-bottom:1px solid #D9E2EC;padding:5px 7px;text-align:left;vertical-align:top}
th{background:#DCE6F1}td.n{text-align:right;white-space:nowrap}
svg{max-width:100%;height:auto;display:block;margin:8px 0}svg text{font-size:12px;fill:#1f2933}svg .a{font-size:10px;fill:#52606d}svg .c{font-size:11px}
.small{display:flex;flex-wrap:wrap;gap:10px}.small figure{margin:0;width:500px;max-width:100%}figcaption{font-weight:600}
.note{color:#52606d;font-size:.9em}.flag{color:#9B1C1C}
.heat{break-inside:avoid}.key{font-size:.85em}.key ul{columns:3;column-gap:18px;margin:4px 0;padding-left:0;list-style:none}.key li{break-inside:avoid}
@media print{@page{size:A4;margin:14mm}body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}figure,svg,tr{break-inside:avoid}}
"#;

/// The whole report as one HTML document.
pub fn build(data: &Dataset, settings: &Settings, options: &Options) -> anyhow::Result<String> {
    let lang = crate::i18n::current().code();
    let rows = maturity::maturity_rows(data);
    let chosen = match &options.municipality {
        None => None,
        Some(wanted) => Some(maturity::find(&rows, data, wanted)?),
    };
    let title = match &chosen {
        Some((_, name)) => tr!("report-mapping", name = name),
        None => tr!("xlsx-mapping-of-it-structure-and-security"),
    };
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&title),
        escape(&title)
    );
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}</p>",
        escape(&tr!(
            "report-made-with-kartlegg-the-report-describes",
            value = crate::time::readable(&options.generated),
            value2 = env!("CARGO_PKG_VERSION")
        ))
    );
    overview(&mut h, data);
    let anonymity = settings.pilot.anonymity;
    maturity::section(
        &mut h,
        &rows,
        chosen.as_ref(),
        options.show_names,
        anonymity,
    );
    if let Some(comparison) = &options.baseline {
        let one_by_one =
            maturity::disclosure(&rows, chosen.as_ref(), options.show_names, anonymity)
                == crate::analysis::settings::Disclosure::OneByOne;
        change::section(
            &mut h,
            comparison,
            &rows,
            chosen.as_ref(),
            options.show_names,
            one_by_one,
        );
    }
    let others = data
        .ranking
        .sites
        .iter()
        .filter(|(id, _)| chosen.as_ref().is_none_or(|(chosen, _)| chosen != id))
        .count();
    match &chosen {
        Some((_, name))
            if !options.show_names
                && anonymity.disclosure(others)
                    == crate::analysis::settings::Disclosure::TooFew =>
        {
            catalogue::withheld(&mut h, name, others);
        }
        _ => catalogue::section(&mut h, data, settings),
    }
    let audience = audience::Audience::new(data, chosen.as_ref(), options.show_names);
    method::section(&mut h, data, &audience);
    method::deviations(&mut h, data, &options.inputs, &audience);
    h.push_str("</body>\n</html>\n");
    Ok(h)
}

fn overview(h: &mut String, data: &Dataset) {
    let c = &data.collected;
    let sites = data.ranking.sites.len();
    let rejected = data.rejected();
    let notes = data.deviations().len() - rejected;
    let _ = write!(
        h,
        "<h2>{}</h2>\n<div class=\"facts\">",
        escape(&tr!("overview-inputs"))
    );
    for (label, value) in [
        (tr!("report-files-read"), c.inputs),
        (tr!("report-municipalities-and-cooperations"), sites),
        (tr!("report-questionnaire-answers"), c.respondents().count()),
        (tr!("report-machines"), c.hosts().count()),
        (tr!("report-files-rejected"), rejected),
        (tr!("report-notes"), notes),
    ] {
        let _ = write!(
            h,
            "<div class=\"fact\"><b>{value}</b>{}</div>",
            escape(&label)
        );
    }
    h.push_str("</div>\n");
    if let Some(m) = data.mean_coverage() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            escape(&tr!(
                "report-the-maturity-scores-rest-on-of",
                value = format!("{:.0}", m * 100.0)
            ))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_relative_to_the_input_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("innkommet");
        std::fs::create_dir_all(root.join("a")).unwrap();
        let file = root.join("a").join("x.yaml");
        let other = root.join("a").join("y.yaml");
        let message = format!("same as {}", other.display());
        let inputs = vec![root.clone()];
        assert_eq!(
            relative_names(&file.display().to_string(), &inputs),
            format!("a{}x.yaml", std::path::MAIN_SEPARATOR)
        );
        assert_eq!(
            relative_names(&message, &inputs),
            format!("same as a{}y.yaml", std::path::MAIN_SEPARATOR)
        );
        // A file given by itself is shown by its name.
        assert_eq!(
            relative_names(&file.display().to_string(), std::slice::from_ref(&file)),
            "x.yaml"
        );
    }

    #[test]
    fn escape_covers_markup_and_control_characters() {
        assert_eq!(
            escape("<a href='x'>&\"\u{7}"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\u{FFFD}"
        );
    }
}
