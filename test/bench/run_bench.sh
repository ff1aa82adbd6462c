#!/usr/bin/env bash
# make bench: speed and memory of article_parse (a benchmark, not a test).
#
#   make bench [BENCH_CORPUS=dir] [BENCH_RUNS=N] [BENCH_ROWS=N]
#
# 1. core library, one core (test/bench/bench_core.c built with -O2): full
#    parse and clean only over every <id>.txt of BENCH_CORPUS and over the
#    seed; per-byte cost of inputs of 1 KB, 100 KB, 10 MB and 100 MB;
# 2. through SQL in a throwaway cluster, one backend, no parallel workers:
#    article_parse(raw) and article_clean(raw) over a table of the same
#    scrapes, and the regexp_replace baseline (test/bench/baseline.sql) over
#    the same table;
# 3. memory: the backend's peak resident set while it parses one 100 MB
#    value, and its resident set before and after one query over
#    BENCH_ROWS (100k) rows.
# Timings are the best of BENCH_RUNS (3) runs.  Prints one "bench ..." line
# per figure as it goes, then a table with the targets of issue 5.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

BENCH_CORPUS=${BENCH_CORPUS:-../shared/corpus/extraction/wcxb-dev/text-w3m}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_ROWS=${BENCH_ROWS:-100000}
[ -d "$BENCH_CORPUS" ] || ap_die "no corpus folder $BENCH_CORPUS (set BENCH_CORPUS= to a folder of <id>.txt files)"

ap_setup
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/article_parse-bench.XXXXXX")
chmod 755 "$WORK"
# keep only the results: the benchmark binary and the table's copy are large
trap 'rm -f "$WORK/bench_core" "$WORK/docs.copy"; ap_stop_cluster' EXIT
RESULTS=$WORK/results.txt
: >"$RESULTS"
emit() { echo "$*" | tee -a "$RESULTS"; }
# value of key=... in the result line whose name is $1
field() { awk -v n="$1" -v k="$2" '$1 == "bench" && $2 == n { for (i = 3; i <= NF; i++) { split($i, a, "="); if (a[1] == k) print a[2] } }' "$RESULTS" | tail -1; }

