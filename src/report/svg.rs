//! Inline SVG charts for the HTML report: drawn as text, with no scripts,
//! fonts or files from elsewhere, so the report works offline and prints.

use crate::i18n::decimal;
use std::fmt::Write;

use super::escape;

/// Red–yellow–green for a maturity score 0–5, the same scale as the XLSX.
pub fn score_colour(score: f64) -> String {
    let (red, yellow, green) = ((0xF8, 0x69, 0x6B), (0xFF, 0xEB, 0x84), (0x63, 0xBE, 0x7B));
    let t = (score / 5.0).clamp(0.0, 1.0);
    let (a, b, u) = if t < 0.5 {
        (red, yellow, t * 2.0)
    } else {
        (yellow, green, t * 2.0 - 1.0)
    };
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * u).round() as u8;
    format!(
        "#{:02X}{:02X}{:02X}",
        mix(a.0, b.0),
        mix(a.1, b.1),
        mix(a.2, b.2)
    )
}

fn open(out: &mut String, width: f64, height: f64, title: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"><title>{}</title>"#,
        escape(title)
    );
}

/// Horizontal bars, one per label, on a 0–`max` axis; labels get about
/// 6.5 pixels per character of the longest, so that none is cut at the left
/// edge (the stylesheet scales a wide chart down to the page).
pub fn bars(title: &str, items: &[(String, Option<f64>)], max: f64, decimals: usize) -> String {
    let longest = items
        .iter()
        .map(|(l, _)| l.chars().count().min(LABEL_CHARS))
        .max()
        .unwrap_or(0);
    let label_w = (longest as f64 * 6.5 + 12.0).max(80.0);
    let (bar_w, row) = (if max <= 5.0 { 160.0 } else { 300.0 }, 22.0);
    let height = row * items.len() as f64 + 24.0;
    let mut out = String::new();
    open(&mut out, label_w + bar_w + 60.0, height, title);
    for (i, (label, value)) in items.iter().enumerate() {
        let y = 4.0 + row * i as f64;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="end" class="l">{}</text>"#,
            label_w - 6.0,
            y + 14.0,
            escape(&shortened(label))
        );
        match value {
            Some(v) => {
                let w = (v / max).clamp(0.0, 1.0) * bar_w;
                let colour = if max <= 5.0 {
                    score_colour(*v)
                } else {
                    "#4F81BD".into()
                };
                let _ = write!(
                    out,
                    r#"<rect x="{label_w}" y="{}" width="{w:.1}" height="16" fill="{colour}"/><text x="{}" y="{}" class="v">{}</text>"#,
                    y + 2.0,
                    label_w + w + 4.0,
                    y + 14.0,
                    decimal(*v, decimals)
                );
            }
            None => {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" class="v">–</text>"#,
                    label_w + 4.0,
                    y + 14.0
                );
            }
        }
    }
    // Axis with ticks at 0, half and max.
    let axis_y = height - 18.0;
    let _ = write!(
        out,
        r##"<line x1="{label_w}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="#888"/>"##,
        label_w + bar_w
    );
    for k in 0..=2 {
        let x = label_w + bar_w * f64::from(k) / 2.0;
        let v = max * f64::from(k) / 2.0;
        let _ = write!(
            out,
            r#"<text x="{x}" y="{}" text-anchor="middle" class="a">{}</text>"#,
            axis_y + 13.0,
            decimal(v, usize::from(v.fract() != 0.0))
        );
    }
    out.push_str("</svg>");
    out
}

/// The most characters of a bar's label that are drawn; the names of the
/// catalogue's services fit, and a longer label ends in "…" rather than
/// crowding out its bar.
const LABEL_CHARS: usize = 90;

fn shortened(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    let mut short: String = label.chars().take(LABEL_CHARS - 1).collect();
    short.push('…');
    short
}

