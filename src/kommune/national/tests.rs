use std::collections::BTreeSet;

use super::*;

/// Per county: number, municipalities, bokmål, nynorsk, neutral, unknown.
/// Språkrådet's summary (10 December 2021) gives the same figures except
/// Rogaland (its flattened table reads 9 nynorsk and 12 neutral, but its own
/// columns then no longer add up to its totals of 88 and 150) and Agder,
/// where Kristiansand is left unknown: see docs/formats.md.
const COUNTS: [(&str, usize, usize, usize, usize, usize); 15] = [
    ("03", 1, 0, 0, 1, 0),
    ("11", 23, 2, 8, 13, 0),
    ("15", 27, 0, 15, 12, 0),
    ("18", 41, 20, 0, 21, 0),
    ("31", 12, 11, 0, 1, 0),
    ("32", 21, 14, 0, 7, 0),
    ("33", 18, 10, 3, 5, 0),
    ("34", 46, 22, 7, 17, 0),
    ("39", 6, 3, 0, 3, 0),
    ("40", 17, 2, 8, 7, 0),
    ("42", 25, 7, 6, 11, 1),
    ("46", 43, 0, 41, 2, 0),
    ("50", 38, 7, 0, 31, 0),
    ("55", 21, 7, 0, 14, 0),
    ("56", 18, 14, 0, 4, 0),
];

#[test]
fn holds_357_municipalities_with_unique_numbers_in_their_counties() {
    let all = municipalities();
    assert_eq!(all.len(), 357);
    let numbers: BTreeSet<&str> = all.iter().map(|k| k.number.as_str()).collect();
    assert_eq!(numbers.len(), 357);
    for k in all {
        let county = k.county.as_deref().unwrap();
        assert_eq!(&k.number[..2], county, "{}", k.number);
        assert!(self::county(county).is_some(), "{}", k.number);
        assert!(k.number.len() == 4 && k.number.bytes().all(|b| b.is_ascii_digit()));
        assert!(!k.name.is_empty() && k.builtin);
    }
}

#[test]
fn every_county_has_the_counts_of_the_sources() {
    assert_eq!(counties().len(), 15);
    for (county, total, bokmal, nynorsk, neutral, unknown) in COUNTS {
        let of = |form: Option<Maalform>| {
            municipalities()
                .iter()
                .filter(|k| k.county.as_deref() == Some(county) && k.maalform == form)
                .count()
        };
        let counted = (
            of(Some(Maalform::Bokmal)),
            of(Some(Maalform::Nynorsk)),
            of(Some(Maalform::Neutral)),
            of(None),
        );
        assert_eq!(counted, (bokmal, nynorsk, neutral, unknown), "{county}");
        assert_eq!(bokmal + nynorsk + neutral + unknown, total, "{county}");
    }
    let forms = |form| {
        municipalities()
            .iter()
            .filter(|k| k.maalform == form)
            .count()
    };
    assert_eq!(forms(Some(Maalform::Bokmal)), 119);
    assert_eq!(forms(Some(Maalform::Nynorsk)), 88);
    assert_eq!(forms(Some(Maalform::Neutral)), 149);
}

/// Each data line reads back as it is written: number, names, county, form.
#[test]
fn names_and_forms_round_trip_to_the_data_file() {
    let written: Vec<String> = municipalities()
        .iter()
        .map(|k| {
            let form = match k.maalform {
                None => UNKNOWN_FORM,
                Some(Maalform::Nynorsk) => "nynorsk",
                Some(Maalform::Bokmal) => "bokmål",
                Some(Maalform::Neutral) => "nøytral",
            };
            let names: Vec<&str> = std::iter::once(k.name.as_str())
                .chain(k.other_names.iter().map(String::as_str))
                .collect();
            let county = k.county.as_deref().unwrap_or_default();
            format!(
                "{}\t{}\t{county}\t{form}",
                k.number,
                names.join(NAME_SEPARATOR)
            )
        })
        .collect();
    let lines: Vec<&str> = MUNICIPALITIES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .collect();
    assert_eq!(written, lines);
    let trondheim = municipalities()
        .iter()
        .find(|k| k.number == "5001")
        .unwrap();
    assert_eq!(
        (trondheim.name.as_str(), &trondheim.other_names[..]),
        ("Trondheim", &["Tråante".to_string()][..])
    );
    let porsanger = municipalities()
        .iter()
        .find(|k| k.number == "5622")
        .unwrap();
    assert_eq!(porsanger.other_names, ["Porsáŋgu", "Porsanki"]);
}

#[test]
fn a_county_is_found_by_number_or_any_of_its_names() {
    for (text, number) in [
        ("46", "46"),
        ("Vestland", "46"),
        ("trondelag", "50"),
        ("Trööndelage", "50"),
        ("romsa", "55"),
        ("Finnmárku", "56"),
        ("møre og romsdal", "15"),
    ] {
        assert_eq!(
            find_county(text).map(|c| c.number.as_str()),
            Some(number),
            "{text}"
        );
    }
    assert!(find_county("Viken").is_none());
    assert!(find_county("").is_none());
    assert_eq!(
        county_of_number("1867").map(|c| c.name.as_str()),
        Some("Nordland")
    );
}
