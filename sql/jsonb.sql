-- jsonb: to_jsonb(article_parse(raw)) is a natural JSON document with the
-- documented field names (content depends on the core).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

CREATE TEMP TABLE doc AS SELECT
  E'New Bridge Opens Downtown\n\n\u201cIt is open,\u201d Maria Lopez said.'::text AS raw;

SELECT jsonb_pretty(to_jsonb(article_parse(raw))) FROM doc;

-- field names and JSON types, whatever the content
SELECT key, jsonb_typeof(value) FROM doc, jsonb_each(to_jsonb(article_parse(raw))) ORDER BY key;
SELECT DISTINCT k FROM doc, jsonb_array_elements(to_jsonb(article_parse(raw)) -> 'quotes') q,
                jsonb_object_keys(q) k ORDER BY k;
SELECT DISTINCT k FROM doc, jsonb_array_elements(to_jsonb(article_parse(raw)) -> 'entities') e,
                jsonb_object_keys(e) k ORDER BY k;

-- an empty parse
SELECT to_jsonb(article_parse(' '));
-- the JSON round-trips to the composite
SELECT jsonb_populate_record(NULL::article, to_jsonb(article_parse(raw))) = article_parse(raw) AS round_trip
FROM doc;
