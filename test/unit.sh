#!/usr/bin/env bash
# make unit: compile the core sources (src/core/*.c, no PostgreSQL) once,
# link every test/unit/test_*.c against them and run it.  Each test prints
# "ok - <name>" / "not ok - <name>" lines; the exit status is non-zero if any
# check failed, a test did not build, or a test crashed.
# Environment: CC (default cc), UNIT_CFLAGS (default -std=c11 -O1 -g -Wall -Wextra).
set -uo pipefail
cd "$(dirname "$0")/.."

CC=${CC:-cc}
read -r -a cflags <<<"${UNIT_CFLAGS:--std=c11 -O1 -g -Wall -Wextra}"
read -r -a pkg_cflags <<<"$(pkg-config --cflags libpcre2-8 libutf8proc)"
read -r -a pkg_libs <<<"$(pkg-config --libs libpcre2-8 libutf8proc)"
out=${UNIT_OUT:-test/unit/bin}
mkdir -p "$out"
status=0

objs=()
for src in src/core/*.c; do
	obj=$out/core_$(basename "${src%.c}").o
	if ! "$CC" "${cflags[@]}" -Isrc/core "${pkg_cflags[@]}" -c "$src" -o "$obj"; then
		echo "not ok - core source $src compiles"
		exit 1
	fi
	objs+=("$obj")
done

for src in test/unit/test_*.c; do
	[ -e "$src" ] || continue
	name=$(basename "${src%.c}")
	if ! "$CC" "${cflags[@]}" -Isrc/core -Itest/unit "${pkg_cflags[@]}" "$src" "${objs[@]}" \
		"${pkg_libs[@]}" -lm -o "$out/$name"; then
		echo "not ok - $name compiles"
		status=1
		continue
	fi
	"$out/$name"
	rc=$?
	if [ "$rc" -gt 1 ]; then
		echo "not ok - $name ran to completion (exit status $rc)"
	fi
	[ "$rc" -eq 0 ] || status=1
done
# the command-line front end, and the fixture scrapes checked against their expectations
if "$CC" "${cflags[@]}" -Isrc/core "${pkg_cflags[@]}" test/cli/ap_dump.c "${objs[@]}" \
	"${pkg_libs[@]}" -lm -o "$out/ap_dump"; then
	python3 test/check_fixtures.py "$out/ap_dump" test/fixtures test/fixtures/styles || status=1
else
	echo "not ok - ap_dump compiles"
	status=1
fi
exit $status
