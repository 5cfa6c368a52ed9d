#!/usr/bin/env bash
# Builds the SharpFuzz harness, instruments FactExtractor.dll and fuzzes it with AFL++ for N minutes
# (default 10), then prints afl-fuzz's numbers and replays every crash and hang. See README.md.
#   fuzz/run.sh [MINUTES] [OUT_DIR]      (OUT_DIR defaults to fuzz/findings; resumed if it exists)
set -euo pipefail
cd "$(dirname "$0")"
minutes=${1:-10}
out=${2:-findings}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || { echo "fuzz: sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

# 1. Publish, then instrument the library under test (only it: jieba, System.* and the harness stay as they are).
rm -rf bin
dotnet publish FactExtractor.Fuzz/FactExtractor.Fuzz.csproj -c Release -o bin --nologo -v quiet
sharpfuzz bin/FactExtractor.dll

# 2. Fuzz. The harness is not a native binary, so AFL cannot check it for instrumentation;
#    the fork server is SharpFuzz's, in the .NET process.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
input=seeds
if [[ -d "$out/default/queue" ]]; then input=-; fi   # resume
afl-fuzz -i "$input" -o "$out" -x factx.dict -t 10000 -m none -V $((minutes * 60)) -- dotnet bin/FactExtractor.Fuzz.dll || true

# 3. Report, and replay what it found outside the fuzzer (a crash prints its exception).
stats="$out/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|bitmap_cvg|edges_found|total_edges|saved_crashes|saved_hangs|stability) ' "$stats"
shopt -s nullglob
found=("$out"/default/crashes/id:* "$out"/default/hangs/id:*)
if (( ${#found[@]} > 0 )); then
    dotnet bin/FactExtractor.Fuzz.dll --replay "${found[@]}" || true
    exit 1
fi
echo "fuzz: no crash and no hang"
