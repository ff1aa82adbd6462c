#!/usr/bin/env bash
# make valgrind: build the core's unit tests and the command-line front end
# without sanitizers and run them under valgrind memcheck: no invalid reads
# or writes, no uninitialised values, and no leaked blocks of the core's own
# allocations (definite or indirect).  One "ok"/"not ok" line per binary.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "not ok - valgrind is installed (apt-get install valgrind)"; exit 1; }

out=test/unit/bin-valgrind
UNIT_OUT=$out UNIT_CFLAGS="-std=c11 -O1 -g -DAP_NO_JIT" bash test/unit.sh >/dev/null 2>&1	# builds; results checked below
status=0
for bin in "$out"/test_* "$out/ap_dump"; do
	[ -x "$bin" ] || continue
	name=$(basename "$bin")
	args=()
	[ "$name" = ap_dump ] && args=(test/fixtures/seed.txt)
	if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--show-leak-kinds=definite,indirect "$bin" "${args[@]}" >"$out/$name.vg.out" 2>"$out/$name.vg.err"; then
		echo "ok - valgrind memcheck: $name"
	else
		echo "not ok - valgrind memcheck: $name"
		head -40 "$out/$name.vg.err"
		status=1
	fi
done
exit $status
