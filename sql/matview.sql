-- matview: a materialized view of parsed articles equals the live query,
-- before and after REFRESH (also CONCURRENTLY).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

CREATE TABLE mv_src (id int PRIMARY KEY, raw text);
INSERT INTO mv_src VALUES
  (1, E'City Opens New Bridge\n\nThe bridge opened on Monday.\n\n\u201cIt is open,\u201d Maria Lopez said.'),
  (2, E'Storm Hits Coast\n\nWinds reached 100 km/h overnight.\n\nARTICLE AD BOX'),
  (3, NULL);

CREATE VIEW live_articles AS
  SELECT s.id, a.headline, a.paragraphs, cardinality(a.quotes) AS quotes,
         cardinality(a.entities) AS entities, article_clean(s.raw) AS body
  FROM mv_src s, article_parse(s.raw) a;
CREATE MATERIALIZED VIEW mv_articles AS SELECT * FROM live_articles;
CREATE UNIQUE INDEX ON mv_articles (id);

CREATE VIEW mv_diff AS
  SELECT count(*) AS differing_rows
  FROM ((TABLE mv_articles EXCEPT TABLE live_articles)
        UNION ALL (TABLE live_articles EXCEPT TABLE mv_articles)) d;

SELECT (SELECT count(*) FROM mv_articles) AS rows, differing_rows FROM mv_diff;

INSERT INTO mv_src VALUES (4, E'Late News\n\nA fourth article arrived.');
UPDATE mv_src SET raw = E'Storm Leaves Coast\n\nThe winds eased by noon.' WHERE id = 2;
SELECT (SELECT count(*) FROM mv_articles) AS rows, differing_rows > 0 AS stale FROM mv_diff;

REFRESH MATERIALIZED VIEW mv_articles;
SELECT (SELECT count(*) FROM mv_articles) AS rows, differing_rows FROM mv_diff;

DELETE FROM mv_src WHERE id = 1;
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_articles;
SELECT (SELECT count(*) FROM mv_articles) AS rows, differing_rows FROM mv_diff;

DROP VIEW mv_diff;
DROP MATERIALIZED VIEW mv_articles;
DROP VIEW live_articles;
DROP TABLE mv_src;
