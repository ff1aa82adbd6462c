-- seed: the full parse of the canonical seed scrape test/fixtures/seed.txt.
-- Content depends entirely on the core: regenerate expected/seed.out when
-- the core changes, and read it.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

\getenv abs_srcdir PG_ABS_SRCDIR
\set seed_file :abs_srcdir '/test/fixtures/seed.txt'
\set seed `cat :seed_file`
SELECT length(:'seed') AS seed_characters;

SELECT a.headline, a.byline, a.dateline, a.published,
       cardinality(a.paragraphs) AS paragraphs, cardinality(a.quotes) AS quotes,
       cardinality(a.entities) AS entities
FROM article_parse(:'seed') a;
SELECT n, source_start, source_end, paragraph FROM article_paragraphs(:'seed');
SELECT n, reason, source_start, source_end, block FROM article_boilerplate(:'seed');
SELECT n, speaker, cue, paragraph, partial, start_offset, end_offset, source_start, source_end,
       speaker_start, speaker_end, quote
FROM article_quotes(:'seed');
SELECT n, name, kind, mentions, aliases, first_paragraph FROM article_entities(:'seed');
SELECT n, mention, entity, kind, paragraph, source_start, source_end FROM article_mentions(:'seed');

-- provenance over the whole seed
SELECT bool_and(substr(:'seed', source_start + 1, source_end - source_start) = mention) AS mentions_traced
FROM article_mentions(:'seed');
SELECT bool_and(substr(:'seed', source_start + 1, source_end - source_start) = quote) AS quotes_traced
FROM article_quotes(:'seed');
