-- options: the jsonb options document.  Valid options are accepted and have
-- their documented effect; anything else is SQLSTATE 22023 naming the option.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;
\set VERBOSITY default

CREATE TEMP TABLE doc AS SELECT
  E'City Opens New Bridge\n\n'
  'The new bridge over the river opened on Monday after three years of work.\n\n'
  'Residents can send questions about the project to the council by email.\n\n'
  'ARTICLE AD BOX\n\n'
  '\u201cIt is a great day for the city,\u201d Maria Lopez said.'::text AS raw;

-- every valid option is accepted
SELECT opts, to_jsonb(article_parse(raw, opts::jsonb)) IS NOT NULL AS accepted
FROM doc, (VALUES ('{}'), ('{"format": "auto"}'), ('{"format": "text"}'), ('{"format": "html"}'),
                  ('{"format": "markdown"}'),
                  ('{"clean": true}'), ('{"clean": false}'), ('{"quotes": false}'),
                  ('{"entities": false}'), ('{"drop": "^Residents"}'),
                  ('{"drop": ["^Residents", "(?i)advert"]}'), ('{"drop": []}'),
                  ('{"keep": "AD BOX"}'), ('{"drop": "x", "keep": ["y", "z"]}')) v(opts)
ORDER BY opts;

-- quotes / entities switches
SELECT cardinality((article_parse(raw)).quotes) > 0 AS quotes_by_default,
       cardinality((article_parse(raw, '{"quotes": false}')).quotes) AS quotes_off,
       cardinality((article_parse(raw)).entities) > 0 AS entities_by_default,
       cardinality((article_parse(raw, '{"entities": false}')).entities) AS entities_off,
       (SELECT count(*) FROM article_mentions(raw, '{"entities": false}')) AS mentions_off
FROM doc;

-- clean=false: every block is body, nothing is dropped
SELECT (SELECT count(*) FROM article_boilerplate(raw)) > 0 AS dropped_by_default,
       (SELECT count(*) FROM article_boilerplate(raw, '{"clean": false}')) AS dropped_unclean,
       cardinality((article_parse(raw, '{"clean": false}')).paragraphs)
         > cardinality((article_parse(raw)).paragraphs) AS more_paragraphs
FROM doc;

-- format: Markdown is detected ("auto") or forced ("markdown"); "text" keeps its syntax
WITH md(raw) AS (SELECT E'# Harbour Board Approves Ferry Terminal\n\n'
  'The harbour board voted on Tuesday to build a **new terminal** on the [east pier](https://example.org/pier), '
  'ending a [two-year dispute](https://example.org/dispute) over the site.\n\n'
  'Work begins in the spring, the board said, and the [terminal](https://example.org/t) opens next year.'::text)
SELECT f AS format, (article_parse(raw, jsonb_build_object('format', f))).headline,
       (article_parse(raw, jsonb_build_object('format', f))).paragraphs[1] AS first_paragraph
FROM md, unnest(ARRAY['auto', 'markdown', 'text']) f;

-- drop: the matching block is dropped with reason "pattern"; keep wins over the cleaner
SELECT b.reason, b.block FROM doc, article_boilerplate(doc.raw, '{"drop": "^Residents"}') b
WHERE b.reason = 'pattern';
SELECT bool_or(p LIKE 'Residents%') AS residents_kept_by_default,
       NOT bool_or(p LIKE 'Residents%') FILTER (WHERE o) AS residents_dropped
FROM doc, LATERAL (SELECT unnest((article_parse(raw)).paragraphs), false
                   UNION ALL
                   SELECT unnest((article_parse(raw, '{"drop": ["^Residents"]}')).paragraphs), true) x(p, o);
SELECT EXISTS (SELECT FROM unnest((article_parse(raw, '{"keep": "AD BOX"}')).paragraphs) p
               WHERE p LIKE '%AD BOX%') AS ad_kept
FROM doc;

-- more distinct pattern sets than the per-backend cache holds, used in turn
SELECT count(*) FILTER (WHERE b.reason = 'pattern') AS dropped_by_pattern
FROM doc, generate_series(1, 60) i,
     article_boilerplate(doc.raw, jsonb_build_object('drop', '^Resi' || repeat('d?', i % 25) || 'dents',
                                                     'keep', jsonb_build_array('keep' || i % 7))) b;

-- errors: each shows its message and hint, then its SQLSTATE
SELECT article_parse('x', '{"foo": 1}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"format": "pdf"}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"format": 1}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"clean": "yes"}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"quotes": null}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"entities": 1}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"drop": 1}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"drop": ["ok", 2]}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"keep": {"a": "b"}}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '[]');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '"text"');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', 'null');
\echo SQLSTATE :SQLSTATE
SELECT * FROM article_mentions('x', '{"Format": "text"}');
\echo SQLSTATE :SQLSTATE
SELECT * FROM article_boilerplate('x', '{"drop": true}');
\echo SQLSTATE :SQLSTATE
-- a pattern PCRE2 rejects (terse: the detail quotes the PCRE2 message)
\set VERBOSITY terse
SELECT article_parse('x', '{"drop": "(unclosed"}');
\echo SQLSTATE :SQLSTATE
SELECT article_parse('x', '{"keep": ["fine", "[z-a]"]}');
\echo SQLSTATE :SQLSTATE
SELECT * FROM article_boilerplate('x', '{"drop": ["a", "b", "*"]}');
\echo SQLSTATE :SQLSTATE
\set VERBOSITY default
-- the same valid set still works after errors
SELECT count(*) FROM doc, article_boilerplate(doc.raw, '{"drop": "^Residents"}') b WHERE b.reason = 'pattern';
