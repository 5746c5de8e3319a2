//! Fictional pilot data: result files for six made-up municipalities
//! (numbers 9901–9906, which no Norwegian municipality has), written the way
//! `survey` and `inventory` write them. The example data in examples/pilot
//! and the tests of the analyses are made from it. It is built only with the
//! `synthetic` feature (the tests and the example turn it on),
//! never into the program.
//!
//! Answers follow each site's maturity profile, with related answers kept
//! consistent (inventory facts agree with the maturity claimed). With
//! `planted`, the set also holds the problems a real pilot meets: a
//! confusing question, a partial file, a duplicate, an answer to an older
//! questionnaire version, a claim the inventory contradicts, a claim a
//! device export contradicts, and at three
//! sites a second `modenhet` respondent who agrees with the first within one
//! level except on one question the two read differently.

use std::collections::BTreeMap;

use crate::inventory::{
    self, Disk, Host, Indicator, Inventory, Network, Os, Package, Privacy, Tri,
};
use crate::questionnaire::answer::{AnswerValue, Response, Responses, State};
use crate::questionnaire::scoring::is_shown;
use crate::questionnaire::{QuestionKind, Questionnaire};
use crate::subject::Subject;
use crate::survey::result::{Answer, QuestionnaireRef, Status, SurveyResult};

/// The fictional sites: number, name, inhabitants, maturity base level.
pub const SITES: [(&str, &str, f64, f64); 6] = [
    ("9901", "Fjordvik (fiktiv)", 3_200.0, 1.0),
    ("9902", "Breidal (fiktiv)", 5_400.0, 1.5),
    ("9903", "Nordøy (fiktiv)", 11_800.0, 2.0),
    ("9904", "Solstrand (fiktiv)", 24_500.0, 2.5),
    ("9905", "Lisund (fiktiv)", 8_900.0, 3.0),
    ("9906", "Havnes (fiktiv)", 41_000.0, 3.5),
];

/// The site whose Intune export the planted set makes contradict its
/// claimed device encryption.
pub const FLEET_CONTRADICTING_SITE: usize = 4;
/// The site that sends no fleet file.
pub const NO_FLEET_SITE: usize = 0;
/// The question the planted set makes confusing.
pub const CONFUSING: &str = "klassifisering";
/// The site whose claimed device encryption the inventory contradicts.
pub const CONTRADICTING_SITE: usize = 2;
/// The sites where a second respondent answers `modenhet` too.
pub const SECOND_RESPONDENT_SITES: [usize; 3] = [1, 3, 5];
/// The second respondent's role (the first is the IT manager).
pub const SECOND_ROLE: &str = "Informasjonssikkerhetsleder";
/// The question the two respondents read differently: it asks whether logs
/// are collected centrally *and* kept long enough, so the IT manager answers
/// about collection and the security officer about keeping, three levels
/// lower at every site.
pub const DISAGREED: &str = "logginnsamling";

/// How much each catalogue service is needed across the sites (0–4 on the
/// `_behov` scale), so the ranking has a clear top and a tail.
const POPULARITY: &[(&str, i32)] = &[
    ("soc", 4),
    ("hendelseshandtering", 3),
    ("sarbarhetshandtering", 3),
    ("sikkerhetsleder", 3),
    ("opplaering", 2),
    ("ekstern_skanning", 2),
    ("beredskapsovelser", 2),
    ("risikovurdering", 2),
];

/// One file of the set: a relative path and its contents.
pub struct File {
    pub name: String,
    pub text: String,
}

/// A small deterministic hash of text, to vary answers by question.
fn mix(text: &str) -> usize {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) as usize
}

/// The questionnaires the fictional pilot answered: the first released
/// version of each built-in one (1.0.0), as a pilot is answered before the
/// revision it leads to. Merge carries these answers to the newest version.
pub fn pilot_questionnaires() -> anyhow::Result<Vec<Questionnaire>> {
    let registry = crate::questionnaire::history::Registry::builtin()?;
    let mut out = Vec::new();
    for id in registry.ids() {
        if let Some(first) = registry.versions(id).first() {
            out.push(first.clone());
        }
    }
    Ok(out)
}

