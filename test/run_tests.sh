#!/usr/bin/env bash
# make test: every suite against a throwaway cluster — the C unit tests
# (make unit), the pg_regress tests (make installcheck) and TAP tests in
# test/t if there are any — then ONE last line "N passed, M failed".
# Every "ok"/"not ok" unit line and every pg_regress test counts one; a
# suite that breaks before reporting counts one failure.  Exit status is
# non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

passed=0
failed=0

summary() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

# a setup failure is a failed run, still summarized
ap_die() {
	printf 'error: %s\n' "$*" >&2
	failed=$((failed + 1))
	summary
}

# tally <output file> <suite exit status> <pass regex> <fail regex>
tally() {
	local p f
	p=$(grep -cE "$3" "$1")
	f=$(grep -cE "$4" "$1")
	if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
}

ap_setup
out=$AP_PGDIR/results
mkdir -p "$out"

ap_log "unit tests"
make -s unit 2>&1 | tee "$out/unit.log"
tally "$out/unit.log" "${PIPESTATUS[0]}" '^ok - ' '^not ok - '

if command -v clang >/dev/null; then
	ap_log "unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
	CC=clang UNIT_OUT=test/unit/bin-san \
		UNIT_CFLAGS="-std=c11 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
		bash test/unit.sh 2>&1 | sed -e 's/^ok - /ok - [sanitizers] /' -e 's/^not ok - /not ok - [sanitizers] /' |
		tee "$out/unit-san.log"
	tally "$out/unit-san.log" "${PIPESTATUS[0]}" '^ok - ' '^not ok - '

	ap_log "fuzzing smoke run (${FUZZ_SECONDS:-60} s)"
	FUZZ_SECONDS=${FUZZ_SECONDS:-60} bash test/fuzz/run_fuzz.sh 2>&1 | tee "$out/fuzz.log"
	tally "$out/fuzz.log" "${PIPESTATUS[0]}" '^ok - ' '^not ok - '
else
	ap_log "note: clang not installed, sanitizer and fuzzing suites skipped"
fi

if command -v valgrind >/dev/null; then
	ap_log "unit tests under valgrind memcheck"
	bash test/valgrind.sh 2>&1 | tee "$out/valgrind.log"
	tally "$out/valgrind.log" "${PIPESTATUS[0]}" '^ok - ' '^not ok - '
else
	ap_log "note: valgrind not installed, memcheck suite skipped"
fi

ap_log "regression tests"
make -s installcheck PG_CONFIG="$PG_CONFIG" EXTRA_REGRESS_OPTS="--outputdir=$out/regress" 2>&1 |
	tee "$out/regress.log"
rc=${PIPESTATUS[0]}
tally "$out/regress.log" "$rc" '\.\.\. ok ' '\.\.\. FAILED'
if [ "$rc" -ne 0 ] && [ -f "$out/regress/regression.diffs" ]; then
	ap_log "regression.diffs"
	cat "$out/regress/regression.diffs"
fi

if compgen -G 'test/t/*.pl' >/dev/null || compgen -G 'test/t/*.t' >/dev/null; then
	ap_log "TAP tests"
	prove -v test/t 2>&1 | tee "$out/tap.log"
	tally "$out/tap.log" "${PIPESTATUS[0]}" '^ok [0-9]' '^not ok [0-9]'
fi

summary
