-- functions: each function once on a small article (content depends on
-- the core), plus provenance: source offsets select the text in the input.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

CREATE TEMP TABLE doc AS SELECT
  E'City Opens New Bridge\n\nBy Jane Doe\n\n2024-05-01\n\n'
  'The new bridge over the river opened on Monday after three years of work.\n\n'
  '\u201cIt is a great day for the city,\u201d Maria Lopez said. Lopez is the mayor.\n\n'
  'ARTICLE AD BOX\n\n'
  'Traffic on the old bridge fell by half within hours, officials in Springfield said.'::text AS raw;

\x on
SELECT a.* FROM doc, article_parse(doc.raw) a;
\x off

SELECT article_headline(raw) FROM doc;
SELECT article_clean(raw) FROM doc;
SELECT p.* FROM doc, article_paragraphs(doc.raw) p;
SELECT q.* FROM doc, article_quotes(doc.raw) q;
SELECT e.* FROM doc, article_entities(doc.raw) e;
SELECT m.* FROM doc, article_mentions(doc.raw) m;
SELECT b.* FROM doc, article_boilerplate(doc.raw) b;

-- the options variants with no options equal the plain ones
SELECT to_jsonb(article_parse(raw, '{}')) = to_jsonb(article_parse(raw)) AS parse,
       (SELECT array_agg(m ORDER BY n) FROM article_mentions(raw, '{}') m)
         = (SELECT array_agg(m ORDER BY n) FROM article_mentions(raw) m) AS mentions,
       (SELECT array_agg(b ORDER BY n) FROM article_boilerplate(raw, '{}') b)
         = (SELECT array_agg(b ORDER BY n) FROM article_boilerplate(raw) b) AS boilerplate
FROM doc;

-- the accessors agree with article_parse
SELECT article_headline(raw) IS NOT DISTINCT FROM (article_parse(raw)).headline AS headline,
       article_clean(raw) = array_to_string((article_parse(raw)).paragraphs, E'\n\n') AS clean,
       (SELECT array_agg(paragraph ORDER BY n) FROM article_paragraphs(raw))
         = (article_parse(raw)).paragraphs AS paragraphs,
       (SELECT count(*) FROM article_quotes(raw)) = cardinality((article_parse(raw)).quotes) AS quotes,
       (SELECT count(*) FROM article_entities(raw)) = cardinality((article_parse(raw)).entities) AS entities,
       (SELECT sum(mentions) FROM article_entities(raw)) = (SELECT count(*) FROM article_mentions(raw)) AS mentions
FROM doc;

-- provenance: every mention and dropped block is found at its source offsets
SELECT bool_and(substr(raw, m.source_start + 1, m.source_end - m.source_start) = m.mention) AS mentions_traced
FROM doc, article_mentions(doc.raw) m;
SELECT bool_and(strpos(b.block, btrim(substr(raw, b.source_start + 1, b.source_end - b.source_start))) > 0) AS blocks_traced
FROM doc, article_boilerplate(doc.raw) b;
