#!/usr/bin/env bash
# Backend memory stays flat while one query parses 200,000 rows: the resident
# set size of the backend (from /proc) is read before and after, in the same
# session.  Run by test/run_tests.sh against its throwaway cluster (PGHOST,
# PGPORT, PGUSER set); the cluster must be on this machine.
set -uo pipefail
echo "1..3"
out=$(psql -X -q -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}" 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
DROP TABLE IF EXISTS memtest;
CREATE TABLE memtest AS
  SELECT i, format(E'Council Approves Route %s\n\nBy Jane Doe\n\nThe council voted on Tuesday to add route %s, which will serve %s homes on the eastern edge of the city.\n\n\u201cIt is a good day,\u201d Mayor Anna Berg said.\n\nADVERTISEMENT', i, i, i * 7) AS raw
  FROM generate_series(1, 200000) i;
SELECT pg_backend_pid() AS pid \gset
\setenv BPID :pid
-- warm up: load the library and its patterns
SELECT count(*) FROM (SELECT article_parse(raw) FROM memtest LIMIT 1000) s;
-- the first pass also pulls the table into shared buffers, which counts in RSS;
-- the second pass must not add to it
SELECT count(*) AS parsed, sum(cardinality((a).quotes)) AS quotes FROM (SELECT article_parse(raw) AS a FROM memtest) s;
\! echo "before $(sed -n 's/^VmRSS:[^0-9]*\([0-9]*\).*/\1/p' /proc/$BPID/status)"
SELECT count(*) AS parsed, sum(cardinality((a).quotes)) AS quotes FROM (SELECT article_parse(raw) AS a FROM memtest) s;
\! echo "after $(sed -n 's/^VmRSS:[^0-9]*\([0-9]*\).*/\1/p' /proc/$BPID/status)"
DROP TABLE memtest;
SQL
)
rc=$?
before=$(echo "$out" | sed -n 's/^before \([0-9]*\)$/\1/p' | tail -1)
after=$(echo "$out" | sed -n 's/^after \([0-9]*\)$/\1/p')
if [ "$rc" -eq 0 ]; then echo "ok 1 - 200,000 rows parsed in one query"; else echo "not ok 1 - 200,000 rows parsed in one query"; echo "$out" | sed 's/^/# /'; fi
if [ -n "$before" ] && [ -n "$after" ]; then echo "ok 2 - backend RSS read from /proc (before ${before} kB, after ${after} kB)"; else echo "not ok 2 - backend RSS read from /proc"; fi
# generous: 16 MB of growth over 200k parses would still pass; a leak of 100 bytes a row would not
if [ -n "$before" ] && [ -n "$after" ] && [ "$((after - before))" -lt 16384 ]; then
	echo "ok 3 - backend memory flat across rows (grew $((after - before)) kB)"
else
	echo "not ok 3 - backend memory flat across rows (before ${before:-?} kB, after ${after:-?} kB)"
fi
