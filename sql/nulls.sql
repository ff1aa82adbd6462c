-- nulls: every function is STRICT: a NULL argument gives NULL (no rows for
-- set-returning functions), including a NULL options document.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

SELECT article_parse(NULL) IS NULL AS parse,
       article_parse(NULL, '{}') IS NULL AS parse_options,
       article_parse('Title', NULL) IS NULL AS parse_null_options,
       article_clean(NULL) IS NULL AS clean,
       article_headline(NULL) IS NULL AS headline;

SELECT (SELECT count(*) FROM article_paragraphs(NULL)) AS paragraphs,
       (SELECT count(*) FROM article_quotes(NULL)) AS quotes,
       (SELECT count(*) FROM article_entities(NULL)) AS entities,
       (SELECT count(*) FROM article_mentions(NULL)) AS mentions,
       (SELECT count(*) FROM article_mentions(NULL, '{}')) AS mentions_options,
       (SELECT count(*) FROM article_mentions('Title', NULL)) AS mentions_null_options,
       (SELECT count(*) FROM article_boilerplate(NULL)) AS boilerplate,
       (SELECT count(*) FROM article_boilerplate(NULL, '{}')) AS boilerplate_options;

-- over a column with NULLs
SELECT raw IS NULL AS null_raw, article_parse(raw) IS NULL AS null_parse, article_headline(raw)
FROM (VALUES (NULL::text), (NULL)) v(raw);
