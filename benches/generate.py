#!/usr/bin/env python3
"""Writes realistic synthetic kartlegg result files for the merge benchmark.

    python3 benches/generate.py DIR SURVEYS INVENTORIES [PACKAGES]
        [--seed N] [--first-survey N] [--first-inventory N]

SURVEYS survey files (modenhet, it-struktur and behov in turn) spread over the
43 Vestland municipalities, and INVENTORIES inventory files with about
PACKAGES installed packages each (default 800), in the exact layout kartlegg
writes. Deterministic: the same arguments give the same files. Another
--seed rewrites the same files with other values; --first-survey and
--first-inventory number the files from there, so that files numbered past
an existing set are new respondents and machines (benches/merge.sh uses
both for the re-merge).

Every answer is one its questionnaire allows (read from questionnaires/*.yaml
with PyYAML): levels of the question's scale, known options, an exclusive
option only alone, numbers within `min`/`max` (whole where `integer`), at
most `pick` options ranked, dates as YYYY-MM-DD (or "never" where
`allow_never`), "Vet ikke" only where `allow_unknown`. So merge's notes
about refused values stay out of the benchmark, as they are rare in real
files. `show_if` is not followed: every question is answered, which kartlegg
accepts and leaves out of the scores where the question is hidden.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KOMMUNER = [4601, 4602] + list(range(4611, 4652))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def questionnaire_facts(binary):
    """(id, version, sha256, [question]) of the built-ins, each question a
    dict as the questionnaire's YAML has it, with `levels` set to the levels
    of its scale."""
    out = subprocess.run([binary, "--lang", "en", "questionnaire", "list", "-v"], capture_output=True, text=True, check=True).stdout
    hashes = {m[0]: (m[1], m[2]) for m in re.findall(r"^(\S+) (\S+) sha256:([0-9a-f]{64})$", out, re.M)}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    facts = []
    for qid in ("modenhet", "it-struktur", "behov"):
        with open(os.path.join(ROOT, "questionnaires", f"{qid}.yaml"), encoding="utf-8") as f:
            doc = yaml.load(f, Loader=loader)
        scales = {s["id"]: [level["level"] for level in s["levels"]] for s in doc.get("scales") or []}
        questions = []
        for section in doc["sections"]:
            for question in section["questions"]:
                question = dict(question, levels=scales.get(question.get("scale"), []))
                questions.append(question)
        facts.append((qid, hashes[qid][0], hashes[qid][1], questions))
    return facts


def value(rng, question):
    """An answer the question allows: a level of its scale, an option, an
    exclusive option only alone, a number within its bounds (whole when it
    must be), a ranking of at most `pick` options, a date as YYYY-MM-DD."""
    kind = question["type"]
    options = question.get("options") or []
    if kind == "scale":
        return str(rng.choice(question["levels"]))
    if kind == "single":
        return q(rng.choice(options)["id"])
    if kind == "multi":
        chosen = rng.sample(options, rng.randint(1, len(options)))
        exclusive = [o for o in chosen if o.get("exclusive")]
        if exclusive:
            chosen = exclusive[:1] if len(chosen) == 1 or rng.random() < 0.2 else [o for o in chosen if not o.get("exclusive")]
        return "[" + ", ".join(q(o["id"]) for o in chosen) + "]"
    if kind == "rank":
        pick = question.get("pick") or len(options)
        return "[" + ", ".join(q(o["id"]) for o in rng.sample(options, rng.randint(1, pick))) + "]"
    if kind == "yesno":
        return rng.choice(["true", "false"])
    if kind == "number":
        low = int(question.get("min", 0))
        high = int(min(question.get("max", 500), low + 500))
        n = rng.randint(low, high)
        if not question.get("integer") and n < high and rng.random() < 0.3:
            return str(n + 0.5)
        return str(n)
    if kind == "date":
        if question.get("allow_never") and rng.random() < 0.1:
            return q("never")
        return q(f"2025-{rng.randint(1, 12):02d}-15")
    return q(rng.choice(["Ingen merknader.", "Se egen rapport.", "Leverandøren drifter dette.", "=1+1 skulle ikke bli en formel"]))


def survey(rng, kommune, facts):
    qid, version, sha, questions = facts
    lines = [
        "format: kartlegg-svar/1",
        'tool: "kartlegg 0.1.0"',
        f"questionnaire:\n  id: {q(qid)}\n  version: {q(version)}\n  sha256: {q(sha)}",
        f'municipality:\n  id: "{kommune}"\n  name: "Kommune {kommune}"',
        'respondent:\n  role: "IT-leder"',
        'started: "2026-11-01T08:00:00Z"',
        'finished: "2026-11-01T09:00:00Z"',
        "status: complete",
        "answers:",
    ]
    for question in questions:
        lines.append(f"  - id: {q(question['id'])}")
        if question.get("allow_unknown") and rng.random() < 0.1:
            lines.append("    state: unknown")
        else:
            lines.append("    state: answered")
            lines.append(f"    value: {value(rng, question)}")
        if rng.random() < 0.05:
            lines.append(f"    comment: {q('Usikker på hva som menes her.')}")
        lines.append(f"    seconds: {rng.randint(5, 120)}")
    return "\n".join(lines) + "\n"


PACKAGE_NAMES = [f"pakke-{i:04d}" for i in range(3000)]


def inventory(rng, kommune, n, packages):
    lines = [
        '# kartlegg: inventar / inventory.',
        'collected: "2026-11-02T10:00:00Z"',
        "disks:",
        '  - encrypted: false\n    file_system: "ext4"\n    free_bytes: 81712922624\n    mount: "/"\n    removable: false\n    size_bytes: 270553174016',
        'format: "kartlegg-inventar/1"',
        "host:",
        '  boot_time: "2026-11-01T07:20:34Z"\n  cpu_cores: 4\n  cpu_model: "Intel(R) Xeon(R) Processor"',
        f'  id: "sha256:{n:064x}"',
        "  memory_bytes: 17179869184",
        '  os:\n    architecture: "x86_64"\n    end_of_support: "2028-06-30"\n    family: "linux"\n    kernel: "6.1.0-28-amd64"\n    name: "Debian GNU/Linux"\n    version: "12"',
        '  uptime_seconds: 3388\n  virtualisation: "kvm"',
        f'municipality:\n  id: "{kommune}"\n  name: "Kommune {kommune}"',
        "network:\n  interfaces: 2\n  interfaces_up: 2\n  listening:",
        '    - local_only: false\n      port: 22\n      program: "sshd"\n      protocol: "tcp"',
        'privacy: "standard"',
        "seconds: 0.35",
        "security:",
    ]
    for name in ["antivirus_present", "automatic_updates", "backup_agent_present", "disk_encrypted", "edr_present", "firewall_active", "os_supported", "remote_desktop_exposed", "ssh_password_login", "time_synchronised"]:
        lines.append(f"  {name}:\n    evidence: \"test\"\n    value: {rng.choice(['true', 'false', q('unknown')])}")
    lines.append("software:")
    for name in rng.sample(PACKAGE_NAMES, packages):
        lines.append(f'  - name: "{name}"\n    source: "dpkg"\n    version: "1.{rng.randint(0, 3)}.0"')
    lines.append('tool: "kartlegg 0.1.0"')
    lines.append("unreadable: []")
    return "\n".join(lines) + "\n"


def arguments():
    parser = argparse.ArgumentParser(description="Writes synthetic kartlegg result files for the merge benchmark.")
    parser.add_argument("dir")
    parser.add_argument("surveys", type=int)
    parser.add_argument("inventories", type=int)
    parser.add_argument("packages", type=int, nargs="?", default=800)
    parser.add_argument("--seed", type=int, default=42, help="another seed gives other values in the same files (default 42)")
    parser.add_argument("--first-survey", type=int, default=0, help="number of the first survey file (later ones are new respondents)")
    parser.add_argument("--first-inventory", type=int, default=0, help="number of the first inventory file (later ones are new machines)")
    return parser.parse_args()


def main():
    args = arguments()
    binary = os.environ.get("KARTLEGG", os.path.join(ROOT, "target", "release", "kartlegg"))
    facts = questionnaire_facts(binary)
    rng = random.Random(args.seed)
    os.makedirs(args.dir, exist_ok=True)
    for i in range(args.first_survey, args.first_survey + args.surveys):
        kommune = KOMMUNER[i % len(KOMMUNER)]
        which = facts[(i // len(KOMMUNER)) % len(facts)]
        # More surveys than municipalities × questionnaires: later ones get a
        # cooperation-like id so that they are not duplicates.
        tag = i // (len(KOMMUNER) * len(facts))
        subject = kommune if tag == 0 else f"{kommune}-{tag}"
        with open(os.path.join(args.dir, f"svar-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(survey(rng, subject, which))
    for i in range(args.first_inventory, args.first_inventory + args.inventories):
        with open(os.path.join(args.dir, f"inventar-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(inventory(rng, KOMMUNER[i % len(KOMMUNER)], i, min(args.packages, len(PACKAGE_NAMES))))


if __name__ == "__main__":
    main()
