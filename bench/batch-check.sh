#!/usr/bin/env bash
# Measures factx batch as issue #6 asks, on generated inputs (bench/README.md):
#   1. 10,000 documents, 1% corrupt: exactly 10,000 records, 100 of them error records, exit 1
#   2. the JSON Lines output is byte-identical with --jobs 1 and --jobs 2
#   3. --jobs 2 against --jobs 1: wall time, 3 rounds interleaved, medians and their ratio, beside
#      three controls in the same rounds: what two cores give a pure-CPU job (sha256sum) on this
#      machine, what two independent --jobs 1 processes on half the documents each give, and
#      what two whole --jobs 1 runs at once give (twice the work: this work's ceiling on two cores)
#   4. SIGKILL halfway, then --resume: identical to the uninterrupted output (JSON Lines and CSV)
#   5. Parquet: read by DuckDB (npm @duckdb/node-api), row counts and column types
#   6. a 1 GB JSON Lines input: peak RSS (/usr/bin/time -v) and throughput
# in the order 1, 4, 5, 6, 2-3: the timed runs come last, as each waits for an idle machine.
# Usage: bench/batch-check.sh [WORKDIR]   (default /tmp/factx-bench; inputs are kept and reused)
# Environment: BIG_MB (size of the JSON Lines input, default 1024), BIG_MINUTES (stop the big run
# after this many minutes and report the peak so far; default 0 = run it to the end),
# SKIP_BIG=1 to leave out step 6, FACTX=PATH to measure that factx executable instead of the build.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/factx-bench}
big_mb=${BIG_MB:-1024}
big_minutes=${BIG_MINUTES:-0}
mkdir -p "$work"
work=$(cd "$work" && pwd)
cd "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '%s\n' "$*" | tee -a "$work/report.txt"; }
: > "$work/report.txt"
say "batch-check: $(date -u +%FT%TZ) on $(nproc) cores, $(git -C "$repo" rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build "$repo/src/FactExtractor.Cli" -c Release -nologo -v quiet >/dev/null
dotnet build "$repo/bench/FactExtractor.Generate" -c Release -nologo -v quiet >/dev/null
factx=(dotnet "$repo/src/FactExtractor.Cli/bin/Release/net10.0/factx.dll")
# FACTX=/path/to/factx measures another build of the same source (a published or installed one).
[[ -n ${FACTX:-} ]] && factx=("$FACTX")
generate=(dotnet "$repo/bench/FactExtractor.Generate/bin/Release/net10.0/factx-generate.dll")
docs=$work/docs
[[ -d $docs ]] || "${generate[@]}" docs "$docs"

# ---- 1: records and exit code (the reference output for the checks below) ----
set +e
"${factx[@]}" batch "$docs" --out "$work/reference.jsonl" 2>"$work/reference.err"
code=$?
set -e
records=$(wc -l < "$work/reference.jsonl")
errors=$(grep -c '^{"document"' "$work/reference.jsonl" || true)
say "records: $records ($errors error records: $(grep -o '"code":"[a-zA-Z0-9]*"' "$work/reference.jsonl" | sort | uniq -c | awk '{printf "%s %s ", $1, $2}')), exit code $code"
say "summary: $(cat "$work/reference.err")"

# ---- 4: SIGKILL halfway, then --resume ----
kill_halfway() { # $1 output, $2 command that prints how many documents are done, rest: factx batch arguments
    local out=$1 done_cmd=$2
    shift 2
    rm -f "$out" "$out.checkpoint"
    "${factx[@]}" batch "$@" --out "$out" --jobs 2 2>/dev/null &
    local pid=$!
    while [[ $($done_cmd "$out") -lt 5000 ]] && kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null || true
}
jsonl_done() { [[ -f $1 ]] && wc -l < "$1" || echo 0; }
csv_done() { [[ -f $1.checkpoint ]] && grep -o '"documents":[0-9]*' "$1.checkpoint" | cut -d: -f2 || echo 0; }

kill_halfway "$work/killed.jsonl" jsonl_done "$docs"
tail_byte=$(tail -c 1 "$work/killed.jsonl" | od -An -c | tr -d ' ')
say "jsonl killed with SIGKILL at $(wc -l < "$work/killed.jsonl") complete lines (last byte: $tail_byte)"
set +e
"${factx[@]}" batch "$docs" --out "$work/killed.jsonl" --jobs 2 --resume 2>"$work/resume.err"
code=$?
set -e
say "resume: exit $code; $(cat "$work/resume.err" | tr '\n' ' ')"
cmp -s "$work/killed.jsonl" "$work/reference.jsonl" && say "jsonl killed + --resume: identical to the uninterrupted run" || say "jsonl killed + --resume: DIFFERS"

