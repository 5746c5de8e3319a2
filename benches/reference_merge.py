#!/usr/bin/env python3
"""A straightforward Python merge, the baseline for benches/merge.sh: reads the
same result files with PyYAML's C loader and writes svar.csv, inventar.csv and
programvare.csv with pandas, the way a script written for the job would.

    python3 benches/reference_merge.py INPUT_DIR OUTPUT_DIR
"""
import os
import sys

import pandas as pd
import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:
    sys.exit("PyYAML was built without its C loader; the comparison would be unfair")


def main():
    src, out = sys.argv[1], sys.argv[2]
    answers, hosts, software = [], [], {}
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml", ".json")):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                doc = yaml.load(f, Loader=Loader)
            if not isinstance(doc, dict):
                continue
            if doc.get("format") == "kartlegg-svar/1":
                m = doc["municipality"]
                for a in doc.get("answers") or []:
                    answers.append((m["id"], m["name"], doc["questionnaire"]["id"], a["id"], a.get("value"), a["state"], a.get("comment"), a.get("seconds")))
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


if __name__ == "__main__":
    main()
