//! The candidate service catalogue of a shared security centre: which services
//! it could offer, in which department, which NSM principles each strengthens,
//! and which signals in the answers show that a municipality needs it.
//!
//! The catalogue is data that the ranking reads. Its signals name questions of
//! the built-in questionnaires, so reading a catalogue checks every name and
//! every condition against those questionnaires.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Mark, Rejected};
use crate::fleet::measure::FleetCondition;
use crate::i18n::Text;
use crate::nsm::PrincipleId;
use crate::questionnaire::decode::{read_condition, read_id, read_principle};
use crate::questionnaire::validate::{check_expression, repeated_ids};
use crate::questionnaire::{Condition, Question, Questionnaire, builtin};
use crate::tr;
use crate::yaml::{Decoder, Fields, Node};

/// The catalogue built into the binary.
pub const BUILTIN: &str = include_str!("../questionnaires/tjenestekatalog.yaml");

/// The questionnaire in which each service has its need questions.
pub const NEEDS_QUESTIONNAIRE: &str = "behov";

/// The question of the needs questionnaire that ranks the services that
/// matter most; its option ids are service ids.
pub const RANK_QUESTION: &str = "viktigste_tjenester";

/// Security indicators an inventory result reports, which catalogue signals
/// may name: each is true, false or unknown on a host.
pub const INVENTORY_INDICATORS: &[&str] = &[
    "firewall_active",
    "disk_encrypted",
    "automatic_updates",
    "antivirus_present",
    "edr_present",
    "backup_agent_present",
    "ssh_password_login",
    "remote_desktop_exposed",
    "time_synchronised",
    "os_supported",
];

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Catalogue {
    pub id: String,
    pub version: String,
    pub title: Text,
    pub departments: Vec<Department>,
    pub services: Vec<Service>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Department {
    #[serde(skip)]
    pub at: Mark,
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Service {
    #[serde(skip)]
    pub at: Mark,
    pub id: String,
    pub department: String,
    pub name: Text,
    pub description: Text,
    /// The NSM principles the service strengthens.
    pub principles: Vec<PrincipleId>,
    pub signals: Signals,
    /// What of the service KommuneCERT or another national service already
    /// gives every municipality.
    pub overlap: Option<Text>,
}

/// What in a municipality's results indicates that it needs a service.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Signals {
    /// Principles whose low maturity indicates need; the service's own
    /// principles when not given.
    pub maturity: Vec<PrincipleId>,
    /// Answers that indicate need.
    pub answers: Vec<AnswerSignal>,
    /// Inventory findings that indicate need.
    pub inventory: Vec<InventorySignal>,
    /// Figures of the device exports (`kartlegg fleet`) that indicate need.
    pub fleet: Vec<FleetSignal>,
}

impl Signals {
    /// The reason of every answer, inventory and fleet signal, in that
    /// order: the order in which a need counts the signals that fire.
    pub fn reasons(&self) -> impl Iterator<Item = &Text> {
        let answers = self.answers.iter().map(|s| &s.reason);
        let inventory = self.inventory.iter().map(|s| &s.reason);
        answers
            .chain(inventory)
            .chain(self.fleet.iter().map(|s| &s.reason))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerSignal {
    pub questionnaire: String,
    /// A condition in the `show_if` language over that questionnaire's answers.
    pub when: Condition,
    pub reason: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InventorySignal {
    pub indicator: String,
    /// The indicator's value that signals need.
    pub is: bool,
    pub reason: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FleetSignal {
    /// The figure is above the limit.
    #[serde(skip)]
    pub when: FleetCondition,
    pub reason: Text,
}

impl Service {
    /// The ids of the service's questions in the needs questionnaire: the
    /// need, how it is covered today, from whom and until when when bought,
    /// and a comment.
    pub fn need_question_ids(&self) -> [String; 5] {
        need_question_ids(&self.id)
    }
}

fn need_question_ids(id: &str) -> [String; 5] {
    [
        "behov",
        "dekning",
        "leverandor",
        "avtale_slutt",
        "kommentar",
    ]
    .map(|q| format!("{id}_{q}"))
}

/// Reads and checks a catalogue against the built-in questionnaires.
pub fn from_str(src: &str) -> Result<Catalogue, Vec<Diagnostic>> {
    let root = crate::yaml::parse(src).map_err(|d| vec![d])?;
    let questionnaires =
        builtin::all().map_err(|e| vec![Diagnostic::whole_file("builtin", format!("{e:#}"))])?;
    let mut d = Decoder::default();
    let catalogue = catalogue(&mut d, &root, &questionnaires);
    let mut problems = d.problems;
    problems.sort_by_key(|p| p.mark);
    match catalogue {
        Some(c) if problems.is_empty() => Ok(c),
        _ => Err(problems),
    }
}

pub fn from_file(path: &Path) -> anyhow::Result<Catalogue> {
    let src = crate::source::read_text(path, crate::questionnaire::MAX_FILE_BYTES)?;
    from_str(&src).map_err(|problems| {
        Rejected {
            path: path.to_path_buf(),
            problems,
        }
        .into()
    })
}

/// The catalogue built into the binary.
pub fn builtin() -> anyhow::Result<Catalogue> {
    from_str(BUILTIN).map_err(|problems| {
        Rejected {
            path: Path::new("questionnaires/tjenestekatalog.yaml").to_path_buf(),
            problems,
        }
        .into()
    })
}

/// True when a YAML document looks like a catalogue rather than a questionnaire.
pub fn is_catalogue(root: &Node) -> bool {
    root.get("services").is_some()
}

fn catalogue(d: &mut Decoder, node: &Node, questionnaires: &[Questionnaire]) -> Option<Catalogue> {
    let f = d.fields(node, &["id", "version", "title", "departments", "services"])?;
    let id = d.required(&f, "id").and_then(|n| read_id(d, n));
    let version = d.required(&f, "version").and_then(|n| d.string(n));
    let title = d.required(&f, "title").and_then(|n| d.text(n));
    let departments: Vec<Department> = d
        .required(&f, "departments")
        .and_then(|n| d.seq(n))
        .unwrap_or_default()
        .iter()
        .filter_map(|n| department(d, n))
        .collect();
    d.problems.extend(repeated_ids(
        departments.iter().map(|x| (x.id.as_str(), x.at)),
        |id, line| {
            tr!(
                "catalogue-the-department-is-already-defined-on",
                id = id,
                line = line
            )
        },
    ));
    let context = Context::new(questionnaires, &departments);
    let services: Vec<Service> = d
        .required(&f, "services")
        .and_then(|n| d.seq(n))
        .unwrap_or_default()
        .iter()
        .filter_map(|n| service(d, n, &context))
        .collect();
    d.problems.extend(repeated_ids(
        services.iter().map(|x| (x.id.as_str(), x.at)),
        |id, line| {
            tr!(
                "catalogue-the-service-is-already-defined-on",
                id = id,
                line = line
            )
        },
    ));
    if services.is_empty() {
        d.report(
            f.mark,
            "empty",
            tr!("catalogue-the-catalogue-has-no-services"),
        );
    }
    Some(Catalogue {
        id: id?,
        version: version?,
        title: title?,
        departments,
        services,
    })
}

/// What service signals are checked against: the questions of every
/// questionnaire, and the departments.
pub(crate) struct Context<'a> {
    questions: HashMap<&'a str, HashMap<&'a str, &'a Question>>,
    departments: Vec<&'a str>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        questionnaires: &'a [Questionnaire],
        departments: &'a [Department],
    ) -> Context<'a> {
        Context {
            questions: questionnaires
                .iter()
                .map(|q| {
                    (
                        q.id.as_str(),
                        q.questions()
                            .map(|(_, question)| (question.id.as_str(), question))
                            .collect(),
                    )
                })
                .collect(),
            departments: departments.iter().map(|x| x.id.as_str()).collect(),
        }
    }
}

fn department(d: &mut Decoder, node: &Node) -> Option<Department> {
    let f = d.fields(node, &["id", "name", "description"])?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let name = d.required(&f, "name").and_then(|n| d.text(n));
    let description = match f.get("description") {
        None => Some(None),
        Some(n) => d.text(n).map(Some),
    };
    Some(Department {
        at: id_node.map_or(f.mark, |n| n.mark),
        id: id?,
        name: name?,
        description: description?,
    })
}

fn principles(d: &mut Decoder, node: &Node) -> Option<Vec<PrincipleId>> {
    let items = d.seq(node)?;
    let out: Vec<PrincipleId> = items.iter().filter_map(|n| read_principle(d, n)).collect();
    if items.is_empty() {
        d.report(
            node.mark,
            "empty",
            tr!("catalogue-the-list-of-principles-is-empty"),
        );
    }
    (out.len() == items.len() && !out.is_empty()).then_some(out)
}

fn service(d: &mut Decoder, node: &Node, context: &Context) -> Option<Service> {
    let f = d.fields(
        node,
        &[
            "id",
            "department",
            "name",
            "description",
            "principles",
            "signals",
            "overlap",
        ],
    )?;
    let id_node = d.required(&f, "id");
    let id = id_node.and_then(|n| read_id(d, n));
    let department = d.required(&f, "department").and_then(|n| {
        let department = d.string(n)?;
        if !context.departments.contains(&department.as_str()) {
            let known = context.departments.join(", ");
            d.report(
                n.mark,
                "unknown-department",
                tr!(
                    "catalogue-the-department-does-not-exist-defined",
                    department = department,
                    known = known
                ),
            );
            return None;
        }
        Some(department)
    });
    let name = d.required(&f, "name").and_then(|n| d.text(n));
    let description = d.required(&f, "description").and_then(|n| d.text(n));
    let principles = d.required(&f, "principles").and_then(|n| principles(d, n));
    let signals = match f.get("signals") {
        None => Some(Signals::default()),
        Some(n) => signals(d, n, context),
    };
    let overlap = match f.get("overlap") {
        None => Some(None),
        Some(n) => d.text(n).map(Some),
    };
    let (id, principles, mut signals) = (id?, principles?, signals?);
    if signals.maturity.is_empty() {
        signals.maturity = principles.clone();
    }
    check_need_questions(d, &f, &id, context);
    Some(Service {
        at: id_node.map_or(f.mark, |n| n.mark),
        id,
        department: department?,
        name: name?,
        description: description?,
        principles,
        signals,
        overlap: overlap?,
    })
}

/// Every service must have its questions in the needs questionnaire, and an
/// option in its ranking question.
fn check_need_questions(d: &mut Decoder, f: &Fields, id: &str, context: &Context) {
    let Some(needs) = context.questions.get(NEEDS_QUESTIONNAIRE) else {
        return;
    };
    let ranked = needs
        .get(RANK_QUESTION)
        .is_some_and(|q| q.options.iter().any(|o| o.id == id));
    if !ranked {
        d.report(
            f.mark,
            "missing-need-question",
            tr!(
                "catalogue-the-question-of-lacks-the-option",
                RANK_QUESTION = RANK_QUESTION,
                NEEDS_QUESTIONNAIRE = NEEDS_QUESTIONNAIRE,
                id = id
            ),
        );
    }
    for wanted in need_question_ids(id) {
        if !needs.contains_key(wanted.as_str()) {
            d.report(
                f.mark,
                "missing-need-question",
                tr!(
                    "catalogue-the-questionnaire-lacks-the-question-for",
                    NEEDS_QUESTIONNAIRE = NEEDS_QUESTIONNAIRE,
                    wanted = wanted,
                    id = id
                ),
            );
        }
    }
}

fn signals(d: &mut Decoder, node: &Node, context: &Context) -> Option<Signals> {
    let f = d.fields(node, &["maturity", "answers", "inventory", "fleet"])?;
    let maturity = match f.get("maturity") {
        None => Some(Vec::new()),
        Some(n) => principles(d, n),
    };
    let answer_nodes = f.get("answers").and_then(|n| d.seq(n)).unwrap_or_default();
    let answers: Vec<AnswerSignal> = answer_nodes
        .iter()
        .filter_map(|n| answer_signal(d, n, context))
        .collect();
    let inventory_nodes = f
        .get("inventory")
        .and_then(|n| d.seq(n))
        .unwrap_or_default();
    let inventory: Vec<InventorySignal> = inventory_nodes
        .iter()
        .filter_map(|n| inventory_signal(d, n))
        .collect();
    let fleet_nodes = f.get("fleet").and_then(|n| d.seq(n)).unwrap_or_default();
    let fleet: Vec<FleetSignal> = fleet_nodes
        .iter()
        .filter_map(|n| fleet_signal(d, n))
        .collect();
    (answers.len() == answer_nodes.len()
        && inventory.len() == inventory_nodes.len()
        && fleet.len() == fleet_nodes.len())
    .then_some(())?;
    Some(Signals {
        maturity: maturity?,
        answers,
        inventory,
        fleet,
    })
}

fn fleet_signal(d: &mut Decoder, node: &Node) -> Option<FleetSignal> {
    let f = d.fields(node, &["measure", "above", "reason"])?;
    let when = FleetCondition::read(d, &f);
    let reason = d.required(&f, "reason").and_then(|n| d.text(n));
    Some(FleetSignal {
        when: when?,
        reason: reason?,
    })
}

fn answer_signal(d: &mut Decoder, node: &Node, context: &Context) -> Option<AnswerSignal> {
    let f = d.fields(node, &["questionnaire", "when", "reason"])?;
    let reason = d.required(&f, "reason").and_then(|n| d.text(n));
    let q_node = d.required(&f, "questionnaire")?;
    let when_node = d.required(&f, "when")?;
    let (questionnaire, when) = questionnaire_condition(d, q_node, when_node, "when", context)?;
    Some(AnswerSignal {
        questionnaire,
        when,
        reason: reason?,
    })
}

/// A questionnaire id and a condition over that questionnaire's answers,
/// checked against its questions; `label` names the condition's field.
pub(crate) fn questionnaire_condition(
    d: &mut Decoder,
    q_node: &Node,
    condition: &Node,
    label: &'static str,
    context: &Context,
) -> Option<(String, Condition)> {
    let questionnaire = d.string(q_node)?;
    let Some(questions) = context.questions.get(questionnaire.as_str()) else {
        let mut known: Vec<&str> = context.questions.keys().copied().collect();
        known.sort_unstable();
        let known = known.join(", ");
        d.report(
            q_node.mark,
            "unknown-questionnaire",
            tr!(
                "catalogue-is-not-a-built-in-questionnaire",
                questionnaire = questionnaire,
                known = known
            ),
        );
        return None;
    };
    let when = read_condition(d, condition)?;
    let problems = check_expression(&when, questions, label);
    let ok = problems.is_empty();
    d.problems.extend(problems);
    ok.then_some(())?;
    Some((questionnaire, when))
}

fn inventory_signal(d: &mut Decoder, node: &Node) -> Option<InventorySignal> {
    let f = d.fields(node, &["indicator", "is", "reason"])?;
    let i_node = d.required(&f, "indicator")?;
    let indicator = indicator(d, i_node);
    let is = d.required(&f, "is").and_then(|n| d.bool(n));
    let reason = d.required(&f, "reason").and_then(|n| d.text(n));
    Some(InventorySignal {
        indicator: indicator?,
        is: is?,
        reason: reason?,
    })
}

/// The name of an inventory indicator, checked against the known ones.
pub(crate) fn indicator(d: &mut Decoder, i_node: &Node) -> Option<String> {
    let indicator = d.string(i_node)?;
    if !INVENTORY_INDICATORS.contains(&indicator.as_str()) {
        let hint = crate::yaml::did_you_mean(&indicator, INVENTORY_INDICATORS.iter().copied());
        d.report(
            i_node.mark,
            "unknown-indicator",
            tr!(
                "catalogue-unknown-inventory-indicator",
                indicator = indicator,
                hint = hint
            ),
        );
        return None;
    }
    Some(indicator)
}
