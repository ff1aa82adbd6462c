-- install: the extension installs, also for a non-superuser (it is trusted),
-- and every parsing function is IMMUTABLE STRICT PARALLEL SAFE.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS article_parse CASCADE;
RESET client_min_messages;

SELECT e.name, e.default_version, v.trusted, v.relocatable
FROM pg_available_extensions e
JOIN pg_available_extension_versions v ON v.name = e.name AND v.version = e.default_version
WHERE e.name = 'article_parse';

CREATE EXTENSION article_parse;
\dx+ article_parse

-- volatility (i = immutable), parallel safety (s = safe), strictness
SELECT p.oid::regprocedure AS function, p.provolatile, p.proparallel, p.proisstrict,
       p.prorettype::regtype AS returns
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'article_parse'
ORDER BY 1::text;

-- trusted: a role with only CREATE on the database can install it
DROP EXTENSION article_parse;
CREATE ROLE regress_article_parse_user;
SELECT format('GRANT CREATE ON DATABASE %I TO regress_article_parse_user', current_database()) \gexec
SET ROLE regress_article_parse_user;
CREATE SCHEMA regress_ap_own;
CREATE EXTENSION article_parse SCHEMA regress_ap_own;
SELECT regress_ap_own.article_headline(E'City Opens New Bridge\n\nThe new bridge over the river opened on Monday after three years of work.') IS NOT NULL AS works;
DROP EXTENSION article_parse;
DROP SCHEMA regress_ap_own;
RESET ROLE;
SELECT format('REVOKE CREATE ON DATABASE %I FROM regress_article_parse_user', current_database()) \gexec
DROP ROLE regress_article_parse_user;

CREATE EXTENSION article_parse;
