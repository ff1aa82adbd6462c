-- relocate: the extension is relocatable; after ALTER EXTENSION SET SCHEMA
-- the composite results and the trigger still work (element types and the
-- trigger's article type are found from the extension's own objects, not
-- by search_path), even with an unrelated type named "article" in public.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

CREATE SCHEMA regress_ap_moved;
ALTER EXTENSION article_parse SET SCHEMA regress_ap_moved;
CREATE TYPE public.article AS (x int);

SELECT pg_typeof(regress_ap_moved.article_parse('x')) AS type,
       to_jsonb(regress_ap_moved.article_parse(E'Title\n\nBody.'))
         = to_jsonb(regress_ap_moved.article_parse(E'Title\n\nBody.', '{}')) AS works;

CREATE TABLE reloc (raw text, art regress_ap_moved.article, doc jsonb, fake public.article);
CREATE TRIGGER reloc_parse BEFORE INSERT ON reloc FOR EACH ROW
  EXECUTE FUNCTION regress_ap_moved.article_parse_trigger('raw', 'art', 'doc');
INSERT INTO reloc (raw) VALUES (E'Bridge Opens\n\n\u201cIt is open,\u201d Maria Lopez said.');
SELECT to_jsonb(art) = to_jsonb(regress_ap_moved.article_parse(raw)) AS art_ok,
       doc = to_jsonb(regress_ap_moved.article_parse(raw)) AS doc_ok
FROM reloc;
-- a column of another type named article is not a target
CREATE TRIGGER reloc_fake BEFORE INSERT ON reloc FOR EACH ROW
  EXECUTE FUNCTION regress_ap_moved.article_parse_trigger('raw', 'fake');
INSERT INTO reloc (raw) VALUES ('x');

DROP TABLE reloc;
DROP TYPE public.article;
ALTER EXTENSION article_parse SET SCHEMA public;
DROP SCHEMA regress_ap_moved;
SELECT pg_typeof(article_parse('x')) AS type;
