-- test/bench/baseline.sql: the baseline of make bench.
--
-- A hand-written cleanup of the kind teams run today before article_parse:
-- a chain of regexp_replace calls in plain SQL.  It strips tags and
-- character references, deletes whole lines that look like advertising,
-- share bars, cookie notices, subscription prompts, comment counts and
-- copyright footers, and folds white space.  It finds no headline, byline,
-- quotes or entities, and it keeps every menu, caption and related
-- headline that the patterns do not name.  make bench times it over the
-- same table as article_clean and prints the ratio.
CREATE OR REPLACE FUNCTION bench_baseline_clean(raw text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT btrim(
  regexp_replace(                                   -- 9. at most one blank line
  regexp_replace(                                   -- 8. fold runs of spaces and tabs
  regexp_replace(                                   -- 7. copyright and terms lines
  regexp_replace(                                   -- 6. comment counts and threads
  regexp_replace(                                   -- 5. subscribe / sign-in prompts
  regexp_replace(                                   -- 4. cookie and consent notices
  regexp_replace(                                   -- 3. share and print bars
  regexp_replace(                                   -- 2b. advertising markers
  regexp_replace(                                   -- 2a. character references
  regexp_replace(raw, '<[^>]*>', ' ', 'g'),         -- 1. tags
    '&(#[0-9]+|#x[0-9a-f]+|[a-z]+);', ' ', 'gi'),
    '^[^\n]*(advertisement|article ad box|sponsored|story continues below)[^\n]*$', '', 'gin'),
    '^[^\n]*(share (on|this)|facebook|twitter|whatsapp|linkedin|pinterest|print this|email this)[^\n]*$', '', 'gin'),
    '^[^\n]*(cookie|consent|privacy policy|accept all)[^\n]*$', '', 'gin'),
    '^[^\n]*(subscribe|sign up|sign in|log in|newsletter|create an account)[^\n]*$', '', 'gin'),
    '^[^\n]*([0-9]+ comments?|leave a (comment|reply)|view comments)[^\n]*$', '', 'gin'),
    '^[^\n]*(©|copyright|all rights reserved|terms of (use|service))[^\n]*$', '', 'gin'),
    '[ \t]+', ' ', 'g'),
    '\n( ?\n)+', E'\n\n', 'g'));
$$;
