-- parallel: the functions are PARALLEL SAFE; a parallel plan (workers
-- loading the module and compiling patterns themselves) gives the same
-- results as a serial one.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

CREATE TABLE par_articles AS
  SELECT i AS id,
         format(E'Headline Number %s\n\nBy Jane Doe\n\n\u201cQuote %s is here,\u201d Maria Lopez said.\n\n'
                'Body paragraph %s about Springfield and Shelbyville.\n\nARTICLE AD BOX\n\nSponsored: item %s',
                i, i, i, i) AS raw
  FROM generate_series(1, 3000) i;
ANALYZE par_articles;

CREATE FUNCTION pg_temp.uses_gather(query text) RETURNS bool LANGUAGE plpgsql AS $$
DECLARE
  line text;
  found bool := false;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
    found := found OR line LIKE '%Gather%';
  END LOOP;
  RETURN found;
END $$;

\set q1 'SELECT count(*) AS n, sum(hashtext(to_jsonb(article_parse(raw))::text)) AS h FROM par_articles'
\set q2 'SELECT count(*) AS n, sum(hashtext(p.paragraph || p.source_start)) AS h FROM par_articles, article_paragraphs(raw) p'
\set q3 'SELECT count(*) AS n, sum(hashtext(b.block || b.reason)) AS h FROM par_articles, article_boilerplate(raw, ''{"drop": "^Sponsored"}'') b'
\set q4 'SELECT count(*) AS n, sum(hashtext(coalesce(article_headline(raw), '''') || coalesce(article_clean(raw), ''''))) AS h FROM par_articles'

SET max_parallel_workers_per_gather = 0;
SELECT pg_temp.uses_gather(:'q1') AS serial_plan_is_parallel;
:q1 \gset s1_
:q2 \gset s2_
:q3 \gset s3_
:q4 \gset s4_

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT pg_temp.uses_gather(:'q1') AS q1_parallel, pg_temp.uses_gather(:'q2') AS q2_parallel,
       pg_temp.uses_gather(:'q3') AS q3_parallel, pg_temp.uses_gather(:'q4') AS q4_parallel;
:q1 \gset p1_
:q2 \gset p2_
:q3 \gset p3_
:q4 \gset p4_

SELECT :s1_n AS parse_rows, :s1_h = :p1_h AS parse_same,
       :s2_n = :p2_n AND :s2_h = :p2_h AS paragraphs_same,
       :s3_n = :p3_n AND :s3_h = :p3_h AS boilerplate_same,
       :s4_n = :p4_n AND :s4_h = :p4_h AS accessors_same;

RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE par_articles;
