//! A [`Diff`] as readable text or Markdown, in the chosen language, with the
//! same headings in both so a change log can be pasted from either.

use std::fmt::Write;

use crate::i18n::Text;
use crate::tr;

use super::diff::{Diff, Removal, Wording};

/// A heading and its entries; each entry is a line with lines under it.
struct Block {
    heading: String,
    entries: Vec<(String, Vec<String>)>,
}

/// Plain text, indented.
pub fn text(d: &Diff) -> String {
    let mut out = format!("{} {} → {}\n", d.id, d.old_version, d.new_version);
    let blocks = blocks(d, false);
    if blocks.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("diff-render-no-changes"));
    }
    for b in blocks {
        let _ = writeln!(out, "\n{} ({}):", b.heading, b.entries.len());
        for (head, lines) in b.entries {
            let _ = writeln!(out, "  {head}");
            for line in lines {
                let _ = writeln!(out, "      {line}");
            }
        }
    }
    out
}

/// Markdown: one `###` heading per kind of change, a list under each.
pub fn markdown(d: &Diff) -> String {
    let mut out = format!("## {} {} → {}\n", d.id, d.old_version, d.new_version);
    let blocks = blocks(d, true);
    if blocks.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("diff-render-no-changes"));
    }
    for b in blocks {
        let _ = writeln!(out, "\n### {} ({})\n", b.heading, b.entries.len());
        for (head, lines) in b.entries {
            let _ = writeln!(out, "- {head}");
            for line in lines {
                let _ = writeln!(out, "  - {line}");
            }
        }
    }
    out
}

/// `+ ` or `- ` before a line in text; Markdown would read it as a list, so
/// there the heading or a word says it.
fn sign(md: bool, sign: char) -> String {
    if md {
        String::new()
    } else {
        format!("{sign} ")
    }
}

/// `+ ` or `- ` in text, a word in Markdown.
fn marker(md: bool, sign: char) -> String {
    match (md, sign) {
        (false, _) => format!("{sign} "),
        (true, '+') => tr!("diff-render-new"),
        (true, _) => tr!("diff-render-removed"),
    }
}

fn quoted(t: &Text) -> String {
    let t = t.get();
    tr!("diff-render-text", t = t)
}

/// The blocks that are not empty, in a fixed order.
fn blocks(d: &Diff, md: bool) -> Vec<Block> {
    let mut all = structure(d, md);
    all.extend(content(d, md));
    all.retain(|b| !b.entries.is_empty());
    all
}

/// An id as code in Markdown, plain in text.
fn code_for(md: bool) -> impl Fn(&str) -> String {
    move |id: &str| {
        if md {
            format!("`{id}`")
        } else {
            id.to_string()
        }
    }
}

/// Questions added, removed, renamed, split and merged.
fn structure(d: &Diff, md: bool) -> Vec<Block> {
    let code = code_for(md);
    let list = |ids: &[String]| ids.iter().map(|i| code(i)).collect::<Vec<_>>();
    let mut out = Vec::new();
    let mut block = |heading: String, entries: Vec<(String, Vec<String>)>| {
        out.push(Block { heading, entries });
    };
    block(
        tr!("diff-render-added"),
        d.added
            .iter()
            .map(|q| {
                (
                    format!("{}{}: {}", sign(md, '+'), code(&q.id), q.text.get()),
                    vec![],
                )
            })
            .collect(),
    );
    block(
        tr!("diff-render-removed-2"),
        d.removed
            .iter()
            .map(|(q, how)| {
                let how = match how {
                    Removal::Dropped => tr!("diff-render-answers-are-not-carried"),
                    Removal::Unstated => tr!("diff-render-not-named-in-changes"),
                };
                (
                    format!("{}{}: {} ({how})", sign(md, '-'), code(&q.id), q.text.get()),
                    vec![],
                )
            })
            .collect(),
    );
    block(
        tr!("diff-render-renamed"),
        d.renamed
            .iter()
            .map(|r| {
                let how = match r.detected {
                    true => tr!("diff-render-same-text-not-named-in-changes"),
                    false => String::new(),
                };
                (format!("{} → {}{how}", code(&r.from), code(&r.to)), vec![])
            })
            .collect(),
    );
    block(
        tr!("diff-render-split"),
        d.split
            .iter()
            .map(|(from, to)| (format!("{} → {}", code(from), list(to).join(", ")), vec![]))
            .collect(),
    );
    block(
        tr!("diff-render-merged"),
        d.merged
            .iter()
            .map(|(to, from)| (format!("{} → {}", list(from).join(" + "), code(to)), vec![]))
            .collect(),
    );
    out
}

