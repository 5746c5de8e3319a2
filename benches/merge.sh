#!/usr/bin/env bash
# Times `kartlegg merge` on synthetic result files against the Python
# reference (benches/reference_merge.py) in the same run, at one size and at
# twice that size, and prints times, peak memory and ratios.
#
#   bash benches/merge.sh [SURVEYS INVENTORIES]    # default 500 5000 (the target size)
#
# Targets: 500 surveys + 5,000 inventories (800 packages each) in under 10 s
# on 2 cores, peak RSS under 400 MB, 2x the files in at most 2.2x the time,
# and at least 20x faster than the reference.
set -euo pipefail
cd "$(dirname "$0")/.."
surveys=${1:-500}
inventories=${2:-5000}
python3 -c 'import yaml, pandas' 2>/dev/null || pip install --quiet pyyaml pandas
cargo build --release --locked --quiet
bin=$PWD/target/release/kartlegg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 benches/generate.py "$work/one" "$surveys" "$inventories"
python3 benches/generate.py "$work/two" $((surveys * 2)) $((inventories * 2))
echo "files: $(ls "$work/one" | wc -l) and $(ls "$work/two" | wc -l), $(du -sh "$work/one" | cut -f1) and $(du -sh "$work/two" | cut -f1)"

measure() { # label, command...: prints seconds and peak RSS in MB
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
  read -r secs kb < "$work/time"
  printf '%s %s %s\n' "$label" "$secs" "$((kb / 1024))"
}

{
  measure kartlegg-one "$bin" -q merge "$work/one" -o "$work/out-one" --force
  measure kartlegg-two "$bin" -q merge "$work/two" -o "$work/out-two" --force
  measure python-one python3 benches/reference_merge.py "$work/one" "$work/py-one"
} > "$work/results"

python3 - "$work/results" <<'PY'
import sys
r = {l.split()[0]: (float(l.split()[1]), int(l.split()[2])) for l in open(sys.argv[1])}
one, two, py = r["kartlegg-one"], r["kartlegg-two"], r["python-one"]
print(f"kartlegg merge:        {one[0]:6.2f} s, peak {one[1]} MB   (target < 10 s, < 400 MB at 500 + 5000 files)")
print(f"kartlegg merge, 2x:    {two[0]:6.2f} s, peak {two[1]} MB   ({two[0] / one[0]:.2f}x the time; target <= 2.2x)")
print(f"Python reference:      {py[0]:6.2f} s, peak {py[1]} MB   (kartlegg is {py[0] / one[0]:.1f}x faster; target >= 20x)")
PY
