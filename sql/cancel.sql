-- cancel: statement_timeout interrupts the parse of a 100 MB input (the core
-- checks for interrupts inside every long loop), and the backend stays usable.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;

SET statement_timeout = '1s';
SELECT length(article_clean(repeat('The council met and talked for hours about the plan. ', 2000000)));
SELECT cardinality((article_parse(repeat(E'Home\nNews\n\u201cWe agree,\u201d Anna Berg said.\n', 3000000))).quotes);
RESET statement_timeout;

SELECT article_headline(E'City Opens New Bridge\n\nThe new bridge over the river opened on Monday after three years of work.') AS still_working;