/// The set of files. `questionnaires` are the built-in ones, or the versions
/// the pilot answered ([`pilot_questionnaires`]).
pub fn pilot_set(questionnaires: &[Questionnaire], planted: bool) -> Vec<File> {
    let mut files = Vec::new();
    let find = |id: &str| questionnaires.iter().find(|q| q.id == id);
    for (i, site) in SITES.iter().enumerate() {
        let mut maturity = Responses::new();
        for id in ["modenhet", "it-struktur", "behov"] {
            let Some(q) = find(id) else { continue };
            let responses = answers(q, i, site.3, &maturity, planted);
            if id == "modenhet" {
                maturity = responses.clone();
            }
            let mut result = survey(q, i, responses, planted);
            let date = format!("2026-10-{:02}", 5 + i);
            if planted && id == "modenhet" && SECOND_RESPONDENT_SITES.contains(&i) {
                // Planted: a second respondent, who answered the day before.
                files.push(File {
                    name: format!(
                        "{}/kartlegg-svar-{}-{id}-2026-10-{:02}.yaml",
                        dir(i),
                        site.0,
                        4 + i
                    ),
                    text: second_respondent(q, i, &maturity).to_yaml(),
                });
            }
            if planted && i == 5 && id == "it-struktur" {
                // Planted: the survey was stopped half-way.
                result.status = Status::Partial;
                result.finished = None;
                let half = result.answers.len() / 2;
                result.answers.truncate(half);
            }
            if planted && i == 4 && id == "behov" {
                // Planted: answered with an older version of the questionnaire.
                result.questionnaire.version = "0.9.0".into();
                result.questionnaire.sha256 =
                    crate::questionnaire::sha256_hex(b"behov 0.9.0 (fictional older version)");
                result.answers.push(Answer {
                    id: "sikkerhetsleder_prioritet".into(),
                    response: Response::answered(AnswerValue::Text("hoy".into())),
                    comment: None,
                    evidence: None,
                    unclear: false,
                    seconds: 20.0,
                });
            }
            if planted && i == 1 && id == "modenhet" {
                // Planted: an earlier copy of the same survey, sent again.
                let mut older = result.clone();
                older.started = "2026-09-20T09:00:00Z".to_string();
                older.finished = Some("2026-09-20T10:05:00Z".into());
                for a in older.answers.iter_mut().take(5) {
                    a.response = Response::without_value(State::Unknown);
                }
                files.push(File {
                    name: format!("{}/kartlegg-svar-{}-{id}-2026-09-20.yaml", dir(i), site.0),
                    text: older.to_yaml(),
                });
            }
            files.push(File {
                name: format!("{}/kartlegg-svar-{}-{id}-{date}.yaml", dir(i), site.0),
                text: result.to_yaml(),
            });
        }
        if i != NO_FLEET_SITE {
            files.push(File {
                name: format!(
                    "{}/kartlegg-flate-{}-2026-10-{:02}.yaml",
                    dir(i),
                    site.0,
                    5 + i
                ),
                text: fleet::fleet(i, &maturity, planted).to_yaml(),
            });
        }
        for h in 0..3 {
            let inv = machine(i, h, &maturity, planted);
            files.push(File {
                name: format!(
                    "{}/kartlegg-inventar-{}-{}-2026-10-{:02}.yaml",
                    dir(i),
                    site.0,
                    inv.host
                        .id
                        .trim_start_matches("sha256:")
                        .get(..8)
                        .unwrap_or_default(),
                    5 + i
                ),
                text: inv.to_yaml(),
            });
        }
    }
    files
}

/// Each site's files in a folder of its own, as they arrive.
fn dir(site: usize) -> String {
    let name = SITES[site].1.split(' ').next().unwrap_or_default();
    crate::kommune::fold(name)
}

fn level(site: usize, base: f64, question: &str) -> f64 {
    // −1, 0 or +1 by question, so principles differ within a site.
    let offset = (mix(question) % 3) as f64 - 1.0;
    let wobble = ((mix(question) / 3 + site) % 2) as f64 * 0.5;
    (base + offset + wobble).round().clamp(0.0, 5.0)
}