/// A heat map: rows × columns of scores 0–5 with the value in each cell.
pub fn heat_map(title: &str, rows: &[(String, Vec<Option<f64>>)], columns: &[String]) -> String {
    let (label_w, cell_w, cell_h, head) = (170.0, 34.0, 22.0, 26.0);
    let width = label_w + cell_w * columns.len() as f64 + 4.0;
    let height = head + cell_h * rows.len() as f64 + 4.0;
    let mut out = String::new();
    open(&mut out, width, height, title);
    for (j, c) in columns.iter().enumerate() {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle" class="a">{}</text>"#,
            label_w + cell_w * (j as f64 + 0.5),
            head - 8.0,
            escape(c)
        );
    }
    for (i, (label, values)) in rows.iter().enumerate() {
        let y = head + cell_h * i as f64;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="end" class="l">{}</text>"#,
            label_w - 6.0,
            y + 15.0,
            escape(label)
        );
        for (j, v) in values.iter().enumerate() {
            let x = label_w + cell_w * j as f64;
            match v {
                Some(v) => {
                    let _ = write!(
                        out,
                        r#"<rect x="{x}" y="{y}" width="{}" height="{}" fill="{}" stroke="white"/><text x="{}" y="{}" text-anchor="middle" class="c">{}</text>"#,
                        cell_w,
                        cell_h,
                        score_colour(*v),
                        x + cell_w / 2.0,
                        y + 15.0,
                        decimal(*v, 1)
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        r##"<rect x="{x}" y="{y}" width="{cell_w}" height="{cell_h}" fill="#EEE" stroke="white"/>"##
                    );
                }
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// One municipality against the others, per label: the others' range as a
/// grey band, their median as a tick, and the municipality as a dot.
pub fn against_others(title: &str, items: &[(String, Option<f64>, Vec<f64>)]) -> String {
    let longest = items
        .iter()
        .map(|(l, _, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let label_w = (longest as f64 * 6.5 + 12.0).max(80.0);
    let (axis_w, row) = (300.0, 22.0);
    let height = row * items.len() as f64 + 24.0;
    let x = |v: f64| label_w + v.clamp(0.0, 5.0) / 5.0 * axis_w;
    let mut out = String::new();
    open(&mut out, label_w + axis_w + 50.0, height, title);
    for (i, (label, mine, others)) in items.iter().enumerate() {
        let y = 4.0 + row * i as f64;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="end" class="l">{}</text>"#,
            label_w - 6.0,
            y + 14.0,
            escape(label)
        );
        if let (Some(lo), Some(hi), Some(mid)) = (
            others.iter().copied().reduce(f64::min),
            others.iter().copied().reduce(f64::max),
            crate::analysis::sample::median(others),
        ) {
            let _ = write!(
                out,
                r##"<rect x="{:.1}" y="{}" width="{:.1}" height="10" fill="#D9D9D9"/><line x1="{m:.1}" y1="{}" x2="{m:.1}" y2="{}" stroke="#555" stroke-width="2"/>"##,
                x(lo),
                y + 5.0,
                (x(hi) - x(lo)).max(1.0),
                y + 2.0,
                y + 18.0,
                m = x(mid)
            );
        }
        if let Some(v) = mine {
            let _ = write!(
                out,
                r##"<circle cx="{:.1}" cy="{}" r="6" fill="{}" stroke="#222"/><text x="{}" y="{}" class="v">{}</text>"##,
                x(*v),
                y + 10.0,
                score_colour(*v),
                label_w + axis_w + 8.0,
                y + 14.0,
                decimal(*v, 1)
            );
        }
    }
    let axis_y = height - 18.0;
    let _ = write!(
        out,
        r##"<line x1="{label_w}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="#888"/>"##,
        label_w + axis_w
    );
    for k in 0..=5 {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle" class="a">{k}</text>"#,
            x(f64::from(k)),
            axis_y + 13.0
        );
    }
    out.push_str("</svg>");
    out
}

/// A line of `(x, y)` points with y in 0–1, a dashed level line, and the
/// points beyond `solid_until` drawn dashed (an extrapolation).
pub fn curve(
    title: &str,
    points: &[(f64, f64)],
    level: f64,
    solid_until: f64,
    labels: &CurveLabels,
) -> String {
    let (left, top, w, h) = (66.0, 14.0, 460.0, 200.0);
    let max_x = points.iter().map(|p| p.0).fold(1.0, f64::max);
    let px = |x: f64| left + (x - 1.0).max(0.0) / (max_x - 1.0).max(1.0) * w;
    let py = |y: f64| top + (1.0 - y.clamp(0.0, 1.0)) * h;
    let mut out = String::new();
    open(&mut out, left + w + 20.0, top + h + 70.0, title);
    percent_axis(&mut out, (left, top, w, h), &labels.y);
    let _ = write!(
        out,
        r##"<line x1="{left}" y1="{y:.1}" x2="{}" y2="{y:.1}" stroke="#C0504D" stroke-dasharray="4 3"/>"##,
        left + w,
        y = py(level)
    );
    let path = |pts: Vec<&(f64, f64)>| {
        pts.iter()
            .map(|(x, y)| format!("{:.1},{:.1}", px(*x), py(*y)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let solid: Vec<&(f64, f64)> = points.iter().filter(|p| p.0 <= solid_until).collect();
    let beyond: Vec<&(f64, f64)> = points.iter().filter(|p| p.0 >= solid_until).collect();
    let _ = write!(
        out,
        r##"<polyline points="{}" fill="none" stroke="#4F81BD" stroke-width="2"/>"##,
        path(solid)
    );
    if beyond.len() > 1 {
        let _ = write!(
            out,
            r##"<polyline points="{}" fill="none" stroke="#4F81BD" stroke-width="2" stroke-dasharray="5 4"/>"##,
            path(beyond)
        );
    }
    for (x, y) in points {
        let _ = write!(
            out,
            r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="#4F81BD"/>"##,
            px(*x),
            py(*y)
        );
    }
    let step = (max_x / 10.0).ceil().max(1.0);
    let mut x = 1.0;
    while x <= max_x {
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{}" text-anchor="middle" class="a">{x}</text>"#,
            px(x),
            top + h + 14.0
        );
        x += step;
    }
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" text-anchor="middle" class="l">{}</text>"#,
        left + w / 2.0,
        top + h + 34.0,
        escape(&labels.x)
    );
    curve_legend(&mut out, left, top + h + 56.0, labels);
    out.push_str("</svg>");
    out
}

/// The vertical axis of a [`curve`]: its label and a grid line with its
/// percentage at every quarter of the plot `(left, top, width, height)`.
fn percent_axis(out: &mut String, (left, top, w, h): (f64, f64, f64, f64), label: &str) {
    let _ = write!(
        out,
        r#"<text x="14" y="{y}" text-anchor="middle" class="l" transform="rotate(-90 14 {y})">{}</text>"#,
        escape(label),
        y = top + h / 2.0
    );
    for k in 0..=4 {
        let y = f64::from(k) / 4.0;
        let py = top + (1.0 - y) * h;
        let _ = write!(
            out,
            r##"<line x1="{left}" y1="{py:.1}" x2="{}" y2="{py:.1}" stroke="#EEE"/><text x="{}" y="{:.1}" text-anchor="end" class="a">{:.0} %</text>"##,
            left + w,
            left - 4.0,
            py + 4.0,
            y * 100.0,
        );
    }
}

/// The texts of a [`curve`]: its axes and the three kinds of line.
pub struct CurveLabels {
    pub x: String,
    pub y: String,
    /// The measured line.
    pub line: String,
    /// The dashed level line.
    pub level: String,
    /// The dashed part beyond the data.
    pub extrapolated: String,
}

/// One row under the chart naming each kind of line by a sample of it.
fn curve_legend(out: &mut String, left: f64, y: f64, labels: &CurveLabels) {
    let entries = [
        ("#4F81BD", "", &labels.line),
        (
            "#4F81BD",
            r#" stroke-dasharray="5 4""#,
            &labels.extrapolated,
        ),
        ("#C0504D", r#" stroke-dasharray="4 3""#, &labels.level),
    ];
    let mut x = left;
    for (colour, dash, text) in entries {
        let _ = write!(
            out,
            r#"<line x1="{x}" y1="{}" x2="{}" y2="{}" stroke="{colour}" stroke-width="2"{dash}/><text x="{}" y="{y}" class="a">{}</text>"#,
            y - 4.0,
            x + 24.0,
            y - 4.0,
            x + 30.0,
            escape(text)
        );
        x += 40.0 + 6.0 * text.chars().count() as f64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_run_from_red_through_yellow_to_green() {
        assert_eq!(score_colour(0.0), "#F8696B");
        assert_eq!(score_colour(2.5), "#FFEB84");
        assert_eq!(score_colour(5.0), "#63BE7B");
        assert_eq!(score_colour(9.0), "#63BE7B");
    }

    #[test]
    fn labels_are_escaped() {
        let svg = bars("<t>", &[("a<b & c".into(), Some(2.0))], 5.0, 1);
        assert!(svg.contains(r#"<rect x="80""#), "{svg}");
        assert!(svg.contains("a&lt;b &amp; c") && svg.contains("&lt;t&gt;"));
        assert!(!svg.contains("<b "));
    }

    #[test]
    fn a_long_label_gets_room_and_is_not_cut_at_the_left_edge() {
        let label = "Sikkerhetsgjennomgang av Microsoft 365, Entra ID og Active Directory";
        let svg = bars("t", &[(label.into(), Some(63.0))], 100.0, 0);
        let room = label.chars().count() as f64 * 6.5 + 12.0;
        assert!(svg.contains(&format!(r#"<rect x="{room}""#)), "{svg}");
        assert!(svg.contains(label));
        let endless = "x".repeat(300);
        let svg = bars("t", &[(endless, Some(1.0))], 100.0, 0);
        assert!(svg.contains(&format!("{}…<", "x".repeat(89))), "{svg}");
    }
}
