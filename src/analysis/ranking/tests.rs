//! Hand-computed rankings: three municipalities, four services; need scores
//! from real answers, and the forced trade-off of the ranking question.

use super::*;
use crate::analysis::settings;
use crate::catalogue;

fn weights() -> Weights {
    let mut w = settings::weights(None).unwrap();
    w.resamples = 20_000;
    w.top = 1;
    w
}

fn scored(score: Option<f64>) -> Need {
    Need {
        score,
        ..Need::default()
    }
}

/// `needs[service][site]` from plain scores.
fn matrix(rows: &[&[Option<f64>]]) -> Vec<Vec<Need>> {
    rows.iter()
        .map(|r| r.iter().map(|s| scored(*s)).collect())
        .collect()
}

fn names(n: usize) -> Vec<(String, String)> {
    (0..n).map(|i| (i.to_string(), format!("K{i}"))).collect()
}

#[test]
fn means_rank_services_and_ties_share_a_rank() {
    let c = catalogue::builtin().unwrap();
    // Four services over three municipalities. Means:
    // s0 (90 + 10 + 50) / 3 = 50; s1 (10 + 50 + 90) / 3 = 50 (tie with s0);
    // s2 (80 + 80 + 80) / 3 = 80; s3 all "vet ikke" → no score, no rank.
    let needs = matrix(&[
        &[Some(90.0), Some(10.0), Some(50.0)],
        &[Some(10.0), Some(50.0), Some(90.0)],
        &[Some(80.0), Some(80.0), Some(80.0)],
        &[None, None, None],
        // The catalogue has more services; they have no data either.
    ]);
    let mut needs = needs;
    needs.resize(c.services.len(), vec![Need::default(); 3]);
    let r = rank_needs(&c, names(3), needs, &[1.0; 3], &weights(), 7);
    let by_service = |i: usize| r.ranked.iter().find(|x| x.service == i).unwrap();
    assert_eq!(by_service(2).rank, Some(1));
    assert_eq!(by_service(0).rank, Some(2));
    assert_eq!(by_service(1).rank, Some(2));
    assert_eq!(by_service(3).rank, None);
    assert_eq!(by_service(0).mean_need, Some(50.0));
    assert_eq!(by_service(2).mean_need, Some(80.0));
    // High need is ≥ 60: s0 has one of three, s2 all three.
    assert_eq!(by_service(0).high_share, Some(0.333));
    assert_eq!(by_service(2).high_share, Some(1.0));
    assert_eq!(by_service(3).with_data, 0);
    // Ranked order: s2, then the tie in catalogue order, then no data.
    let order: Vec<usize> = r.ranked.iter().take(3).map(|x| x.service).collect();
    assert_eq!(order, [2, 0, 1]);
    // s2 (80 everywhere) loses the top place only in the resamples AAA
    // (s0 = 90) and CCC (s1 = 90): 25 of the 27 equally likely ones.
    let p = by_service(2).stability.in_top;
    assert!((p - 25.0 / 27.0).abs() < 0.01, "{p}");
    assert_eq!(by_service(3).stability.in_top, 0.0);
}

#[test]
fn bootstrap_matches_the_exact_resampling_probabilities() {
    let c = catalogue::builtin().unwrap();
    // Two services, three municipalities A, B, C:
    //   s0: 90 10 50    s1: 10 50 50
    // A resample has a, b, c copies of A, B, C (a + b + c = 3). s0 ≥ s1
    // exactly when 80a ≥ 40b, i.e. 2a ≥ b. Counting the 27 ordered
    // resamples: s0 is in the top 1 (alone or tied) in 20, s1 in 11.
    let mut needs = matrix(&[
        &[Some(90.0), Some(10.0), Some(50.0)],
        &[Some(10.0), Some(50.0), Some(50.0)],
    ]);
    needs.resize(c.services.len(), vec![Need::default(); 3]);
    let r = rank_needs(&c, names(3), needs, &[1.0; 3], &weights(), 11);
    let p = |i: usize| {
        r.ranked
            .iter()
            .find(|x| x.service == i)
            .unwrap()
            .stability
            .in_top
    };
    assert!((p(0) - 20.0 / 27.0).abs() < 0.015, "{}", p(0));
    assert!((p(1) - 11.0 / 27.0).abs() < 0.015, "{}", p(1));
}