fn answers(
    q: &Questionnaire,
    site: usize,
    base: f64,
    maturity: &Responses,
    planted: bool,
) -> Responses {
    let mut r = Responses::new();
    let claimed = |id: &str| match maturity.get(id).and_then(|x| x.value()) {
        Some(AnswerValue::Number(n)) => *n,
        _ => 0.0,
    };
    for (_, question) in q.questions() {
        if !is_shown(question, &r) {
            continue;
        }
        let id = question.id.as_str();
        let pick = |options: usize| (site + mix(id)) % options.max(1);
        let value = match (q.id.as_str(), id, question.kind) {
            ("modenhet", CONFUSING, _) if planted && site.is_multiple_of(2) => None,
            ("it-struktur", "innbyggere", _) => Some(AnswerValue::Number(SITES[site].2)),
            ("it-struktur", "ansatte", _) => {
                Some(AnswerValue::Number((SITES[site].2 / 12.0).round()))
            }
            ("it-struktur", "andel_stottet_os_pc" | "andel_stottet_os_server", _) => {
                Some(AnswerValue::Number(if claimed("patching") >= 4.0 {
                    100.0
                } else {
                    70.0 + 4.0 * site as f64
                }))
            }
            ("it-struktur", "mfa_andel_ansatte", _) => Some(AnswerValue::Number(
                20.0 * claimed("mfa").max(1.0) - site as f64,
            )),
            ("it-struktur", "logginnsamling", _) => Some(AnswerValue::Text(
                if claimed("logginnsamling") >= 4.0 {
                    "sentralt"
                } else {
                    ["ingen", "lokalt", "sentralt"][pick(3)]
                }
                .into(),
            )),
            ("it-struktur", "hendelsesplan", _) => Some(AnswerValue::Bool(
                claimed("hendelsesplan") >= 3.0 || site % 2 == 1,
            )),
            ("behov", _, QuestionKind::Single)
                if id.ends_with("_behov") || id.ends_with("_dekning") =>
            {
                need(question, site, &r)
            }
            ("behov", crate::catalogue::RANK_QUESTION, _) => Some(most_important(site)),
            _ => by_kind(question, site, base),
        };
        let response = match value {
            Some(AnswerValue::Choices(c)) if c.is_empty() => {
                Response::without_value(State::Skipped)
            }
            Some(v) => Response::answered(v),
            None if question.kind == QuestionKind::Text => Response::without_value(State::Skipped),
            None => Response::without_value(State::Unknown),
        };
        r.insert(question.id.clone(), response);
    }
    if planted && q.id == "modenhet" && site == CONTRADICTING_SITE {
        // Planted: claims encrypted devices; the inventory will disagree.
        r.insert(
            "kryptering_enheter".into(),
            Response::answered(AnswerValue::Number(4.0)),
        );
    }
    r
}

/// The second respondent's survey: the first one's answers, one level off on
/// about a third of the scale questions, and three levels lower on
/// [`DISAGREED`]; answered the day before the first.
fn second_respondent(q: &Questionnaire, site: usize, first: &Responses) -> SurveyResult {
    const SHIFTS: [f64; 6] = [0.0, 0.0, 0.0, 1.0, -1.0, 0.0];
    let responses = first
        .iter()
        .map(|(id, r)| {
            let r = match r.value() {
                Some(AnswerValue::Number(n)) => {
                    let shift = if id == DISAGREED {
                        -3.0
                    } else {
                        SHIFTS[(mix(id) / 5 + 2 * site) % SHIFTS.len()]
                    };
                    Response::answered(AnswerValue::Number((n + shift).clamp(0.0, 5.0)))
                }
                _ => r.clone(),
            };
            (id.clone(), r)
        })
        .collect();
    let mut result = survey(q, site, responses, true);
    result.role = Some(SECOND_ROLE.into());
    let (day, before) = (
        format!("2026-10-{:02}", 5 + site),
        format!("2026-10-{:02}", 4 + site),
    );
    result.started = result.started.replace(&day, &before);
    result.finished = result.finished.map(|f| f.replace(&day, &before));
    result
}

/// The three services a site ranks first: the most popular ones, in an
/// order that differs between even and odd sites.
fn most_important(site: usize) -> AnswerValue {
    let ids: [&str; 3] = if site.is_multiple_of(2) {
        ["soc", "hendelseshandtering", "sarbarhetshandtering"]
    } else {
        ["soc", "sikkerhetsleder", "hendelseshandtering"]
    };
    AnswerValue::Choices(ids.iter().map(|s| s.to_string()).collect())
}

