#!/usr/bin/env bash
# Times `kartlegg merge` on synthetic result files (benches/generate.py) at
# 1x, 2x and 5x a base size, and prints, side by side: wall time and peak
# memory, the ratio of each time to 1x, the measured limit (reading the input
# plus writing the output's bytes) and kartlegg's ratio to it; the Python
# reference (benches/reference_merge.py) at 1x and kartlegg's ratio to it;
# and the time of a re-merge after 10 files changed or arrived.
#
#   bash benches/merge.sh [SURVEYS INVENTORIES]   # 1x; default 500 5000 (800 packages each)
#
#   NO_PYTHON=1     leave out the Python reference (it takes minutes)
#   SCALES="1 2"    the multiples of the base size to run (default "1 2 5";
#                   5x is 2,500 + 25,000 files, about 1.3 GB: it needs that
#                   much free room under TMPDIR)
#   RUNS=3          runs of each kartlegg measurement; the median time counts
#
# Targets (issue: merge at national scale): at most 3 s at 1x, peak RSS at
# most 400 MB at every size, time about linear in the input (2x and 5x the
# time at 2x and 5x the files), a re-merge of 10 new or changed files at 1x
# in at most 1 s.
#
# How it measures, on a machine others may be using (the load average at the
# start is printed):
# - Every run reads a warm page cache (the input is read once before it), as
#   a team merging again and again does. Full merges write to a new output
#   folder each time; the re-merge writes to the folder of a full merge.
# - Time and peak RSS from /usr/bin/time; kartlegg runs RUNS times, the
#   median time and the highest peak count.
# - The limit is the time to read every input file (`cat` to /dev/null) plus
#   the time to write the output's bytes as merge does: a copy of the folder
#   merge made, each file flushed to disk (fsync) and the folder too.
# - The re-merge: 5 files rewritten with other values and 5 new ones, then
#   `merge INPUT -o SAME --force` again; whatever merge keeps in its output
#   folder between runs is used as merge uses it.
set -euo pipefail
cd "$(dirname "$0")/.."
surveys=${1:-500}
inventories=${2:-5000}
scales=${SCALES:-1 2 5}
runs=${RUNS:-3}
python3 -c 'import yaml, pandas' 2>/dev/null || pip install --quiet pyyaml pandas
cargo build --release --locked --quiet
bin=$PWD/target/release/kartlegg
work=$(mktemp -d "${TMPDIR:-/tmp}/kartlegg-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
results=$work/results
echo "load $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores at the start" > "$results"

warm() { # reads every file of a folder once, into the page cache
  find "$1" -type f -exec cat {} + > /dev/null
}

timed() { # label, command...: appends "label seconds peak-kB exit-code"
  local label=$1; shift
  /usr/bin/time -f "%e %M %x" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || true
  echo "$label $(tail -n 1 "$work/time")" >> "$results"
}

write_copy() { # from, to: copies a folder and flushes every file and the folder
  cp -r "$1" "$2"
  find "$2" -type f -exec sync {} +
  sync "$2"
}

measure_size() { # scale
  local scale=$1 input=$work/in-$1 out=$work/out-$1
  python3 benches/generate.py "$input" $((surveys * scale)) $((inventories * scale))
  echo "size $scale $(find "$input" -type f | wc -l) $(du -sm "$input" | cut -f1)" >> "$results"
  for _ in $(seq "$runs"); do
    rm -rf "$out"
    warm "$input"
    timed "kartlegg $scale" "$bin" -q merge "$input" -o "$out"
  done
  echo "output $scale $(du -sm "$out" | cut -f1)" >> "$results"
  for _ in $(seq "$runs"); do
    timed "read $scale" bash -c "find '$input' -type f -exec cat {} + > /dev/null"
    rm -rf "$work/copy"
    timed "write $scale" bash -c "$(declare -f write_copy); write_copy '$out' '$work/copy'"
  done
  rm -rf "$work/copy"
  if [ "$scale" = 1 ]; then
    if [ -z "${NO_PYTHON:-}" ]; then
      warm "$input"
      timed "python 1" python3 benches/reference_merge.py "$input" "$work/python"
      rm -rf "$work/python"
    fi
    remerge "$input" "$out"
  fi
  rm -rf "$input" "$out"
}

remerge() { # input, output of a full merge: 5 files rewritten, 5 new, merged again
  local input=$1 out=$2 changes=$work/changes
  # The same files as the first 2 surveys and 3 inventories, other values.
  python3 benches/generate.py "$changes/changed" 2 3 --seed 7
  # New respondents and machines, numbered past the existing ones.
  python3 benches/generate.py "$changes/new" 2 3 --seed 8 \
    --first-survey "$surveys" --first-inventory "$inventories"
  mkdir -p "$changes/original"
  for f in "$changes/changed"/*; do cp "$input/$(basename "$f")" "$changes/original/"; done
  for _ in $(seq "$runs"); do
    cp "$changes/original"/* "$input/"
    for f in "$changes/new"/*; do rm -f "$input/$(basename "$f")"; done
    rm -rf "$out"
    "$bin" -q merge "$input" -o "$out" > /dev/null 2>&1 || true
    cp "$changes/changed"/* "$changes/new"/* "$input/"
    warm "$input"
    timed "remerge 1" "$bin" -q merge "$input" -o "$out" --force
  done
  rm -rf "$changes"
}

for scale in $scales; do
  measure_size "$scale"
done

python3 - "$results" "$surveys" "$inventories" <<'PY'
import statistics
import sys

lines = open(sys.argv[1]).read().splitlines()
base = f"{int(sys.argv[2]):,} surveys + {int(sys.argv[3]):,} inventories"
runs, sizes, outputs, failed = {}, {}, {}, []
for line in lines[1:]:
    kind, scale, *rest = line.split()
    if kind == "size":
        sizes[scale] = (int(rest[0]), int(rest[1]))
    elif kind == "output":
        outputs[scale] = int(rest[0])
    elif rest[2] in ("0", "3"):  # 3: merge rejected some input, and wrote the rest
        runs.setdefault((kind, scale), []).append((float(rest[0]), int(rest[1]) / 1024))
    else:
        failed.append(f"{kind} {scale}x exited with {rest[2]}; left out")


def median(kind, scale):
    got = runs.get((kind, scale))
    return statistics.median(t for t, _ in got) if got else float("nan")


def peak(kind, scale):
    return max((m for _, m in runs.get((kind, scale), [])), default=float("nan"))


print(f"kartlegg merge, 1x = {base}; {lines[0]}")
print("kartlegg: median time of the runs, highest peak RSS\n")
head = ("size", "files", "input", "output", "kartlegg", "peak RSS", "time/1x", "read", "write", "limit", "/limit")
print("{:<5} {:>6} {:>8} {:>7} {:>9} {:>9} {:>8} {:>7} {:>7} {:>7} {:>7}".format(*head))
one = median("kartlegg", "1")
for scale, (files, mb) in sizes.items():
    t, r, w = median("kartlegg", scale), median("read", scale), median("write", scale)
    print(f"{scale + 'x':<5} {files:>6} {mb:>5} MB {outputs.get(scale, 0):>4} MB {t:>7.2f} s {peak('kartlegg', scale):>6.0f} MB {t / one:>8.2f} {r:>5.2f} s {w:>5.2f} s {r + w:>5.2f} s {t / (r + w):>6.1f}x")
print("\ntargets: <= 3 s at 1x; <= 400 MB peak at every size; time/1x about 2 at 2x and 5 at 5x")
print("limit: cat of every input file to /dev/null (warm cache) + a copy of the output folder, every file fsynced")
if ("remerge", "1") in runs:
    print(f"re-merge at 1x after 5 changed + 5 new files: {median('remerge', '1'):.2f} s, peak {peak('remerge', '1'):.0f} MB (target <= 1 s)")
if ("python", "1") in runs:
    t, m = runs[("python", "1")][0]
    print(f"Python reference at 1x (one run): {t:.2f} s, peak {m:.0f} MB; kartlegg is {t / one:.1f}x faster")
for f in failed:
    print(f"warning: {f}")
PY
