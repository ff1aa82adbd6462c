-- encoding: in a LATIN1 or WIN1252 database input is converted to UTF-8 for
-- the core and results back (offsets count characters); a character the
-- database cannot hold (a typographic quote from &#8220; in LATIN1) raises
-- the usual conversion error; in SQL_ASCII bytes pass through, invalid UTF-8
-- is decoded leniently and results are valid UTF-8.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS regress_ap_latin1;
DROP DATABASE IF EXISTS regress_ap_win1252;
DROP DATABASE IF EXISTS regress_ap_sql_ascii;
RESET client_min_messages;
SELECT current_database() AS regress_db \gset
SHOW client_encoding;

CREATE DATABASE regress_ap_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
\c regress_ap_latin1
CREATE EXTENSION article_parse;
SHOW server_encoding;
CREATE TEMP TABLE doc AS SELECT E'Caf\u00e9 R\u00f6sti Opens\n\nThe caf\u00e9 on the Stra\u00dfe opened.\n\nGr\u00fc\u00dfe from Z\u00fcrich.'::text AS raw;
SELECT article_headline(raw), article_clean(raw) FROM doc;
SELECT p.n, p.paragraph, p.source_start, p.source_end,
       substr(doc.raw, p.source_start + 1, p.source_end - p.source_start) = p.paragraph AS traced
FROM doc, article_paragraphs(doc.raw) p;
SELECT to_jsonb(article_parse(raw)) -> 'paragraphs' FROM doc;
SELECT article_parse(raw, '{"drop": "^Gr\u00fc\u00dfe"}') FROM doc;
-- a character LATIN1 cannot hold, decoded from a character reference
SELECT article_clean(E'Caf\u00e9 Opens Its Doors\n\nThe caf\u00e9 said &#8220;welcome&#8221; to its first guests on Monday.');

CREATE DATABASE regress_ap_win1252 TEMPLATE template0 ENCODING 'WIN1252' LC_COLLATE 'C' LC_CTYPE 'C';
\c regress_ap_win1252
CREATE EXTENSION article_parse;
SHOW server_encoding;
-- WIN1252 holds typographic quotes: the quote and its speaker come back
SELECT q.quote, q.speaker, q.source_start, q.source_end
FROM article_quotes(E'Caf\u00e9 Opens Its Doors\n\n\u201cWelcome to the caf\u00e9,\u201d owner Ana Silva said on Monday.') q;
SELECT article_clean(E'Caf\u00e9 Opens Its Doors\n\nThe caf\u00e9 said &#8220;welcome&#8221; to its first guests on Monday.');

CREATE DATABASE regress_ap_sql_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C';
\c regress_ap_sql_ascii
CREATE EXTENSION article_parse;
SHOW server_encoding;
SELECT article_headline(E'Café Opens Its Doors\n\nThe café opened its doors on Monday morning.') AS utf8_bytes,
       article_headline(E'Bad \xff Byte Headline\n\nThe body of this article is one sentence long.') AS invalid_byte,
       convert_to(article_headline(E'Bad \xff Byte Headline\n\nThe body of this article is one sentence long.'), 'SQL_ASCII') AS invalid_byte_hex;

\c :regress_db
DROP DATABASE regress_ap_latin1;
DROP DATABASE regress_ap_win1252;
DROP DATABASE regress_ap_sql_ascii;
