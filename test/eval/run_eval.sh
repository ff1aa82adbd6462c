#!/usr/bin/env bash
# make eval: run article_parse through SQL over corpus folders of <id>.txt scrapes
# and score the result.
#
#   make eval [CORPUS="dir [dir...]"] [GOLD=ground-truth.json] [SCORERS=dir]
#
# For each folder: loads every <id>.txt into a table of a throwaway cluster,
# parses it with SELECT article_parse(raw) (best of three timed runs), writes
# <id>.txt (paragraphs, one per line, headline excluded) and <id>.title into
# a prediction folder, runs the body/headline scorer, and measures byline and
# dateline agreement with the gold "author" / "publish_date".  Prints one
# table row per folder.  GOLD defaults to ground-truth.json in the folder or
# its parent; SCORERS to ../shared/corpus/scorers.  Needs ../shared only
# through these defaults.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh

default_corpus=../shared/corpus/extraction/wcxb-dev
CORPUS=${CORPUS:-"$default_corpus/text-w3m $default_corpus/text-lynx"}
SCORERS=${SCORERS:-../shared/corpus/scorers}
OUT=${EVAL_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/article_parse-eval.XXXXXX")}

[ -f "$SCORERS/score_body.py" ] || ap_die "no scorer at $SCORERS/score_body.py (set SCORERS=)"
ap_setup
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS article_parse' >/dev/null || ap_die "CREATE EXTENSION failed"

rows=()
for dir in $CORPUS; do
	[ -d "$dir" ] || ap_die "no such folder: $dir"
	name=$(basename "$dir")
	gold=${GOLD:-}
	[ -n "$gold" ] || { [ -f "$dir/ground-truth.json" ] && gold=$dir/ground-truth.json; }
	[ -n "$gold" ] || { [ -f "$dir/../ground-truth.json" ] && gold=$dir/../ground-truth.json; }
	[ -n "$gold" ] || ap_die "no ground-truth.json for $dir (set GOLD=)"
	work=$OUT/$name
	mkdir -p "$work/pred"
	ap_log "evaluating $dir"
	python3 test/eval/eval_tool.py load "$dir" "$work/docs.copy" || ap_die "cannot read $dir"
	psql -X -q -v ON_ERROR_STOP=1 <<-SQL || ap_die "loading $dir failed"
		DROP TABLE IF EXISTS eval_docs;
		CREATE TABLE eval_docs (id text PRIMARY KEY, raw text);
		\copy eval_docs FROM '$work/docs.copy'
		ANALYZE eval_docs;
	SQL
	stats=$(psql -X -A -t -c "SELECT count(*), coalesce(sum(octet_length(raw)), 0) FROM eval_docs")
	ndocs=${stats%%|*}
	nbytes=${stats##*|}
	best=
	for run in 1 2 3; do
		ms=$(psql -X -A -t <<-SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
			SET max_parallel_workers_per_gather = 0;
			\timing on
			SELECT count(a.headline) FROM eval_docs, LATERAL article_parse(raw) a;
		SQL
		)
		if [ -z "$best" ] || awk "BEGIN{exit !($ms < $best)}"; then best=$ms; fi
	done
	psql -X -A -t -v ON_ERROR_STOP=1 -o "$work/parse.jsonl" -c "SELECT json_build_object('id', id, 'headline', a.headline, 'byline', a.byline, 'dateline', a.dateline, 'published', a.published, 'paragraphs', a.paragraphs) FROM eval_docs, LATERAL article_parse(raw) a ORDER BY id" ||
		ap_die "dumping the parse failed"
	python3 test/eval/eval_tool.py split "$work/parse.jsonl" "$work/pred"
	python3 "$SCORERS/score_body.py" "$work/pred" --gold "$gold" --titles "$work/pred" >"$work/score.txt" 2>&1 ||
		{ cat "$work/score.txt"; ap_die "the scorer failed on $dir"; }
	python3 test/eval/eval_tool.py agree "$work/parse.jsonl" "$gold" >"$work/agree.txt"
	read -r f1 p r < <(awk '$1 == "pred" {print $2, $5, $8; exit}' "$work/score.txt")
	title=$(sed -n 's/.*title exact match[^=]*= \([0-9.]*\).*/\1/p' "$work/score.txt")
	read -r _ by_n by_found by_ok < <(grep '^byline' "$work/agree.txt")
	read -r _ dl_n dl_found dl_ok < <(grep '^dateline' "$work/agree.txt")
	rows+=("$(awk -v n="$name" -v d="$ndocs" -v b="$nbytes" -v ms="$best" -v f1="$f1" -v p="$p" -v r="$r" \
		-v t="$title" -v bn="$by_n" -v bo="$by_ok" -v dn="$dl_n" -v do_="$dl_ok" 'BEGIN {
		printf "%-14s %5d  %6s %6s %6s  %8s  %6.3f (%d)  %6.3f (%d)  %9.0f  %6.1f\n", n, d, f1, p, r, t,
			bn ? bo / bn : 0, bn, dn ? do_ / dn : 0, dn, d / (ms / 1000), b / 1048576 / (ms / 1000) }')")
	# machine-readable
	echo "eval corpus=$name docs=$ndocs body_f1=$f1 body_p=$p body_r=$r headline_exact=$title byline_agree=$by_ok/$by_n dateline_agree=$dl_ok/$dl_n parse_ms=$best" >>"$OUT/results.txt"
done

echo
printf '%-14s %5s  %6s %6s %6s  %8s  %-13s  %-13s  %9s  %6s\n' corpus docs bodyF1 P R headline "byline (n)" "dateline (n)" "articles/s" "MB/s"
printf '%s\n' "${rows[@]}"
echo
cat "$OUT/results.txt"
echo "outputs in $OUT"