#[test]
fn the_same_seed_gives_the_same_ranking() {
    let c = catalogue::builtin().unwrap();
    let mut needs = matrix(&[
        &[Some(70.0), Some(20.0), Some(55.0)],
        &[Some(40.0), Some(60.0), Some(50.0)],
        &[Some(45.0), Some(45.0), Some(45.0)],
    ]);
    needs.resize(c.services.len(), vec![Need::default(); 3]);
    let w = weights();
    let a = rank_needs(&c, names(3), needs.clone(), &[1.0; 3], &w, 5);
    let b = rank_needs(&c, names(3), needs.clone(), &[1.0; 3], &w, 5);
    let other = rank_needs(&c, names(3), needs, &[1.0; 3], &w, 6);
    assert_eq!(a.ranked, b.ranked);
    assert_eq!(a.curve, b.curve);
    assert_ne!(a.ranked, other.ranked);
}

#[test]
fn size_weights_move_the_mean() {
    let c = catalogue::builtin().unwrap();
    let mut needs = matrix(&[&[Some(100.0), Some(0.0), Some(0.0)]]);
    needs.resize(c.services.len(), vec![Need::default(); 3]);
    // The first municipality has twice the inhabitants of the other two together.
    let r = rank_needs(&c, names(3), needs, &[4.0, 1.0, 1.0], &weights(), 1);
    let s0 = r.ranked.iter().find(|x| x.service == 0).unwrap();
    // (4·100 + 0 + 0) / 6 = 66.7
    assert_eq!(s0.mean_need, Some(66.7));
}

#[test]
fn the_curve_reaches_full_agreement_when_every_site_agrees() {
    let c = catalogue::builtin().unwrap();
    let mut needs = matrix(&[
        &[Some(90.0), Some(85.0), Some(95.0)],
        &[Some(10.0), Some(15.0), Some(5.0)],
    ]);
    needs.resize(c.services.len(), vec![Need::default(); 3]);
    let r = rank_needs(&c, names(3), needs, &[1.0; 3], &weights(), 3);
    assert_eq!(r.stable_at, Some(1));
    assert!(r.curve.iter().all(|p| p.agreement == 1.0));
    // Beyond the three mapped, up to six, drawn from those mapped.
    assert_eq!(
        r.curve.last().map(|p| (p.mapped, p.extrapolated)),
        Some((6, true))
    );
}

/// The records of the synthetic pilot set (without planted problems).
fn synthetic_records() -> std::sync::Arc<Vec<Record>> {
    let qs = crate::questionnaire::builtin::all().unwrap();
    let files = crate::synthetic::pilot_set(&qs, false);
    let dir = tempfile::tempdir().unwrap();
    for f in &files {
        let p = dir.path().join(&f.name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, &f.text).unwrap();
    }
    let found = crate::collect::discover(&[dir.path().to_path_buf()]);
    let registry = crate::questionnaire::history::Registry::builtin().unwrap();
    let questionnaires = crate::collect::Questionnaires::new(registry);
    crate::collect::Collected::read(
        found,
        &[],
        &questionnaires,
        Default::default(),
        None,
        &|| {},
    )
    .records
}

#[test]
fn need_combines_the_four_components_by_weight() {
    // Built from real answers: a site with modenhet, it-struktur and behov.
    let sites = synthetic_records();
    let c = catalogue::builtin().unwrap();
    let w = settings::weights(None).unwrap();
    let soc = c.services.iter().find(|s| s.id == "soc").unwrap();
    for site in sites.iter() {
        let n = need(soc, site, &w);
        let (gap, stated, ranked, signals) = (
            n.maturity_gap.unwrap(),
            n.stated.unwrap(),
            n.ranked.unwrap(),
            n.signals.unwrap(),
        );
        // Every synthetic site ranks soc first: 3 of 3 points.
        assert_eq!((ranked, n.place), (1.0, Some(1)), "{}", site.name);
        // 100 · (0.4·gap + 0.4·stated + 0.2·ranked + 0.2·signals) / 1.2.
        let sum = 0.4 * gap + 0.4 * stated + 0.2 * ranked + 0.2 * signals;
        let expected = (1000.0 * sum / 1.2).round() / 10.0;
        assert_eq!(n.score, Some(expected), "{}", site.name);
        // The gap is the mean over the service's principles 3.2 and 3.3.
        let scores = site.maturity().unwrap();
        let p = |id: &str| scores.principles[&id.parse().unwrap()].score().unwrap();
        let mean_gap = ((5.0 - p("3.2")) / 5.0 + (5.0 - p("3.3")) / 5.0) / 2.0;
        assert!((gap - mean_gap).abs() < 1e-12);
    }
}

