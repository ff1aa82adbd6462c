#!/usr/bin/env bash
# make fuzz [FUZZ_SECONDS=N]: build the libFuzzer harnesses with clang
# (AddressSanitizer + UndefinedBehaviorSanitizer) and run each for its share
# of FUZZ_SECONDS (default 60), seeded with the test fixtures.  Crashing
# inputs are written to $FUZZ_OUT/crashes (default: a temporary folder) and
# make the run fail; a summary line per harness gives runs and findings.
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/article_parse-fuzz.XXXXXX")}
CLANG=${CLANG:-clang}
command -v "$CLANG" >/dev/null || { echo "not ok - fuzzing needs clang (apt-get install clang libclang-rt-14-dev)"; exit 1; }
read -r -a pkg_cflags <<<"$(pkg-config --cflags libpcre2-8 libutf8proc)"
read -r -a pkg_libs <<<"$(pkg-config --libs libpcre2-8 libutf8proc)"
mkdir -p "$out/bin" "$out/crashes" "$out/corpus-parse" "$out/corpus-options"

# seeds: every fixture scrape, behind an options byte of 0 (all stages on)
i=0
for f in test/fixtures/*.txt test/fixtures/styles/*.txt; do
	i=$((i + 1))
	{ printf '\0'; cat "$f"; } >"$out/corpus-parse/seed$i"
done
printf '^Sponsored\0(?i)advert\0AD BOX' >"$out/corpus-options/seed1"
printf '(a+)+$\0' >"$out/corpus-options/seed2"

status=0
harnesses=(fuzz_parse fuzz_options)
share=$((seconds / ${#harnesses[@]}))
[ "$share" -ge 1 ] || share=1
for h in "${harnesses[@]}"; do
	if ! "$CLANG" -std=c11 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc/core "${pkg_cflags[@]}" src/core/*.c "test/fuzz/$h.c" "${pkg_libs[@]}" -o "$out/bin/$h"; then
		echo "not ok - $h builds"
		status=1
		continue
	fi
	corpus=$out/corpus-${h#fuzz_}
	"$out/bin/$h" "$corpus" -max_total_time="$share" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
		-artifact_prefix="$out/crashes/$h-" -print_final_stats=1 >"$out/$h.log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$h.log" | tail -1)
	found=$(find "$out/crashes" -name "$h-*" | wc -l)
	if [ "$rc" -eq 0 ] && [ "$found" -eq 0 ]; then
		echo "ok - $h: ${runs:-0} runs in ${share}s, no findings"
	else
		echo "not ok - $h: ${runs:-0} runs, $found findings (exit $rc), see $out"
		tail -30 "$out/$h.log"
		status=1
	fi
done
exit $status
