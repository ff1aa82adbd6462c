-- hostile: inputs built to break a parser finish, in time linear in their
-- size, with a sensible result or a clear error; the statement timeout is
-- only a guard against a hang.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS article_parse;
RESET client_min_messages;
SET statement_timeout = '120s';

-- a 20 MB single line of prose: one paragraph
SELECT cardinality((a).paragraphs) AS paragraphs, length((a).paragraphs[1]) AS chars
FROM (SELECT article_parse(repeat('The council met and talked for hours. ', 530000)) AS a) s;

-- megabytes of opening quotation marks, and of balanced ones
SELECT cardinality((a).quotes) AS quotes FROM (SELECT article_parse(repeat(E'\u201c', 1000000)) AS a) s;
SELECT cardinality((a).quotes) AS quotes, ((a).quotes[1]).speaker AS first_speaker
FROM (SELECT article_parse(repeat(E'\u201cWe agree,\u201d Anna Berg said. ', 100000)) AS a) s;
SELECT cardinality((a).quotes) AS quotes
FROM (SELECT article_parse(repeat('He said "yes and no" and "maybe ', 100000)) AS a) s;

-- a million short lines, and a million header lines; without blank lines the
-- lower-case lines read as a dump of text nodes and join into one block
SELECT count(*) AS dropped FROM article_boilerplate(repeat(E'ab\n\n', 1000000));
SELECT count(*) AS dropped FROM article_boilerplate(repeat(E'ab\n', 1000000));
SELECT count(DISTINCT reason) AS reasons FROM article_boilerplate(repeat(E'Related\n', 1000000));

-- endless markup residue, every control character, a very long word
SELECT count(*) AS blocks, min(reason) AS reason FROM article_boilerplate(repeat('</p></div>', 1000000));
SELECT cardinality((a).paragraphs) AS paragraphs
FROM (SELECT article_parse(string_agg(chr(c), '') || ' The council met and talked for hours about the plan.') AS a
      FROM generate_series(1, 127) c) s;
SELECT cardinality((a).paragraphs) AS paragraphs, length((a).paragraphs[1]) AS chars
FROM (SELECT article_parse('The word is ' || repeat('a', 10000000) || ' and it ends here today.') AS a) s;

-- a parse producing 100k entities
SELECT cardinality((a).entities) AS entities
FROM (SELECT article_parse(string_agg(format('President Ab%sx Cd%sy spoke to the committee. ', i, i)
                                      || CASE WHEN i % 20 = 0 THEN E'\n\n' ELSE '' END, ''))
      AS a FROM generate_series(1, 100000) i) s;
SELECT count(*) AS mentions
FROM (SELECT string_agg(format('President Ab%sx Cd%sy spoke to the committee. ', i, i), '') AS raw
      FROM generate_series(1, 100000) i) s, article_mentions(s.raw);

-- mojibake, entities and combining marks by the megabyte
SELECT length(article_clean('The text ' || repeat(E'&amp;&#8217;&bogus;\u00e2\u20ac\u2122 ', 300000) || ' ends.')) > 0 AS cleaned;
SELECT length(article_clean('The text ' || repeat(E'e\u0301\u0301\u0301', 200000) || ' ends here.')) AS chars;

-- user patterns that backtrack catastrophically: bounded, no hang (only the third,
-- which really matches the long line, drops it)
SELECT count(*) AS dropped_by_pattern
FROM article_boilerplate(repeat('a', 50000) || E'b\n\nThe council met and talked for hours about the plan.',
                         '{"drop": ["^(a+)+$", "(a|a)*c$", "(?:a*)*b$"]}')
WHERE reason = 'pattern';

-- the backend is still fine
SELECT article_headline(E'City Opens New Bridge\n\nThe new bridge over the river opened on Monday after three years of work.');