/// Changes within questions kept: wording, levels, options, conditions, scoring.
fn content(d: &Diff, md: bool) -> Vec<Block> {
    let code = code_for(md);
    let mut out = Vec::new();
    let mut block = |heading: String, entries: Vec<(String, Vec<String>)>| {
        out.push(Block { heading, entries });
    };
    block(tr!("diff-render-reworded"), reworded(d, &code));
    block(
        tr!("diff-render-meaning-changed-same-text"),
        d.meaning_changed
            .iter()
            .map(|q| (format!("{}: {}", code(&q.id), q.text.get()), vec![]))
            .collect(),
    );
    block(tr!("diff-render-levels-changed"), levels(d, md));
    block(tr!("diff-render-options-changed"), options(d, md, &code));
    block(
        tr!("diff-render-conditions-show-if-changed"),
        d.show_if
            .iter()
            .map(|s| {
                let none = tr!("diff-render-always");
                let old = s.old.clone().unwrap_or_else(|| none.clone());
                let new = s.new.clone().unwrap_or(none);
                (
                    format!("{}: {} → {}", code(&s.id), code(&old), code(&new)),
                    vec![],
                )
            })
            .collect(),
    );
    block(
        tr!("diff-render-type-and-scoring-changed"),
        d.scoring
            .iter()
            .map(|s| {
                (
                    format!("{}: {} {} → {}", code(&s.id), s.field, s.old, s.new),
                    vec![],
                )
            })
            .collect(),
    );
    out
}

fn reworded(d: &Diff, code: &dyn Fn(&str) -> String) -> Vec<(String, Vec<String>)> {
    d.reworded
        .iter()
        .map(|r| {
            let how = match r.wording {
                Wording::SameMeaning => tr!("diff-render-same-meaning"),
                Wording::NewMeaning => tr!("diff-render-new-meaning-old-answers-are-not"),
                Wording::Unstated => tr!("diff-render-not-named-in-changes"),
            };
            let lines = vec![
                format!("{} {}", tr!("diff-render-was"), quoted(&r.old)),
                format!("{} {}", tr!("diff-render-now"), quoted(&r.new)),
            ];
            (format!("{} ({how})", code(&r.id)), lines)
        })
        .collect()
}

fn levels(d: &Diff, md: bool) -> Vec<(String, Vec<String>)> {
    let code = |id: &str| {
        if md {
            format!("`{id}`")
        } else {
            id.to_string()
        }
    };
    d.levels
        .iter()
        .map(|l| {
            let mut lines: Vec<String> = l
                .changes
                .iter()
                .map(|c| {
                    let n = c.level;
                    match (&c.old, &c.new) {
                        (Some(_), Some(new)) if c.description_only => tr!(
                            "diff-render-the-description-changed",
                            n = n,
                            quoted = quoted(new)
                        ),
                        (Some(old), Some(new)) => format!("{n}: {} → {}", quoted(old), quoted(new)),
                        (None, Some(new)) => format!("{}{n}: {}", marker(md, '+'), quoted(new)),
                        (Some(old), None) => format!("{}{n}: {}", marker(md, '-'), quoted(old)),
                        (None, None) => String::new(),
                    }
                })
                .collect();
            if !l.map.is_empty() {
                let map: Vec<String> = l.map.iter().map(|(a, b)| format!("{a} → {b}")).collect();
                let map = map.join(", ");
                lines.push(tr!("diff-render-old-answers", map = map));
            }
            (code(&l.id), lines)
        })
        .collect()
}

fn options(d: &Diff, md: bool, code: &dyn Fn(&str) -> String) -> Vec<(String, Vec<String>)> {
    d.options
        .iter()
        .map(|o| {
            let mut lines = Vec::new();
            for (a, b) in &o.renamed {
                lines.push(format!("{} → {}", code(a), code(b)));
            }
            for c in &o.added {
                lines.push(format!(
                    "{}{}: {}",
                    marker(md, '+'),
                    code(&c.id),
                    quoted(&c.text)
                ));
            }
            for c in &o.removed {
                lines.push(format!(
                    "{}{}: {}",
                    marker(md, '-'),
                    code(&c.id),
                    quoted(&c.text)
                ));
            }
            for (id, old, new) in &o.reworded {
                lines.push(format!("{}: {} → {}", code(id), quoted(old), quoted(new)));
            }
            (code(&o.id), lines)
        })
        .collect()
}
