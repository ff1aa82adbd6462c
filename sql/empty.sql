-- empty: empty and white-space-only input gives an empty parse, no error:
-- NULL headline/byline/dateline/published, empty arrays, no rows, and
-- article_clean() NULL (there is no paragraph).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

CREATE TEMP TABLE empties (label text, raw text);
INSERT INTO empties VALUES
  ('empty', ''),
  ('space', ' '),
  ('blank lines', E'\n\n \t \n\n'),
  ('crlf', E'\r\n\r\n');

SELECT label, article_parse(raw) AS parse,
       article_parse(raw, '{"format": "text"}') AS parse_options,
       article_clean(raw) IS NULL AS clean_is_null,
       article_headline(raw) IS NULL AS headline_is_null
FROM empties ORDER BY label;

SELECT label,
       (SELECT count(*) FROM article_paragraphs(raw)) AS paragraphs,
       (SELECT count(*) FROM article_quotes(raw)) AS quotes,
       (SELECT count(*) FROM article_entities(raw)) AS entities,
       (SELECT count(*) FROM article_mentions(raw)) AS mentions,
       (SELECT count(*) FROM article_boilerplate(raw)) AS boilerplate
FROM empties ORDER BY label;

SELECT to_jsonb(article_parse('')) AS empty_parse;
