-- readme: every recipe in README.md, as written there
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

-- Recipe: SELECT over a table of scrapes
CREATE TABLE scrapes (id bigserial PRIMARY KEY, url text, raw text);
INSERT INTO scrapes (url, raw) VALUES ('https://example.com/bus-routes', E'City Council Approves New Bus Routes\n\nBy Jane Doe\n\nThe city council on Tuesday approved four new bus routes that will serve the eastern suburbs from next spring.\n\nADVERTISEMENT\n\n\u201cThis is a good day for commuters,\u201d Mayor Anna Berg said after the vote.\n\nRead more');

SELECT id, (a).headline, (a).byline, cardinality((a).paragraphs) AS paragraphs
FROM (SELECT id, article_parse(raw) AS a FROM scrapes) s;

SELECT s.id, q.speaker, q.quote FROM scrapes s, article_quotes(s.raw) q;

SELECT e.name, e.kind, sum(e.mentions) AS mentions
FROM scrapes s, article_entities(s.raw) e
GROUP BY e.name, e.kind ORDER BY mentions DESC, e.name;

SELECT s.id, b.reason, b.block FROM scrapes s, article_boilerplate(s.raw) b;

-- Recipe: a materialized view of cleaned articles
CREATE MATERIALIZED VIEW clean_articles AS
SELECT id, url, (a).headline, (a).byline, (a).published,
       array_to_string((a).paragraphs, E'\n\n') AS body
FROM (SELECT id, url, article_parse(raw) AS a FROM scrapes) s;

REFRESH MATERIALIZED VIEW clean_articles;
SELECT id, headline, body FROM clean_articles;

-- Recipe: parse on insert with a trigger
CREATE TABLE articles (id bigserial PRIMARY KEY, raw text, headline text, body text, parsed jsonb);
CREATE TRIGGER articles_parse BEFORE INSERT OR UPDATE OF raw ON articles
  FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'headline', 'body', 'parsed');

INSERT INTO articles (raw) SELECT raw FROM scrapes;
SELECT headline, parsed -> 'quotes' -> 0 ->> 'speaker' AS first_speaker FROM articles;

-- Recipe: a generated column
ALTER TABLE scrapes ADD COLUMN headline text GENERATED ALWAYS AS (article_headline(raw)) STORED;
SELECT id, headline FROM scrapes;

-- Recipe: options
SELECT b.reason, b.block
FROM scrapes s, article_boilerplate(s.raw, '{"drop": ["^The city council"]}') b;
SELECT cardinality((article_parse(raw, '{"clean": false, "entities": false}')).paragraphs) AS blocks
FROM scrapes;

DROP TABLE articles;
DROP MATERIALIZED VIEW clean_articles;
DROP TABLE scrapes;
