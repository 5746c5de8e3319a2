#!/usr/bin/env python3
"""A straightforward Python merge, the baseline for benches/merge.sh: reads the
same result files with PyYAML's C loader and writes, with pandas, the way a
script written for the job would:

- svar.csv: one row per answer;
- inventar.csv: one row per machine;
- programvare.csv: software × version × source × municipality, with the
  number of machines;
- modenhet.csv: the maturity scores of each survey, as kartlegg makes them
  (src/questionnaire/scoring.rs, docs/metodikk.md): a question tied to an NSM
  principle scores its level (`scale`), its option's `score` (`single`) or
  its `scores` (`yesno`); the score of a principle, a category and the whole
  is the weighted mean over answered questions, "Vet ikke", "Ikke relevant"
  and skipped left out; coverage is answered ÷ applicable; questions hidden
  by `show_if` do not count (the simple comparisons `ID OP VALUE` the
  questionnaires use for scored questions are evaluated; anything else
  counts as shown). Scores to two decimals, coverage to three.

What it does not do, which kartlegg does: check files against the
questionnaires (hash, version, values allowed), migrate old versions, drop
duplicates (the newest answer wins), combine several respondents of one
municipality (median per question; the benchmark has one per municipality
and questionnaire), keep a cooperation's members, and write the analysis
tables (dekning, tjenestekatalog, behovspoeng, stabilitet, metode,
tidsbruk, flate, avvik) and the XLSX workbook. The comparison flatters it.

    python3 benches/reference_merge.py INPUT_DIR OUTPUT_DIR
"""
import math
import operator
import os
import re
import sys

import pandas as pd
import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:
    sys.exit("PyYAML was built without its C loader; the comparison would be unfair")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPARE = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt, "==": operator.eq, "!=": operator.ne}


def scoring_rule(question):
    """The score of an answer's value, or None when the question is not scored."""
    if not question.get("principle"):
        return None
    kind = question["type"]
    if kind == "scale":
        return lambda v: min(max(float(v), 0.0), 5.0) if isinstance(v, (int, float)) else None
    if kind == "single":
        scores = {o["id"]: o["score"] for o in question.get("options") or [] if "score" in o}
        return (lambda v: scores.get(v)) if scores else None
    if kind == "yesno" and question.get("scores"):
        s = question["scores"]
        return lambda v: s["yes"] if v is True else s["no"] if v is False else None
    return None


def condition(text):
    """show_if as (question id, compare, value), or None: always shown."""
    m = re.fullmatch(r"\s*(\w+)\s*(>=|<=|==|!=|>|<)\s*(.+?)\s*", str(text or ""))
    if not m:
        return None
    raw = m[3].strip("'\"")
    try:
        value = float(raw)
    except ValueError:
        value = raw
    return m[1], COMPARE[m[2]], value


def questionnaires():
    """Per questionnaire id: its scored questions (id, principle, weight, rule, show_if)."""
    scored = {}
    folder = os.path.join(ROOT, "questionnaires")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = yaml.load(f, Loader=Loader)
        questions = []
        for section in doc.get("sections") or []:
            for question in section.get("questions") or []:
                rule = scoring_rule(question)
                if rule:
                    questions.append((question["id"], str(question["principle"]), float(question.get("weight", 1.0)), rule, condition(question.get("show_if"))))
        if questions:
            scored[doc["id"]] = questions
    return scored


def shown(cond, answers):
    if cond is None:
        return True
    qid, compare, value = cond
    a = answers.get(qid)
    if not a or a.get("state") != "answered" or a.get("value") is None:
        return True
    try:
        return bool(compare(a["value"], value))
    except TypeError:
        return True


def tally(tallies, key, weight, score, state):
    t = tallies.setdefault(key, [0.0, 0.0, 0, 0])  # weighted sum, weight, answered, applicable
    if state == "not_applicable":
        return
    t[3] += 1
    if state == "answered" and score is not None:
        t[0] += weight * score
        t[1] += weight
        t[2] += 1


def rounded(x, places):
    return math.floor(x * 10**places + 0.5) / 10**places


def scores(doc, questions):
    """{key: (score, coverage)} for "samlet", "k1"…, "P1.1"… of one survey."""
    answers = {a["id"]: a for a in doc.get("answers") or []}
    tallies = {}
    for qid, principle, weight, rule, cond in questions:
        if not shown(cond, answers):
            continue
        a = answers.get(qid)
        state = a.get("state") if a else None
        score = rule(a.get("value")) if a and a.get("value") is not None else None
        for key in ("samlet", "k" + principle.split(".")[0], "P" + principle):
            tally(tallies, key, weight, score, state)
    return {k: (rounded(s / w, 2) if w else None, rounded(n / applicable, 3) if applicable else None) for k, (s, w, n, applicable) in tallies.items()}


def maturity_columns(scored):
    principles = sorted({p for qs in scored.values() for _, p, *_ in qs}, key=lambda p: tuple(int(x) for x in p.split(".")))
    categories = sorted({p.split(".")[0] for p in principles}, key=int)
    keys = ["samlet"] + ["k" + c for c in categories] + ["P" + p for p in principles]
    return keys, [c for k in keys for c in (k, k + "_dekning")]


def main():
    src, out = sys.argv[1], sys.argv[2]
    scored = questionnaires()
    answers, hosts, software, maturity = [], [], {}, []
    newest = ""
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml", ".json")):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                doc = yaml.load(f, Loader=Loader)
            if not isinstance(doc, dict):
                continue
            if doc.get("format") == "kartlegg-svar/1":
                m, q = doc["municipality"], doc["questionnaire"]
                for a in doc.get("answers") or []:
                    answers.append((m["id"], m["name"], q["id"], a["id"], a.get("value"), a["state"], a.get("comment"), a.get("seconds")))
                newest = max(newest, str(doc.get("finished") or ""))
                if q["id"] in scored:
                    maturity.append(((m["id"], m["name"], q["id"], q["version"]), scores(doc, scored[q["id"]])))
            elif doc.get("format") == "kartlegg-inventar/1":
                m, h = doc["municipality"], doc["host"]
                hosts.append((m["id"], m["name"], h["id"], h["os"]["name"], h["os"].get("version"), len(doc.get("software") or [])))
                for p in doc.get("software") or []:
                    key = (p["name"], p.get("version"), p["source"], m["id"], m["name"])
                    software[key] = software.get(key, 0) + 1
    os.makedirs(out, exist_ok=True)
    pd.DataFrame(answers, columns=["kommunenr", "kommune", "skjema", "sporsmal_id", "verdi", "status", "kommentar", "sekunder"]).to_csv(os.path.join(out, "svar.csv"), index=False)
    pd.DataFrame(hosts, columns=["kommunenr", "kommune", "vert_id", "os", "os_versjon", "programvare"]).to_csv(os.path.join(out, "inventar.csv"), index=False)
    rows = [k + (n,) for k, n in sorted(software.items(), key=lambda kv: tuple(str(x) for x in kv[0]))]
    pd.DataFrame(rows, columns=["programvare", "versjon", "kilde", "kommunenr", "kommune", "maskiner"]).to_csv(os.path.join(out, "programvare.csv"), index=False)
    keys, columns = maturity_columns(scored)
    rows = [who + (1, "single") + tuple(x for k in keys for x in s.get(k, (None, None))) + (newest[:4],) for who, s in sorted(maturity)]
    pd.DataFrame(rows, columns=["kommunenr", "kommune", "skjema", "versjon", "respondenter", "grunnlag"] + columns + ["runde"]).to_csv(os.path.join(out, "modenhet.csv"), index=False)


if __name__ == "__main__":
    main()