/// A site with behov answers only: the same stated need (`stort`, nothing
/// today) for every service, and a ranking of the services that matter most.
fn ranking_site(name: &str, ranking: &[&str]) -> Record {
    use crate::questionnaire::answer::Response;
    let behov = crate::questionnaire::builtin::resolve("behov").unwrap();
    let c = catalogue::builtin().unwrap();
    let mut responses = crate::questionnaire::answer::Responses::new();
    for s in &c.services {
        let [need_id, sourcing_id, ..] = s.need_question_ids();
        responses.insert(
            need_id,
            Response::answered(AnswerValue::Text("stort".into())),
        );
        responses.insert(
            sourcing_id,
            Response::answered(AnswerValue::Text("ingenting".into())),
        );
    }
    responses.insert(
        crate::catalogue::RANK_QUESTION.into(),
        Response::answered(AnswerValue::Choices(
            ranking.iter().map(|s| s.to_string()).collect(),
        )),
    );
    let answered = crate::collect::Answered {
        questionnaire: std::sync::Arc::new(behov),
        respondents: Vec::new(),
        basis: crate::collect::Basis::Single,
        responses: responses.into(),
        scores: Default::default(),
    };
    Record {
        id: name.into(),
        name: name.into(),
        members: Vec::new(),
        surveys: [("behov".to_string(), answered)].into(),
        hosts: Vec::new(),
        fleet: None,
    }
}

#[test]
fn equal_stated_needs_are_ranked_by_the_forced_trade_off() {
    let c = catalogue::builtin().unwrap();
    let mut w = weights();
    w.top = 3;
    // Both state a large need for everything; A puts soc first, B mdr.
    let a = ranking_site("A", &["soc", "mdr", "herding"]);
    let b = ranking_site("B", &["mdr", "herding", "soc"]);
    let index = |id: &str| c.services.iter().position(|s| s.id == id).unwrap();
    let (soc, mdr, herding, dns) = (
        index("soc"),
        index("mdr"),
        index("herding"),
        index("beskyttende_dns"),
    );
    let one = rank(&c, &[&a], &w, 1);
    let score = |r: &Ranking, s: usize, k: usize| r.needs[s][k].score.unwrap();
    // stated 0.75 (weight 0.4), ranked 1, 2/3, 1/3 or 0 (weight 0.2):
    // soc (0.4·0.75 + 0.2·1) / 0.6 = 83.3; unranked 0.3 / 0.6 = 50.
    assert_eq!(score(&one, soc, 0), 83.3);
    assert_eq!(score(&one, mdr, 0), 72.2);
    assert_eq!(score(&one, herding, 0), 61.1);
    assert_eq!(score(&one, dns, 0), 50.0);
    let top: Vec<&str> = one.ranked[..3]
        .iter()
        .map(|x| c.services[x.service].id.as_str())
        .collect();
    assert_eq!(top, ["soc", "mdr", "herding"]);
    // Together the same stated needs; the rankings decide: mdr (2/3 + 1)
    // before soc (1 + 1/3) before herding (1/3 + 2/3) before the unranked.
    let both = rank(&c, &[&a, &b], &w, 1);
    let place = |s: usize| both.ranked.iter().find(|x| x.service == s).unwrap().rank;
    assert_eq!(place(mdr), Some(1));
    assert_eq!(place(soc), Some(2));
    assert_eq!(place(herding), Some(3));
    assert_eq!(place(dns), Some(4));
    let explained = both.ranked[0].explanation.join(" ");
    let said = [
        "2 av 2 rangerer den blant de viktigste (1 først)",
        "2 of 2 rank it among the most important (1 first)",
    ];
    assert!(said.iter().any(|s| explained.contains(s)), "{explained}");
}
