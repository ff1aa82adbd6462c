-- trigger: article_parse_trigger fills article, jsonb and field-named
-- columns on INSERT and UPDATE, and reports misuse when it fires.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;
\set VERBOSITY default

CREATE TABLE trg_articles (
  id int PRIMARY KEY,
  raw text,
  art article,
  doc jsonb,
  headline text,
  byline text,
  dateline text,
  body text,
  paragraphs text[],
  published timestamptz,
  note text
);
CREATE TRIGGER trg_articles_parse BEFORE INSERT OR UPDATE ON trg_articles FOR EACH ROW
  EXECUTE FUNCTION article_parse_trigger('raw', 'art', 'doc', 'headline', 'byline', 'dateline',
                                         'body', 'paragraphs', 'published');

-- every target agrees with the parsing functions
CREATE VIEW trg_check AS
  SELECT id,
         to_jsonb(art) IS NOT DISTINCT FROM to_jsonb(article_parse(raw)) AS art_ok,
         doc IS NOT DISTINCT FROM to_jsonb(article_parse(raw)) AS doc_ok,
         headline IS NOT DISTINCT FROM article_headline(raw) AS headline_ok,
         byline IS NOT DISTINCT FROM (article_parse(raw)).byline
           AND dateline IS NOT DISTINCT FROM (article_parse(raw)).dateline AS byline_dateline_ok,
         body IS NOT DISTINCT FROM article_clean(raw) AS body_ok,
         paragraphs IS NOT DISTINCT FROM (article_parse(raw)).paragraphs AS paragraphs_ok,
         published IS NOT DISTINCT FROM (article_parse(raw)).published AS published_ok,
         (raw IS NULL) = (num_nonnulls(art, doc, headline, byline, dateline, body, paragraphs, published) = 0) AS nulls_ok
  FROM trg_articles;

INSERT INTO trg_articles (id, raw, headline) VALUES
  (1, E'City Opens New Bridge\n\nBy Jane Doe\n\n2024-05-01\n\n'
      'The bridge opened on Monday.\n\n\u201cIt is open,\u201d Maria Lopez said.', 'set by hand'),
  (2, '', NULL),
  (3, NULL, 'set by hand');
SELECT * FROM trg_check ORDER BY id;
SELECT id, headline IS DISTINCT FROM 'set by hand' AS overwritten FROM trg_articles ORDER BY id;

-- UPDATE of the source reparses; UPDATE of another column keeps things consistent
UPDATE trg_articles SET raw = E'Storm Hits Coast\n\nWinds reached 100 km/h.' WHERE id = 1;
UPDATE trg_articles SET raw = E'Late News\n\nA body arrived.' WHERE id = 3;
UPDATE trg_articles SET raw = NULL WHERE id = 2;
UPDATE trg_articles SET note = 'touched';
SELECT * FROM trg_check ORDER BY id;

-- options as the last argument; a varchar source; a jsonb-only target
CREATE TABLE trg_options (raw varchar, art article, doc jsonb);
CREATE TRIGGER trg_options_parse BEFORE INSERT ON trg_options FOR EACH ROW
  EXECUTE FUNCTION article_parse_trigger('raw', 'art', 'doc', '{"quotes": false, "entities": false}');
INSERT INTO trg_options VALUES (E'New Bridge Opens Downtown\n\n\u201cIt is open,\u201d Maria Lopez said.');
SELECT cardinality((art).quotes) AS quotes, cardinality((art).entities) AS entities,
       to_jsonb(art) = doc AS doc_ok,
       doc = to_jsonb(article_parse(raw, '{"quotes": false, "entities": false}')) AS same_as_function,
       cardinality((article_parse(raw)).quotes) > 0 AS quotes_without_options
FROM trg_options;
DROP TABLE trg_options;

-- misuse: each error names the culprit; SQLSTATE after each
CREATE TABLE trg_misuse (id int, raw text, body text, headline int, summary text, n int, doc jsonb);
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'nope');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('missing', 'doc');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'headline');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'summary');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('n', 'doc');
INSERT INTO trg_misuse (n) VALUES (1);
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('body', 'body');
INSERT INTO trg_misuse (body) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t AFTER INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'doc');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH STATEMENT EXECUTE FUNCTION article_parse_trigger('raw', 'doc');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT OR DELETE ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'doc');
INSERT INTO trg_misuse (raw) VALUES ('x');
DELETE FROM trg_misuse;
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger();
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', '{"quotes": false}');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'doc', '{"format": "pdf"}');
INSERT INTO trg_misuse (raw) VALUES (NULL);
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
CREATE TRIGGER t BEFORE INSERT ON trg_misuse FOR EACH ROW EXECUTE FUNCTION article_parse_trigger('raw', 'doc', '{not json');
INSERT INTO trg_misuse (raw) VALUES ('x');
\echo SQLSTATE :SQLSTATE
DROP TRIGGER t ON trg_misuse;
SELECT article_parse_trigger();
\echo SQLSTATE :SQLSTATE
SELECT count(*) AS rows_inserted FROM trg_misuse;

DROP TABLE trg_misuse;
DROP VIEW trg_check;
DROP TABLE trg_articles;
