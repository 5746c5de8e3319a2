use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::*;
use crate::survey::result::{FORMAT, from_node};

/// What merge makes of a text: the YAML problem; or, for a result file,
/// the result (or its problems) and where each answer's value stands; or,
/// for any other document, where it starts and its `format:`.
type Outcome = Result<Read, Diagnostic>;

#[derive(Debug, PartialEq)]
enum Read {
    Survey(
        Box<Result<SurveyResult, Vec<Diagnostic>>>,
        BTreeMap<String, Mark>,
    ),
    Other(Mark, Option<Node>),
}

fn is_survey(root: &Node) -> bool {
    root.get("format").and_then(Node::as_scalar) == Some(FORMAT)
}

fn other(root: &Node) -> Read {
    Read::Other(root.mark, root.get("format").cloned())
}

/// The tree reader: the whole tree, then the result and marks from it.
fn by_tree(src: &str) -> Outcome {
    let root = crate::yaml::parse(src)?;
    if !is_survey(&root) {
        return Ok(other(&root));
    }
    Ok(Read::Survey(Box::new(from_node(&root)), tree_marks(&root)))
}

fn by_stream(src: &str) -> Outcome {
    let parsed = parse(src)?;
    if !is_survey(&parsed.root) {
        return Ok(other(&parsed.root));
    }
    let (result, marks) = parsed.into_result();
    Ok(Read::Survey(Box::new(result), marks))
}

/// Where each answer's value stands, read from the whole tree.
fn tree_marks(root: &Node) -> BTreeMap<String, Mark> {
    let Some(Value::Seq(answers)) = root.get("answers").map(|n| &n.value) else {
        return BTreeMap::new();
    };
    answers
        .iter()
        .filter_map(|a| {
            let id = a.get("id")?.as_scalar()?.to_string();
            Some((id, a.get("value").map_or(a.mark, |v| v.mark)))
        })
        .collect()
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
        {
            out.push(path);
        }
    }
}

fn assert_same(name: &str, src: &str) {
    assert_eq!(by_stream(src), by_tree(src), "{name}");
}

#[test]
fn every_file_of_the_corpus_and_examples_reads_as_the_tree_reader_reads_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["tests/bad-input", "tests/fixtures", "examples"] {
        files(&root.join(dir), &mut paths);
    }
    let (mut surveys, mut compared) = (0, 0);
    for path in &paths {
        // Texts that are not UTF-8 are refused before any parser sees them.
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        // As the file reader gives it: without a byte-order mark.
        let src = src.strip_prefix('\u{feff}').unwrap_or(&src);
        assert_same(&path.display().to_string(), src);
        compared += 1;
        surveys += usize::from(matches!(by_tree(src), Ok(Read::Survey(r, _)) if r.is_ok()));
    }
    assert!(compared > 100, "{compared} files");
    assert!(surveys > 20, "{surveys} results");
}

/// The example with `edit` applied.
fn edited(edit: impl Fn(&str) -> String) -> String {
    let example = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/pilot/innkommet/breidal/kartlegg-svar-9902-modenhet-2026-10-06.yaml");
    edit(&std::fs::read_to_string(example).expect("the example"))
}

