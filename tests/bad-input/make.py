#!/usr/bin/env python3
"""Writes the bad-input corpus next to this script from valid examples.

    python3 tests/bad-input/make.py

Files are named EXPECT--CASE.EXT in one folder per reader. EXPECT is `ok`
(a harmless oddity the reader must accept), `bad` (it must refuse the file
cleanly) or `any` (either, as long as it does not crash). The test
tests/bad_input.rs runs each through its reader; it also makes the largest
cases (100 MB, a 20 MB line) itself instead of keeping them here.
"""
import os
import pathlib
import random
import shutil

here = pathlib.Path(__file__).resolve().parent
root = here.parent.parent
random.seed(2026)


def base(path):
    return (root / path).read_text(encoding="utf-8")


SURVEY = base("examples/pilot/innkommet/breidal/kartlegg-svar-9902-behov-2026-10-06.yaml")
INVENTORY = base("examples/pilot/innkommet/breidal/kartlegg-inventar-9902-36284737-2026-10-06.yaml")
QUESTIONNAIRE = base("questionnaires/hurtigsjekk.yaml")
CATALOGUE = base("questionnaires/tjenestekatalog.yaml")
KOMMUNER = base("examples/samarbeid.yaml")
WEIGHTS = base("config/vekter.yaml")
ANSWERS = "question_id,value,comment\ndrift,egen\nstyringssystem,3,vedtatt\nmfa_admin,ja\n"

LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9)
)