set +e
"${factx[@]}" batch "$docs" --out "$work/full.csv" --jobs 2 2>/dev/null
set -e
kill_halfway "$work/killed.csv" csv_done "$docs"
say "csv killed with SIGKILL at checkpoint $(cat "$work/killed.csv.checkpoint")"
set +e
"${factx[@]}" batch "$docs" --out "$work/killed.csv" --jobs 2 --resume 2>"$work/resume-csv.err"
set -e
if cmp -s "$work/killed.csv" "$work/full.csv" && cmp -s "$work/killed.errors.csv" "$work/full.errors.csv"; then
    say "csv killed + --resume: identical to the uninterrupted run (facts and errors files)"
else
    say "csv killed + --resume: DIFFERS"
fi

# ---- 5: Parquet in DuckDB ----
set +e
"${factx[@]}" batch "$docs" --out "$work/facts.parquet" 2>"$work/parquet.err"
set -e
say "parquet: $(cat "$work/parquet.err")"
say "csv rows (facts, without the header): $(( $(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))))' "$work/full.csv") - 1 ))"
mkdir -p "$work/parquet-check"
cp "$repo/bench/parquet-check/package.json" "$repo/bench/parquet-check/check.mjs" "$work/parquet-check/"
(cd "$work/parquet-check" && npm install --no-audit --no-fund --silent >/dev/null)
node "$work/parquet-check/check.mjs" "$work/facts.parquet" "$work/facts.errors.parquet" | while IFS= read -r line; do say "duckdb: $line"; done

# ---- 6: 1 GB JSON Lines, peak memory ----
if [[ ${SKIP_BIG:-0} != 1 ]]; then
    big=$work/big-$big_mb.jsonl
    [[ -f $big ]] || "${generate[@]}" jsonl "$big" --size-mb "$big_mb"
    limit=()
    [[ $big_minutes != 0 ]] && limit=(timeout -s TERM "${big_minutes}m")
    set +e
    /usr/bin/time -v "${limit[@]}" "${factx[@]}" batch "$big" --out "$work/big-out.jsonl" 2>"$work/big.err"
    code=$?
    set -e
    rss_kb=$(grep 'Maximum resident set size' "$work/big.err" | grep -o '[0-9]*')
    say "1 GB JSON Lines: $(stat -c %s "$big") bytes, $(wc -l < "$big") lines; exit $code; $(grep -E '^factx' "$work/big.err" | tr '\n' ' ')"
    say "1 GB JSON Lines: peak RSS $((rss_kb / 1024)) MB ($rss_kb KB), wall $(grep 'Elapsed (wall clock)' "$work/big.err" | awk '{print $NF}')$([[ $big_minutes != 0 ]] && echo " (stopped after at most $big_minutes minutes)")"