#[test]
fn broken_and_unusual_answer_lists_read_as_the_tree_reader_reads_them() {
    let first = "    state: answered\n    value: 1\n";
    let deep = format!("{}1{}", "[".repeat(70), "]".repeat(70));
    let cases = [
        edited(|s| format!("{s}answers:\n  - id: \"x\"\n    state: skipped\n")),
        edited(|s| {
            format!(
                "{s}unanswered:\n  - id: \"x\"\n    comment: 3\n  - id: \"y\"\n    colour: red\n  - [1]\n"
            )
        }),
        edited(|s| s.split("answers:").next().unwrap_or_default().to_string() + "answers: ja\n"),
        edited(|s| s.split("answers:").next().unwrap_or_default().to_string() + "answers: ~\n"),
        edited(|s| s.split("answers:").next().unwrap_or_default().to_string() + "answers: []\n"),
        edited(|s| {
            s.split("answers:").next().unwrap_or_default().to_string()
                + "answers: [{id: a, state: answered, value: 1}, {id: b, state: bogus}, {value: {x: 1}}]\n"
        }),
        edited(|s| {
            s.split("answers:").next().unwrap_or_default().to_string()
                + "\"answers\":\n  - - 1\n  - id: \"a\"\n    state: answered\n    value: [\"x\", 2, [3]]\n"
        }),
        edited(|s| s.replacen(first, "    state: answered\n    colour: red\n", 1)),
        edited(|s| {
            s.replacen(
                first,
                "    state: maybe\n    value: .nan\n    seconds: -1\n",
                1,
            )
        }),
        edited(|s| {
            s.replacen(
                first,
                &format!("    state: answered\n    value: {deep}\n"),
                1,
            )
        }),
        edited(|s| {
            s.replacen(
                first,
                "    state: answered\n    value: &a 1\n    comment: *a\n",
                1,
            )
        }),
        edited(|s| s.replacen(first, "    state: answered\n    value: !!int 1\n", 1)),
        edited(|s| s.replacen("format: kartlegg-svar/1", "format: kartlegg-inventar/1", 1)),
        edited(|s| s.replacen("format: kartlegg-svar/1", "formt: kartlegg-svar/1", 1)),
        edited(|s| {
            s.replacen(
                "status: complete",
                "status: done\nrespondent:\n  answers:\n    - 1",
                1,
            )
        }),
        edited(|s| format!("{s}  - id: \"x\"\n    state: [\n")),
        edited(|s| format!("{s}---\nanswers: []\n")),
        "- answers: [1]\n".to_string(),
        "answers:\n  - id: a\n".to_string(),
        "# nothing\n".to_string(),
    ];
    for (n, src) in cases.iter().enumerate() {
        assert_same(&format!("case {n}"), src);
    }
}

mod written {
    use proptest::prelude::*;

    use super::*;
    use crate::questionnaire::answer::{AnswerValue, Response, State};

    fn value() -> impl Strategy<Value = Option<AnswerValue>> {
        prop_oneof![
            Just(None),
            (-1e6f64..1e6).prop_map(|n| Some(AnswerValue::Number(n))),
            any::<bool>().prop_map(|b| Some(AnswerValue::Bool(b))),
            ".{0,12}".prop_map(|t| Some(AnswerValue::Text(t))),
            prop::collection::vec("[a-z_ \"\\\\]{0,6}", 0..4)
                .prop_map(|c| Some(AnswerValue::Choices(c))),
        ]
    }

    fn answer() -> impl Strategy<Value = Answer> {
        let state = prop_oneof![
            Just(State::Answered),
            Just(State::Unknown),
            Just(State::NotApplicable),
            Just(State::Skipped),
        ];
        (
            "[a-z_]{1,8}",
            state,
            value(),
            proptest::option::of(".{0,16}"),
            any::<bool>(),
            0u32..5000,
        )
            .prop_map(|(id, state, value, comment, unclear, tenths)| Answer {
                id,
                response: Response { state, value },
                comment,
                evidence: None,
                unclear,
                seconds: f64::from(tenths) / 10.0,
            })
    }

    proptest! {
        /// Whatever survey writes, merge reads as the tree reader does,
        /// mismatched states and values included.
        #[test]
        fn written_results_read_as_the_tree_reader_reads_them(
            answers in prop::collection::vec(answer(), 0..12),
        ) {
            let mut r = crate::survey::result::from_str(&edited(|s| s.to_string()))
                .expect("the example reads");
            r.answers = answers;
            let src = r.to_yaml();
            prop_assert_eq!(by_stream(&src), by_tree(&src), "{}", src);
        }
    }
}
