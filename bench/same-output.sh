#!/usr/bin/env bash
# Checks that a change leaves extraction output byte-identical: `factx extract` JSON of this work
# tree against that of another commit (default: main), for every document of corpus/ and of
# ../shared/corpus-dev (when present), each undated and dated with the referenceDate its gold file
# records, and for the generated news text (factx-generate text, NEWS_MB megabytes, default 5),
# undated and dated. The commit is built from `git archive` in a cache folder, once per commit.
#   usage: bench/same-output.sh [REF]        exit code 0: identical, 1: a difference (diff shown)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-main}
work=${SAME_OUTPUT_DIR:-${TMPDIR:-/tmp}/factx-same-output}
mb=${NEWS_MB:-5}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
sha=$(git -C "$root" rev-parse "$ref^{commit}")
mkdir -p "$work"

# The inputs: corpus folders and the generated news text (this tree's generator; it is seeded).
dev=$root/../shared/corpus-dev
dirs=("$root/corpus")
[ -d "$dev" ] && dirs+=("$(cd "$dev" && pwd)")
news=$work/news-$mb.txt
if [ ! -f "$news" ]; then
  dotnet run -c Release --project "$root/bench/FactExtractor.Generate" -- text "$news.tmp" --size-mb "$mb" >/dev/null
  mv "$news.tmp" "$news"
fi

# extract CLI_DLL OUT: every input, undated and dated, one folder per input folder.
extract() {
  local dll=$1 out=$2 dir name
  rm -rf "$out"
  for dir in "${dirs[@]}"; do
    name=$(basename "$dir")
    dotnet "$dll" extract --out "$out/$name-undated" "$dir"/*.txt
    python3 - "$dir" > "$out/.groups" <<'PY'
import json, os, sys
d = sys.argv[1]
groups = {}
for n in sorted(os.listdir(d)):
    if n.endswith(".gold.json"):
        g = json.load(open(os.path.join(d, n), encoding="utf-8"))
        groups.setdefault(g.get("referenceDate") or "", []).append(os.path.join(d, g.get("document") or n[:-10] + ".txt"))
for date, files in sorted(groups.items()):
    print((date or "none") + "\t" + "\t".join(files))
PY
    while IFS=$'\t' read -r date files; do
      IFS=$'\t' read -r -a arr <<<"$files"
      if [ "$date" != none ]; then
        dotnet "$dll" extract --out "$out/$name-dated" --reference-date "$date" "${arr[@]}"
      else
        dotnet "$dll" extract --out "$out/$name-dated" "${arr[@]}"
      fi
    done < "$out/.groups"
    rm -f "$out/.groups"
  done
  dotnet "$dll" extract --out "$out/news-undated" "$news"
  dotnet "$dll" extract --out "$out/news-dated" --reference-date 2023-06-30 "$news"
}

# The reference: built and run once per commit and news size.
refdir=$work/ref-$sha
if [ ! -f "$refdir/.built" ]; then
  rm -rf "$refdir"
  mkdir -p "$refdir/src"
  git -C "$root" archive "$sha" | tar -x -C "$refdir/src"
  dotnet build "$refdir/src/src/FactExtractor.Cli" -c Release -v quiet >/dev/null
  touch "$refdir/.built"
fi
if [ ! -f "$refdir/out-$mb/.done" ]; then
  extract "$refdir/src/src/FactExtractor.Cli/bin/Release/net10.0/factx.dll" "$refdir/out-$mb"
  touch "$refdir/out-$mb/.done"
fi

dotnet build "$root/src/FactExtractor.Cli" -c Release -v quiet >/dev/null
extract "$root/src/FactExtractor.Cli/bin/Release/net10.0/factx.dll" "$work/out-tree"
touch "$work/out-tree/.done"

files=$(find "$work/out-tree" -name '*.json' | wc -l)
if diff -r -q "$refdir/out-$mb" "$work/out-tree" >/dev/null; then
  echo "same-output: $files JSON files identical to $ref ($sha)"
else
  diff -r "$refdir/out-$mb" "$work/out-tree" | head -n 40
  echo "same-output: DIFFERENT from $ref ($sha); outputs in $work/out-tree and $refdir/out-$mb"
  exit 1
fi