fi
# ---- 2-3: --jobs 1 = --jobs 2, and the speed-up (last: it needs an idle machine) ----
# The machine is shared: before each timed run wait (up to IDLE_WAIT seconds, default 900) until
# the CPUs are at least 90% idle over 3 s, and report how much CPU other processes used during
# the run (busy CPU-seconds from /proc/stat minus the run's own user+sys time).
busy_total() { awk '/^cpu / { print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat; }
idle_percent() {
    read -r b1 t1 < <(busy_total); sleep 3; read -r b2 t2 < <(busy_total)
    awk -v b="$((b2 - b1))" -v t="$((t2 - t1))" 'BEGIN { printf "%d", (t > 0 ? 100 - 100 * b / t : 0) }'
}
wait_idle() {
    local waited=0 idle
    # Every timed run writes about 540 MB; the disk writes them back for tens of seconds after the
    # run. Without sync the next run (whichever it is) shares the machine with that writeback.
    sync
    while idle=$(idle_percent); [[ $idle -lt 90 && $waited -lt ${IDLE_WAIT:-900} ]]; do sleep 7; waited=$((waited + 10)); done
    echo "$idle"
}
ticks=$(getconf CLK_TCK)
# A control for the host: the same pure-CPU work (sha256sum of 256 MB, no shared state) once alone
# and twice at once. 2 x alone / together is what two cores give a perfectly parallel job here.
head -c $((256 << 20)) /dev/zero | tr '\0' 'x' > "$work/control.bin"
elapsed() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }'; }
hash_control() { sha256sum "$work/control.bin" > /dev/null; }
hash_control_twice() { hash_control & hash_control; wait; }
run_shard() { "${factx[@]}" batch "$docs" --out "$work/shard$1.jsonl" --jobs 1 --shard "$1/2" 2>/dev/null || true; }
run_shards() { run_shard 0 & run_shard 1; wait; }
run_full() { "${factx[@]}" batch "$docs" --out "$work/full$1.jsonl" --jobs 1 2>/dev/null || true; }
run_fulls() { run_full 0 & run_full 1; wait; }
declare -A seconds
declare -a host
for round in 1 2 3; do
    wait_idle > /dev/null
    alone=$(elapsed hash_control)
    together=$(elapsed hash_control_twice)
    host[$round]=$(awk -v a="$alone" -v t="$together" 'BEGIN { printf "%.2f", 2 * a / t }')
    say "round $round, host control: one sha256sum $alone s, two at once $together s: the host's two cores give ${host[$round]}x"
    for jobs in 1 2; do
        rm -f "$work/jobs$jobs.jsonl" # a new file each time, as the controls write (truncating one costs time at its end)
        idle=$(wait_idle)
        read -r busy_before _ < <(busy_total)
        set +e
        /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "${factx[@]}" batch "$docs" --out "$work/jobs$jobs.jsonl" --jobs "$jobs" 2>"$work/jobs$jobs.err"
        code=$?
        set -e
        read -r busy_after _ < <(busy_total)
        read -r wall user sys < <(tail -n 1 "$work/time.txt") # after "Command exited with non-zero status 1"
        seconds[$jobs,$round]=$wall
        others=$(awk -v b="$((busy_after - busy_before))" -v k="$ticks" -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", b / k - u - s }')
        say "round $round, --jobs $jobs: $wall s wall, $user s user + $sys s sys, exit $code; idle before ${idle}%, other processes used ${others} CPU-s during it"
    done
    # The second control: two processes of --jobs 1 at once, each on half the documents (--shard 0/2, 1/2),
    # share nothing but the machine; what they gain over one --jobs 1 is this work's bound here.
    rm -f "$work/shard0.jsonl" "$work/shard1.jsonl"
    wait_idle > /dev/null
    shards=$(elapsed run_shards)
    seconds[shards,$round]=$shards
    say "round $round, two --jobs 1 processes at once on --shard 0/2 and 1/2: $shards s wall, $(cat "$work/shard0.jsonl" "$work/shard1.jsonl" | wc -l) records"
    # The third: two whole --jobs 1 runs at once, each on all the documents. Twice the work of one
    # --jobs 1 run in the time it takes: what two busy cores give this very work on this machine,
    # the ceiling for --jobs 2 (no process can split the work better than not splitting it at all).
    rm -f "$work/full0.jsonl" "$work/full1.jsonl"
    wait_idle > /dev/null
    fulls=$(elapsed run_fulls)
    seconds[fulls,$round]=$fulls
    say "round $round, two whole --jobs 1 runs at once: $fulls s wall, $(wc -l < "$work/full0.jsonl") + $(wc -l < "$work/full1.jsonl") records; 2 x --jobs 1 / this: $(awk -v a="${seconds[1,$round]}" -v b="$fulls" 'BEGIN { printf "%.2f", 2 * a / b }')x"
    if cmp -s "$work/jobs1.jsonl" "$work/jobs2.jsonl" && cmp -s "$work/jobs1.jsonl" "$work/reference.jsonl"; then
        say "round $round: --jobs 1 and --jobs 2 outputs identical ($(sha256sum < "$work/jobs1.jsonl" | cut -c1-16))"
    else
        say "round $round: --jobs 1 and --jobs 2 outputs DIFFER"
    fi
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
m1=$(median "${seconds[1,1]}" "${seconds[1,2]}" "${seconds[1,3]}")
m2=$(median "${seconds[2,1]}" "${seconds[2,2]}" "${seconds[2,3]}")
say "--jobs 1: ${seconds[1,1]} ${seconds[1,2]} ${seconds[1,3]} s (median $m1)"
say "--jobs 2: ${seconds[2,1]} ${seconds[2,2]} ${seconds[2,3]} s (median $m2)"
say "speed-up --jobs 2 / --jobs 1: $(awk -v a="$m1" -v b="$m2" 'BEGIN { printf "%.2f", a / b }')x (medians)"
ms=$(median "${seconds[shards,1]}" "${seconds[shards,2]}" "${seconds[shards,3]}")
say "two --jobs 1 processes on halves: ${seconds[shards,1]} ${seconds[shards,2]} ${seconds[shards,3]} s (median $ms): $(awk -v a="$m1" -v b="$ms" 'BEGIN { printf "%.2f", a / b }')x against --jobs 1"
mf=$(median "${seconds[fulls,1]}" "${seconds[fulls,2]}" "${seconds[fulls,3]}")
say "two whole --jobs 1 runs at once: ${seconds[fulls,1]} ${seconds[fulls,2]} ${seconds[fulls,3]} s (median $mf): this work's ceiling on two busy cores, 2 x --jobs 1 / this = $(awk -v a="$m1" -v b="$mf" 'BEGIN { printf "%.2f", 2 * a / b }')x"
say "host control, two cores against one: ${host[1]} ${host[2]} ${host[3]}x (median $(median "${host[1]}" "${host[2]}" "${host[3]}")x)"
rm -f "$work/control.bin"

say "batch-check: done; report in $work/report.txt"
