-- generated: the functions are IMMUTABLE, so they work in stored generated
-- columns and expression indexes.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

CREATE TABLE gen_articles (
  id int PRIMARY KEY,
  raw text,
  headline text GENERATED ALWAYS AS ((article_parse(raw)).headline) STORED,
  headline2 text GENERATED ALWAYS AS (article_headline(raw)) STORED,
  n_paragraphs int GENERATED ALWAYS AS (cardinality((article_parse(raw)).paragraphs)) STORED
);
CREATE INDEX gen_articles_headline_idx ON gen_articles (article_headline(raw));

INSERT INTO gen_articles (id, raw) VALUES
  (1, E'City Opens New Bridge\n\nThe bridge opened on Monday.\n\nTraffic fell by half.'),
  (2, E'Storm Hits Coast\n\nWinds reached 100 km/h overnight.'),
  (3, ''),
  (4, NULL);

SELECT id, headline IS NOT DISTINCT FROM headline2 AS same,
       headline IS NOT DISTINCT FROM article_headline(raw) AS current,
       n_paragraphs IS NOT DISTINCT FROM cardinality((article_parse(raw)).paragraphs) AS paragraphs
FROM gen_articles ORDER BY id;

UPDATE gen_articles SET raw = E'Bridge Closes Again\n\nThe bridge closed on Friday.' WHERE id = 1;
SELECT id, headline IS NOT DISTINCT FROM headline2 AS same,
       headline IS NOT DISTINCT FROM article_headline(raw) AS current,
       headline IS DISTINCT FROM article_headline(E'City Opens New Bridge\n\nThe bridge opened on Monday.') AS changed
FROM gen_articles WHERE id = 1;

-- the expression index is used and finds the row
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM gen_articles WHERE article_headline(raw) = 'x';
SELECT g.id FROM gen_articles g
WHERE article_headline(g.raw) = (SELECT headline FROM gen_articles WHERE id = 2);
RESET enable_seqscan;
RESET enable_bitmapscan;

DROP TABLE gen_articles;