# ---- 1. core library ---------------------------------------------------------
ap_log "building the core benchmark"
cc -std=c11 -D_GNU_SOURCE -O2 -Isrc/core $(pkg-config --cflags libpcre2-8 libutf8proc) \
	src/core/*.c test/bench/bench_core.c $(pkg-config --libs libpcre2-8 libutf8proc) \
	-o "$WORK/bench_core" || ap_die "cannot build test/bench/bench_core.c"
ap_log "core library: $BENCH_CORPUS and the seed"
"$WORK/bench_core" -r "$BENCH_RUNS" -n corpus "$BENCH_CORPUS" | tee -a "$RESULTS"
"$WORK/bench_core" -r "$BENCH_RUNS" -n seed test/fixtures/seed.txt | tee -a "$RESULTS"
ap_log "core library: scaling from 1 KB to 100 MB"
"$WORK/bench_core" -s -r "$BENCH_RUNS" "$BENCH_CORPUS" | tee -a "$RESULTS"

# ---- 2. through SQL ---------------------------------------------------------------
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -c 'CREATE EXTENSION IF NOT EXISTS article_parse' >/dev/null || ap_die "CREATE EXTENSION failed"
psql -f test/bench/baseline.sql >/dev/null || ap_die "cannot create the baseline function"
python3 test/eval/eval_tool.py load "$BENCH_CORPUS" "$WORK/docs.copy" || ap_die "cannot read $BENCH_CORPUS"
psql <<-SQL || ap_die "loading the table failed"
	DROP TABLE IF EXISTS bench_docs;
	CREATE TABLE bench_docs (id text PRIMARY KEY, raw text);
	\copy bench_docs FROM '$WORK/docs.copy'
	VACUUM ANALYZE bench_docs;
SQL
stats=$(psql -A -t -c "SELECT count(*), sum(octet_length(raw)) FROM bench_docs")
ROWS=${stats%%|*}
BYTES=${stats##*|}

# best wall time in ms of a query, over BENCH_RUNS runs (after one warm-up run)
best_ms() {
	local q=$1 best= ms run
	for run in $(seq 0 "$BENCH_RUNS"); do
		ms=$(printf 'SET max_parallel_workers_per_gather = 0;\n\\timing on\n%s\n' "$q" |
			command psql -X -A -t -v ON_ERROR_STOP=1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
		[ -n "$ms" ] || ap_die "query failed: $q"
		[ "$run" -eq 0 ] && continue
		if [ -z "$best" ] || awk "BEGIN{exit !($ms < $best)}"; then best=$ms; fi
	done
	echo "$best"
}
sql_figure() {
	local name=$1 q=$2 ms
	ap_log "SQL: $q"
	ms=$(best_ms "$q")
	emit "$(awk -v n="$name" -v r="$ROWS" -v b="$BYTES" -v ms="$ms" 'BEGIN {
		printf "bench %s rows=%d bytes=%d seconds=%.4f mb_per_s=%.1f rows_per_s=%.0f\n", n, r, b, ms / 1000, b / 1048576 / (ms / 1000), r / (ms / 1000) }')"
}
sql_figure sql_parse "SELECT count(article_parse(raw)) FROM bench_docs;"
sql_figure sql_clean "SELECT count(article_clean(raw)) FROM bench_docs;"
sql_figure sql_baseline "SELECT count(bench_baseline_clean(raw)) FROM bench_docs;"

# the number after "key " on a line of its own in $out
value_of() { echo "$out" | sed -n "s/^$1 \([0-9]*\)\$/\1/p" | tail -1; }

# ---- 3. memory ----------------------------------------------------------------------
# kB from /proc/PID/status of the backend (psql runs \! as this user; root
# or the cluster owner can read and reset it)
ap_log "memory: one 100 MB input"
psql <<-SQL || ap_die "building the 100 MB input failed"
	DROP TABLE IF EXISTS bench_big;
	CREATE TABLE bench_big AS
	  -- about 100 MB: characters in proportion to the bytes per character of the corpus
	  SELECT left(repeat(string_agg(raw, E'\n\n' ORDER BY id), (100000000 / sum(octet_length(raw)))::int + 2),
	              (100000000 * sum(length(raw)) / sum(octet_length(raw)))::int) AS raw
	  FROM bench_docs;
SQL
out=$(command psql -X -q -A -t -v ON_ERROR_STOP=1 <<-'SQL'
	SELECT pg_backend_pid() AS pid \gset
	\setenv BPID :pid
	-- warm up: load the library, its patterns, and the value into shared buffers
	SELECT count(article_parse('warm up')) FROM bench_big;
	SELECT octet_length(md5(raw)) FROM bench_big;
	\! echo 5 > /proc/$BPID/clear_refs; echo "rss_before $(sed -n 's/^VmRSS:[^0-9]*\([0-9]*\).*/\1/p' /proc/$BPID/status)"
	SELECT 'input ' || octet_length(raw) FROM bench_big;
	SELECT count(a.headline) FROM bench_big, LATERAL article_parse(raw) a;
	\! echo "hwm_after $(sed -n 's/^VmHWM:[^0-9]*\([0-9]*\).*/\1/p' /proc/$BPID/status)"
SQL
) || ap_die "the 100 MB parse failed"
before=$(value_of rss_before)
hwm=$(value_of hwm_after)
input=$(value_of input)
[ -n "$before" ] && [ -n "$hwm" ] && [ -n "$input" ] || ap_die "could not read backend memory: $out"
emit "$(awk -v b="$before" -v h="$hwm" -v i="$input" 'BEGIN {
	printf "bench mem_peak_100MB input_bytes=%d rss_before_kb=%d peak_kb=%d peak_growth_kb=%d peak_per_input=%.2f\n", i, b, h, h - b, (h - b) * 1024 / i }')"

ap_log "memory: one query over $BENCH_ROWS rows"
psql <<-SQL || ap_die "building the row table failed"
	DROP TABLE bench_big;
	DROP TABLE IF EXISTS bench_rows;
	CREATE TABLE bench_rows AS
	  SELECT substr(d.raw, 1 + (g * 997) % greatest(length(d.raw) - 1000, 1), 1000) AS raw
	  FROM generate_series(1, $BENCH_ROWS) g
	  JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS k, raw FROM bench_docs) d ON d.k = g % $ROWS;
	VACUUM ANALYZE bench_rows;
