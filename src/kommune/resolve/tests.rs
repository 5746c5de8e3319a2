use super::*;

fn keys(found: &[Entity]) -> Vec<String> {
    found.iter().map(|e| e.key().to_string()).collect()
}

/// The built-in municipality with this number.
fn kommune<'a>(r: &'a Register, number: &str) -> Entity<'a> {
    Entity::Kommune(r.kommuner.iter().find(|k| k.number == number).unwrap())
}

#[test]
fn exact_numbers_and_names_are_taken_whatever_the_spelling() {
    let r = Register::builtin();
    for q in [
        "4613",
        "Bømlo",
        "bomlo",
        "BØMLO kommune",
        " Bømlo Kommune ",
        "4613 Bømlo",
    ] {
        assert_eq!(r.resolve(q), Resolution::Exact(kommune(&r, "4613")), "{q}");
    }
    for (q, number) in [
        ("Oslo", "0301"),
        ("trondheim", "5001"),
        ("Tråante", "5001"),
        ("kautokeino", "5612"),
        ("Guovdageaidnu", "5612"),
        ("Porsanki", "5622"),
    ] {
        assert_eq!(r.resolve(q), Resolution::Exact(kommune(&r, number)), "{q}");
    }
}

#[test]
fn a_name_several_municipalities_share_is_refused_with_their_counties() {
    let r = Register::builtin();
    for (name, numbers) in [("Herøy", ["1515", "1818"]), ("våler", ["3114", "3419"])] {
        let Resolution::Ambiguous(fits) = r.resolve(name) else {
            panic!("{name}: {:?}", r.resolve(name))
        };
        assert_eq!(keys(&fits), numbers);
    }
    let err = r.lookup("Herøy kommune").unwrap_err().to_string();
    assert!(
        err.contains("1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland)"),
        "{err}"
    );
    assert!(err.contains("-k 1515"), "{err}");
    assert_eq!(r.resolve("1818"), Resolution::Exact(kommune(&r, "1818")));
}

#[test]
fn an_exact_name_outside_vestland_is_taken_with_the_vestland_alternative() {
    let r = Register::builtin();
    let outside = |q: &str, found: &str, alternatives: &[&str]| {
        let Resolution::ExactOutside {
            found: taken,
            alternatives: others,
        } = r.resolve(q)
        else {
            panic!("{q}: {:?}", r.resolve(q))
        };
        assert_eq!(
            (taken.key(), keys(&others)),
            (found, alternatives.iter().map(|a| a.to_string()).collect())
        );
    };
    outside("Bø", "1867", &["4613"]);
    outside("Os", "3430", &["4630"]);
    // As a whole name ("… kommune") it is only the exact one.
    assert_eq!(
        r.resolve("Bø kommune"),
        Resolution::Exact(kommune(&r, "1867"))
    );
    // Inside Vestland the exact name is taken quietly.
    assert_eq!(r.resolve("Vik"), Resolution::Exact(kommune(&r, "4639")));
}

#[test]
fn a_text_that_fits_several_is_refused_with_the_candidates() {
    let r = Register::builtin();
    // `kartlegg kommuner --search aust` lists these two.
    let Resolution::Ambiguous(fits) = r.resolve("aust") else {
        panic!("{:?}", r.resolve("aust"))
    };
    assert_eq!(keys(&fits), ["4625", "4632"]);
    // The beginnings first, Vestland's before the others; the county
    // named outside Vestland.
    let err = r.lookup("ber").unwrap_err().to_string();
    assert!(
        err.contains("4601 Bergen, 5630 Berlevåg (Finnmark), 1127 Randaberg (Rogaland)"),
        "{err}"
    );
    assert!(err.contains("-k 4601"), "{err}");
    let Resolution::Ambiguous(fits) = r.resolve("46") else {
        panic!("46")
    };
    assert_eq!(fits.len(), 43);
    assert!(ambiguous("46", &fits).contains("33"));
}

#[test]
fn a_unique_beginning_is_taken_but_text_inside_a_name_is_not() {
    let r = Register::builtin();
    let found = |q| match r.resolve(q) {
        Resolution::Prefix(e) => e.name().to_string(),
        other => format!("{other:?}"),
    };
    assert_eq!(found("Bøm"), "Bømlo");
    assert_eq!(found("sogn"), "Sogndal");
    assert_eq!(found("trond"), "Trondheim");
    assert!(matches!(r.resolve("4614 Bømlo"), Resolution::Unknown(_)));
    assert!(matches!(r.resolve("464"), Resolution::Ambiguous(fits) if fits.len() == 10));
    // Only Bømlo contains "mlo", but it does not begin with it.
    let Resolution::Unknown(close) = r.resolve("mlo") else {
        panic!("mlo")
    };
    assert_eq!(keys(&close), ["4613"]);
}

#[test]
fn other_official_names_are_found_like_the_name() {
    let mut r = Register::builtin();
    r.extend_from_str(
        "municipalities:\n  - {number: '5099', name: Prøve, other_names: [Prøve tjïelte]}\n",
    )
    .unwrap();
    let Resolution::Exact(e) = r.resolve("prove tjielte") else {
        panic!("not exact")
    };
    assert_eq!(e.key(), "5099");
}

#[test]
fn only_near_misspellings_are_suggested() {
    let r = Register::builtin();
    let close = |q| keys(&r.closest(q, 3));
    assert_eq!(close("Sogndall"), ["4640", "1111"]);
    assert_eq!(close("Øygardn"), ["4626"]);
    assert_eq!(close("Bømllo"), ["4613"]);
    assert_eq!(close("Trondhem"), ["5001"]);
    assert!(close("Uppsala").is_empty());
    let err = r.lookup("Uppsala").unwrap_err().to_string();
    assert!(err.contains("357") && err.contains("--kommuner"), "{err}");
}