def common(text):
    """Cases every YAML reader meets."""
    half = text[: len(text) // 2]
    first_key = text.split("\n", 1)[0] if not text.startswith("#") else "format: x"
    return {
        "bad--empty.yaml": b"",
        "bad--whitespace.yaml": b"   \n\n  \n",
        "bad--truncated.yaml": half.encode(),
        "bad--binary.yaml": bytes(random.randrange(256) for _ in range(4096)) + b"\0",
        "bad--utf16.yaml": text.encode("utf-16"),
        "bad--latin1.yaml": ("# Kommune: Ås, Bø og Høyanger\n" + text).encode("latin-1", "replace"),
        "ok--bom.yaml": b"\xef\xbb\xbf" + text.encode(),
        "ok--crlf.yaml": text.replace("\n", "\r\n").encode(),
        "bad--deep-nesting.yaml": ("x: " + "[" * 5000 + "]" * 5000 + "\n" + text).encode(),
        "bad--billion-laughs.yaml": (LAUGHS + text).encode(),
        "bad--alias.yaml": ("anker: &a 1\n" + text + "igjen: *a\n").encode(),
        "bad--tag.yaml": ("ekstra: !!python/object:os.system ls\n" + text).encode(),
        "bad--duplicate-key.yaml": (text + first_key + "\n").encode(),
        "bad--not-a-map.yaml": b"- en\n- liste\n",
        "bad--scalar.yaml": b"bare tekst\n",
        "bad--tabs.yaml": text.replace("  ", "\t", 3).encode(),
        "bad--two-documents.yaml": (text + "---\n" + text).encode(),
        "bad--nul-byte.yaml": text.replace("\n", " \0\n", 1).encode(),
    }


def write(reader, cases):
    folder = here / reader
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, data in cases.items():
        (folder / name).write_bytes(data)


survey = common(SURVEY)
survey.update({
    "bad--future-format.yaml": SURVEY.replace("kartlegg-svar/1", "kartlegg-svar/99").encode(),
    "bad--wrong-hash.yaml": SURVEY.replace("sha256: \"", "sha256: \"00", 1).encode(),
    "bad--wrong-type.yaml": SURVEY.replace("answers:", "answers: 12\nxanswers:", 1).encode(),
    "bad--negative-seconds.yaml": SURVEY.replace("seconds: ", "seconds: -", 1).encode(),
    "bad--nan-seconds.yaml": SURVEY.replace("seconds: ", "seconds: .nan #", 1).encode(),
    "bad--huge-number.yaml": SURVEY.replace("seconds: ", "seconds: 1e999 #", 1).encode(),
    "any--path-in-id.yaml": SURVEY.replace('id: "9902"', 'id: "../../../etc/passwd"', 1).encode(),
    "bad--unknown-field.yaml": (SURVEY + "passord: hemmelig\n").encode(),
})
write("survey-result", survey)

inventory = common(INVENTORY)
inventory.update({
    "bad--future-format.yaml": INVENTORY.replace("kartlegg-inventar/1", "kartlegg-inventar/99").encode(),
    "bad--negative-cores.yaml": INVENTORY.replace("cpu_cores: ", "cpu_cores: -", 1).encode(),
    "bad--huge-memory.yaml": INVENTORY.replace("memory_bytes: ", "memory_bytes: 99999999999999999999999 #", 1).encode(),
    "bad--nan-seconds.yaml": INVENTORY.replace("seconds: ", "seconds: .nan #", 1).encode(),
    "bad--wrong-type.yaml": INVENTORY.replace("disks:", "disks: ja\nxdisks:", 1).encode(),
    "any--path-in-id.yaml": INVENTORY.replace('id: "9902"', 'id: "..\\\\..\\\\windows"', 1).encode(),
})
write("inventory-result", inventory)

questionnaire = common(QUESTIONNAIRE)
questionnaire.update({
    "bad--unknown-scale.yaml": QUESTIONNAIRE.replace("scale: modenhet", "scale: finnes_ikke", 1).encode(),
    "bad--show-if-syntax.yaml": QUESTIONNAIRE.replace("show_if: ", "show_if: ((( ", 1).encode(),
    "bad--duplicate-question.yaml": QUESTIONNAIRE.replace("id: mfa_admin", "id: drift", 1).encode(),
})
write("questionnaire", questionnaire)

catalogue = common(CATALOGUE)
catalogue.update({
    "bad--unknown-principle.yaml": CATALOGUE.replace('"2.', '"9.', 1).encode(),
})
write("catalogue", catalogue)

kommuner = common(KOMMUNER)
kommuner.update({
    "bad--members-not-list.yaml": KOMMUNER.replace("members: [", "members: x #[", 1).encode(),
    "bad--unknown-member.yaml": KOMMUNER.replace("Kinn", "Atlantis", 1).encode(),
})
write("kommuner", kommuner)

weights = common(WEIGHTS)
write("weights", weights)

answers = {
    "bad--empty-lines-only.csv": b"\n\n",
    "bad--binary.csv": bytes(random.randrange(256) for _ in range(2048)) + b"\0",
    "bad--utf16.csv": ANSWERS.encode("utf-16"),
    "ok--bom.csv": b"\xef\xbb\xbf" + ANSWERS.encode(),
    "ok--crlf.csv": ANSWERS.replace("\n", "\r\n").encode(),
    "ok--semicolon.csv": ANSWERS.replace(",", ";").encode(),
    # CSV readers take an unclosed quote at the end as closed.
    "any--unclosed-quote.csv": b'question_id,value\ndrift,"egen\n',
    "bad--too-many-columns.csv": b"drift,egen,kommentar,ekstra\n",
    "bad--unknown-question.csv": b"finnes_ikke,1\n",
    "bad--out-of-range.csv": b"styringssystem,7\n",
    "bad--formula.csv": b"styringssystem,=1+1\n",
    "bad--huge-number.csv": b"admin_kontoer," + b"9" * 400 + b"\n",
    "bad--nan.csv": b"admin_kontoer,NaN\n",
    "bad--negative-count.csv": b"admin_kontoer,-5\n",
    "bad--duplicate.csv": b"drift,egen\ndrift,samarbeid\n",
}
write("answers", answers)

age = {
    "bad--empty.yaml.age": b"",
    "bad--plain-text.yaml.age": SURVEY.encode(),
    "bad--header-only.yaml.age": b"age-encryption.org/v1\n",
    "bad--garbage.yaml.age": b"age-encryption.org/v1\n-> X25519 " + bytes(random.randrange(256) for _ in range(300)),
}
write("age", age)
