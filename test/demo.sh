#!/usr/bin/env bash
# make demo: build and install, start a throwaway cluster, parse an article
# (default test/fixtures/seed.txt, or the file given as $1) and print the
# parse readably.  The cluster is stopped and removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

file=$(realpath "${1:-test/fixtures/seed.txt}")
[ -r "$file" ] || ap_die "cannot read $file"
ap_setup
ap_log "parsing $file"
echo

"$("$PG_CONFIG" --bindir)/psql" -X -q -v ON_ERROR_STOP=1 -v file="$file" <<'SQL'
\pset tuples_only on
\pset format unaligned
\set raw `cat :file`
CREATE EXTENSION article_parse;
CREATE TEMP TABLE doc AS SELECT :'raw'::text AS raw;

SELECT format(E'Headline:  %s\nByline:    %s\nDateline:  %s\nPublished: %s',
              coalesce(a.headline, '-'), coalesce(a.byline, '-'),
              coalesce(a.dateline, '-'), coalesce(a.published::text, '-'))
FROM doc, article_parse(doc.raw) a;

SELECT format(E'\nParagraphs (%s)', count(*)) FROM doc, article_paragraphs(doc.raw);
SELECT format('%3s. %s', p.n, p.paragraph) FROM doc, article_paragraphs(doc.raw) p ORDER BY p.n;

SELECT format(E'\nBoilerplate removed (%s)', count(*)) FROM doc, article_boilerplate(doc.raw);
SELECT format('%3s. [%s] %s', b.n, b.reason, b.block) FROM doc, article_boilerplate(doc.raw) b ORDER BY b.n;

SELECT format(E'\nQuotes (%s)', count(*)) FROM doc, article_quotes(doc.raw);
SELECT format(E'%3s. “%s”\n       — %s%s, paragraph %s%s',
              q.n, q.quote, coalesce(q.speaker, 'unknown speaker'),
              coalesce(' (' || q.cue || ')', ''), q.paragraph,
              CASE WHEN q.partial THEN ', partial' ELSE '' END)
FROM doc, article_quotes(doc.raw) q ORDER BY q.n;

SELECT format(E'\nEntities (%s)', count(*)) FROM doc, article_entities(doc.raw);
SELECT format('%3s. %s (%s) — %s mention%s, from paragraph %s%s',
              e.n, e.name, e.kind, e.mentions, CASE WHEN e.mentions = 1 THEN '' ELSE 's' END,
              e.first_paragraph,
              CASE WHEN cardinality(e.aliases) > 0
                   THEN ', also ' || array_to_string(e.aliases, ', ') ELSE '' END)
FROM doc, article_entities(doc.raw) e ORDER BY e.n;
SQL