/// A need (`*_behov`) from how popular the service is, or how the
/// municipality covers it today (`*_dekning`) from that need.
fn need(
    question: &crate::questionnaire::Question,
    site: usize,
    r: &Responses,
) -> Option<AnswerValue> {
    let id = question.id.as_str();
    if id.ends_with("_behov") {
        let service = id.trim_end_matches("_behov");
        let pop = POPULARITY
            .iter()
            .find(|(s, _)| *s == service)
            .map_or(1, |(_, p)| *p);
        let level = (pop + (site % 3) as i32 - 1).clamp(0, 4) as usize;
        Some(AnswerValue::Text(
            question.options[level.min(question.options.len() - 1)]
                .id
                .clone(),
        ))
    } else {
        let need = r
            .get(&id.replace("_dekning", "_behov"))
            .and_then(|x| x.value())
            .cloned();
        let own = match need {
            Some(AnswerValue::Text(t)) if t == "lite" => "selv",
            Some(AnswerValue::Text(t)) if t == "middels" => "kjoper",
            _ if site.is_multiple_of(2) => "kjoper",
            _ => "ingenting",
        };
        Some(AnswerValue::Text(own.into()))
    }
}

/// An answer of the question's kind, varied by site, for questions with no
/// story of their own.
fn by_kind(
    question: &crate::questionnaire::Question,
    site: usize,
    base: f64,
) -> Option<AnswerValue> {
    let id = question.id.as_str();
    let pick = |options: usize| (site + mix(id)) % options.max(1);
    match question.kind {
        QuestionKind::Scale => Some(AnswerValue::Number(level(
            site,
            SITES[site].3.max(base),
            id,
        ))),
        QuestionKind::Single => Some(AnswerValue::Text(
            question.options[pick(question.options.len())].id.clone(),
        )),
        QuestionKind::Multi => {
            let n = question.options.len();
            Some(AnswerValue::Choices(
                vec![
                    question.options[pick(n)].id.clone(),
                    question.options[(pick(n) + 1) % n].id.clone(),
                ]
                .into_iter()
                .filter(|o| o != "ingen")
                .collect(),
            ))
        }
        QuestionKind::YesNo => Some(AnswerValue::Bool((site + mix(id)).is_multiple_of(2))),
        QuestionKind::Number => {
            let (lo, hi) = (
                question.min.unwrap_or(0.0),
                question.max.unwrap_or(500.0).min(500.0),
            );
            Some(AnswerValue::Number(
                (lo + ((site * 37 + mix(id)) % 100) as f64 / 100.0 * (hi - lo)).round(),
            ))
        }
        QuestionKind::Date => Some(AnswerValue::Text(format!("2025-{:02}-15", 1 + pick(12)))),
        QuestionKind::Text => None,
        QuestionKind::Rank => {
            let n = question.options.len();
            let first = pick(n);
            let places = question.pick.unwrap_or(n).min(n);
            Some(AnswerValue::Choices(
                (0..places)
                    .map(|i| question.options[(first + i) % n].id.clone())
                    .collect(),
            ))
        }
    }
}

fn survey(q: &Questionnaire, site: usize, responses: Responses, planted: bool) -> SurveyResult {
    let (id, name, _, _) = SITES[site];
    let mut seconds_total = 0.0;
    let answers: Vec<Answer> = q
        .questions()
        .filter_map(|(_, question)| {
            let response = responses.get(&question.id)?.clone();
            let confusing = planted && question.id == CONFUSING;
            let seconds = if confusing {
                240.0 + 30.0 * site as f64
            } else {
                12.0 + ((site * 7 + mix(&question.id)) % 50) as f64
            };
            seconds_total += seconds;
            Some(Answer {
                id: question.id.clone(),
                response,
                comment: (confusing && site % 3 != 2).then(|| {
                    "Usikker på hva som menes med klassifisering her – dokumenter eller systemer?".to_string()
                }),
                evidence: None,
                unclear: confusing && site != 5,
                seconds,
            })
        })
        .collect();
    let day = 5 + site;
    let end = 9 * 3600 + seconds_total as u64;
    SurveyResult {
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
            sha256: q.hash(),
        },
        subject: Subject::kommune(id, name),
        role: Some("IT-leder".into()),
        respondent: None,
        consensus: false,
        tool: format!("kartlegg {}", env!("CARGO_PKG_VERSION")),
        started: format!("2026-10-{day:02}T09:00:00Z"),
        finished: Some(format!(
            "2026-10-{day:02}T{:02}:{:02}:{:02}Z",
            end / 3600,
            end / 60 % 60,
            end % 60
        )),
        language: None,
        changed: None,
        status: Status::Complete,
        answers,
        unanswered: Vec::new(),
    }
}

