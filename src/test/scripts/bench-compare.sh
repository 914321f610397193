#!/usr/bin/env bash
# Compares two benchmark runs (results.tsv of mvn -Pbench verify) as ratios new/old per metric and size.
# Usage: src/test/scripts/bench-compare.sh OLD.tsv NEW.tsv
# "better" says whether the ratio is a gain: for art/s a ratio above 1 is better, for ms below 1.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 OLD.tsv NEW.tsv" >&2
  exit 2
fi
awk -F'\t' '
  FNR == 1 { file++ }
  /^#/ || NF < 4 { next }
  $1 == "metric" { for (i = 4; i <= NF; i++) size[file, i] = $i; cols[file] = NF; next }
  {
    for (i = 4; i <= NF; i++) {
      key = $1 SUBSEP size[file, i]
      if (file == 1) old[key] = $i; else now[key] = $i
    }
    if (file == 2 && !($1 in seen)) { seen[$1] = 1; order[++n] = $1; better[$1] = $3; unit[$1] = $2 }
    if (file == 2) for (i = 4; i <= NF; i++) if (!((size[2, i]) in sz)) { sz[size[2, i]] = 1; sizes[++m] = size[2, i] }
  }
  END {
    printf "%-46s %-10s", "metric (new/old)", "unit"
    for (j = 1; j <= m; j++) printf "%16s", sizes[j] " art."
    printf "\n"
    for (k = 1; k <= n; k++) {
      name = order[k]
      printf "%-46s %-10s", name, unit[name]
      for (j = 1; j <= m; j++) {
        key = name SUBSEP sizes[j]
        o = old[key]; v = now[key]
        if (o == "" || v == "" || o + 0 == 0) { printf "%16s", "-"; continue }
        r = v / o
        mark = ""
        if (better[name] == "higher") mark = (r > 1.05 ? " +" : (r < 0.95 ? " -" : "  "))
        else if (better[name] == "lower") mark = (r < 0.95 ? " +" : (r > 1.05 ? " -" : "  "))
        else mark = "  "
        printf "%16s", sprintf("%.2fx%s", r, mark)
      }
      printf "\n"
    }
    print "(+ better, - worse by more than 5 %)"
  }
' "$1" "$2"
