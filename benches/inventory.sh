#!/usr/bin/env bash
# Times `kartlegg inventory` with and without the software list, and its peak
# memory, against `dpkg-query -W` (the system's own package listing) measured
# in the same run, and prints the figures and ratios.
#
#   bash benches/inventory.sh            # needs hyperfine (apt-get install hyperfine)
#
# Targets: full inventory under 2 s, without software under 0.3 s, peak RSS
# under 60 MB, on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/kartlegg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"

command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine"; exit 1; }
baseline="dpkg-query -W"
command -v dpkg-query >/dev/null || baseline="uname -a"

hyperfine -N --warmup 3 --runs 20 --export-json "$work/times.json" \
  "$baseline" \
  "$bin -q inventory -k 4626 --force -o $work/full.yaml" \
  "$bin -q inventory -k 4626 --force --no-software -o $work/nosw.yaml" >/dev/null

rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
full_rss=$(rss "$bin" -q inventory -k 4626 --force -o "$work/full.yaml")
nosw_rss=$(rss "$bin" -q inventory -k 4626 --force --no-software -o "$work/nosw.yaml")

python3 - "$work/times.json" "$full_rss" "$nosw_rss" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
base, full, nosw = (r["mean"] for r in runs)
print(f"baseline ({runs[0]['command']}): {base*1000:.1f} ms")
print(f"inventory, full:        {full*1000:.1f} ms  ({full/base:.1f}× baseline)  peak RSS {int(sys.argv[2])/1024:.1f} MB  target < 2000 ms, < 60 MB")
print(f"inventory, no software: {nosw*1000:.1f} ms  ({nosw/base:.1f}× baseline)  peak RSS {int(sys.argv[3])/1024:.1f} MB  target < 300 ms")
PY