/// The machine's security indicators, from what its municipality claims.
fn indicators(
    claimed: &dyn Fn(&str) -> f64,
    server: bool,
    encrypted: bool,
    n: usize,
    base: f64,
) -> BTreeMap<String, Indicator> {
    let mut security = BTreeMap::new();
    let mut set = |k: &str, v: bool| {
        security.insert(k.to_string(), Indicator::known(v, "synthetic"));
    };
    set(
        "disk_encrypted",
        encrypted || server && claimed("kryptering_enheter") >= 4.0,
    );
    set("edr_present", claimed("edr") >= 3.0);
    set("os_supported", claimed("patching") >= 3.0 || n == 0);
    set("firewall_active", true);
    set("automatic_updates", base >= 2.0 || n == 0);
    set("antivirus_present", true);
    set("backup_agent_present", server);
    set("ssh_password_login", false);
    set("remote_desktop_exposed", server && base < 2.0);
    set("time_synchronised", true);
    security
}

/// One machine of a site, with indicators that agree with the site's
/// maturity answers (except the planted contradiction).
fn machine(site: usize, n: usize, maturity: &Responses, planted: bool) -> Inventory {
    let (id, name, _, base) = SITES[site];
    let claimed = |q: &str| match maturity.get(q).and_then(|x| x.value()) {
        Some(AnswerValue::Number(v)) => *v,
        _ => 0.0,
    };
    let server = n == 2;
    let encrypted = claimed("kryptering_enheter") >= 3.0
        && !(planted && site == CONTRADICTING_SITE && n == 1)
        || (!planted && claimed("kryptering_enheter") >= 4.0);
    let security = indicators(&claimed, server, encrypted, n, base);
    let host_name = format!("{}-pc{n}", crate::kommune::fold(name));
    let (os_name, version, family) = if server {
        ("Windows Server 2019", "10.0.17763", "windows")
    } else {
        ("Windows 11 Pro", "10.0.22631", "windows")
    };
    Inventory {
        format: inventory::FORMAT.into(),
        tool: format!("kartlegg {}", env!("CARGO_PKG_VERSION")),
        municipality: Subject::kommune(id, name),
        collected: format!("2026-10-{:02}T13:{:02}:00Z", 5 + site, 10 + n),
        privacy: Privacy::Standard,
        seconds: 1.5,
        host: Host {
            id: inventory::host_id("synthetic", &host_name),
            name: None,
            os: Os {
                family: family.into(),
                name: os_name.into(),
                version: Some(version.into()),
                kernel: None,
                architecture: "x86_64".into(),
                end_of_support: None,
            },
            cpu_model: "Fictional CPU".into(),
            cpu_cores: 4,
            memory_bytes: 16 << 30,
            uptime_seconds: 86_400 * (1 + n as u64),
            boot_time: format!("2026-10-{:02}T08:00:00Z", 4 + site),
            virtualisation: if server {
                "hyperv".into()
            } else {
                "none".into()
            },
        },
        disks: vec![Disk {
            mount: "C:\\".into(),
            file_system: "NTFS".into(),
            size_bytes: 256 << 30,
            free_bytes: 100 << 30,
            removable: false,
            encrypted: if encrypted { Tri::True } else { Tri::False },
        }],
        network: Network {
            interfaces: 2,
            interfaces_up: 1,
            addresses: None,
            listening: Vec::new(),
        },
        security,
        software: Some(software(site)),
        unreadable: Vec::new(),
    }
}

/// The programs on a fictional PC: the same everywhere but 7-Zip's version.
fn software(site: usize) -> Vec<Package> {
    [
        ("Microsoft Edge", "130.0.2849.68"),
        ("Microsoft 365 Apps", "16.0.18129"),
        (
            "7-Zip",
            if site.is_multiple_of(2) {
                "24.08"
            } else {
                "19.00"
            },
        ),
        ("Adobe Acrobat Reader", "24.004.20220"),
    ]
    .iter()
    .map(|(n, v)| Package {
        name: (*n).into(),
        version: Some((*v).into()),
        source: "windows-registry".into(),
        state: None,
    })
    .collect()
}

mod fleet;
#[cfg(test)]
mod tests;