SQL
out=$(command psql -X -q -A -t -v ON_ERROR_STOP=1 <<-'SQL'
	SET max_parallel_workers_per_gather = 0;
	SELECT pg_backend_pid() AS pid \gset
	\setenv BPID :pid
	SELECT count(article_parse(raw)) FROM (SELECT raw FROM bench_rows LIMIT 1000) s;
	SELECT count(*) FROM bench_rows;
	\! echo "rss_before $(sed -n 's/^VmRSS:[^0-9]*\([0-9]*\).*/\1/p' /proc/$BPID/status)"
	SELECT 'rows ' || count(article_parse(raw)) FROM bench_rows;
	\! echo "rss_after $(sed -n 's/^VmRSS:[^0-9]*\([0-9]*\).*/\1/p' /proc/$BPID/status)"
SQL
) || ap_die "the row query failed"
before=$(value_of rss_before)
after=$(value_of rss_after)
nrows=$(value_of rows)
[ -n "$before" ] && [ -n "$after" ] || ap_die "could not read backend memory: $out"
emit "bench mem_rows rows=$nrows rss_before_kb=$before rss_after_kb=$after growth_kb=$((after - before))"

# ---- table -----------------------------------------------------------------------------
core_parse=$(field core_parse_corpus mb_per_s)
core_clean=$(field core_clean_corpus mb_per_s)
sql_parse=$(field sql_parse mb_per_s)
sql_clean=$(field sql_clean mb_per_s)
sql_base=$(field sql_baseline mb_per_s)
ns_small=$(field scale_1KB ns_per_byte)
ns_big=$(field scale_100MB ns_per_byte)
ns_min=$(awk '$1 == "bench" && $2 ~ /^scale_/ { for (i = 3; i <= NF; i++) if ($i ~ /^ns_per_byte=/) { split($i, a, "="); if (m == "" || a[2] < m) m = a[2] } } END { print m }' "$RESULTS")
ns_max=$(awk '$1 == "bench" && $2 ~ /^scale_/ { for (i = 3; i <= NF; i++) if ($i ~ /^ns_per_byte=/) { split($i, a, "="); if (a[2] > m) m = a[2] } } END { print m }' "$RESULTS")
peak=$(field mem_peak_100MB peak_per_input)
growth=$(field mem_rows growth_kb)

row() { printf '%-44s %14s   %-22s %s\n' "$1" "$2" "$3" "$4"; }
verdict() { awk "BEGIN{exit !($1)}" && echo met || echo "NOT met"; }
echo
row "figure" "measured" "target" ""
row "core full parse, MB/s (corpus)" "$core_parse" ">= 100" "$(verdict "$core_parse >= 100")"
row "core clean only, MB/s (corpus)" "$core_clean" ">= 200" "$(verdict "$core_clean >= 200")"
row "core full parse, MB/s (seed)" "$(field core_parse_seed mb_per_s)" "" ""
row "SQL article_parse, MB/s" "$sql_parse" ">= 50" "$(verdict "$sql_parse >= 50")"
row "SQL article_clean, MB/s" "$sql_clean" "" ""
row "SQL regexp_replace baseline, MB/s" "$sql_base" "" ""
row "article_parse / baseline" "$(awk -v a="$sql_parse" -v b="$sql_base" 'BEGIN{printf "%.2fx", a / b}')" ">= 10x" "$(verdict "$sql_parse >= 10 * $sql_base")"
row "article_clean / baseline" "$(awk -v a="$sql_clean" -v b="$sql_base" 'BEGIN{printf "%.2fx", a / b}')" "" ""
row "ns/byte 1 KB .. 100 MB (min .. max)" "$ns_min .. $ns_max" "max <= 2x min" "$(verdict "$ns_max <= 2 * $ns_min")"
row "ns/byte 1 KB / 100 MB" "$(awk -v a="$ns_small" -v b="$ns_big" 'BEGIN{printf "%.2f", a / b}')" "" ""
row "peak memory / input, one 100 MB parse" "$peak" "<= 10" "$(verdict "$peak <= 10")"
row "  of which the core library allocates" "$(field core_mem_100MB peak_per_input)" "" ""
row "RSS growth over $BENCH_ROWS rows, kB" "$growth" "flat" ""
echo
echo "machine-readable lines: $RESULTS"
