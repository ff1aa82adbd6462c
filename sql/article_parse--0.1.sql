-- article_parse 0.1: types and functions.  Relocatable: no schema names here.

\echo Use "CREATE EXTENSION article_parse" to load this file. \quit

CREATE TYPE article_quote AS (
    quote         text,     -- without the quotation marks
    speaker       text,     -- canonical entity name, NULL if unknown
    cue           text,     -- reporting phrase (said, told reporters, ...)
    paragraph     int,      -- 1-based
    partial       bool,     -- a fragment inside the writer's own sentence
    start_offset  int,      -- code points into the paragraph
    end_offset    int,
    source_start  int,      -- code points into the raw input, end exclusive
    source_end    int,
    speaker_start int,      -- speaker mention in the raw input, NULL if none
    speaker_end   int
);

CREATE TYPE article_entity AS (
    name            text,   -- canonical (longest) form
    kind            text,   -- person, organization, location, nationality
    mentions        int,
    aliases         text[], -- other surface forms seen
    first_paragraph int
);

CREATE TYPE article AS (
    headline   text,
    byline     text,
    dateline   text,        -- as written
    published  timestamptz, -- the dateline as an absolute time, if it gives one
    paragraphs text[],      -- body paragraphs, boilerplate removed
    quotes     article_quote[],
    entities   article_entity[]  -- most mentioned first
);

COMMENT ON TYPE article IS 'a parsed article: headline, byline, dateline, published, paragraphs, quotes, entities';
COMMENT ON TYPE article_quote IS 'a direct quotation found by article_parse';
COMMENT ON TYPE article_entity IS 'a named entity found by article_parse';

CREATE FUNCTION article_parse(raw text) RETURNS article
    AS 'MODULE_PATHNAME', 'article_parse'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION article_parse(raw text, options jsonb) RETURNS article
    AS 'MODULE_PATHNAME', 'article_parse'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION article_parse(text) IS 'parse a raw article scrape';
COMMENT ON FUNCTION article_parse(text, jsonb) IS 'parse a raw article scrape with options (format, clean, quotes, entities, drop, keep)';

CREATE FUNCTION article_clean(raw text) RETURNS text
    AS 'MODULE_PATHNAME', 'article_clean'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION article_clean(text) IS 'body paragraphs joined by a blank line; NULL when there is no paragraph';

CREATE FUNCTION article_headline(raw text) RETURNS text
    AS 'MODULE_PATHNAME', 'article_headline'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION article_headline(text) IS 'the headline of a raw article, NULL when none is found';

CREATE FUNCTION article_paragraphs(raw text)
    RETURNS TABLE (n int, paragraph text, source_start int, source_end int)
    AS 'MODULE_PATHNAME', 'article_paragraphs'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION article_paragraphs(text) IS 'body paragraphs with their source offsets';

CREATE FUNCTION article_quotes(raw text)
    RETURNS TABLE (n int, quote text, speaker text, cue text, paragraph int, partial bool,
                   start_offset int, end_offset int, source_start int, source_end int,
                   speaker_start int, speaker_end int)
    AS 'MODULE_PATHNAME', 'article_quotes'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

COMMENT ON FUNCTION article_quotes(text) IS 'direct quotations with speakers and offsets';

CREATE FUNCTION article_entities(raw text)
    RETURNS TABLE (n int, name text, kind text, mentions int, aliases text[], first_paragraph int)
    AS 'MODULE_PATHNAME', 'article_entities'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION article_entities(text) IS 'named entities, most mentioned first';

CREATE FUNCTION article_mentions(raw text)
    RETURNS TABLE (n int, mention text, entity text, kind text, paragraph int,
                   source_start int, source_end int)
    AS 'MODULE_PATHNAME', 'article_mentions'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;

CREATE FUNCTION article_mentions(raw text, options jsonb)
    RETURNS TABLE (n int, mention text, entity text, kind text, paragraph int,
                   source_start int, source_end int)
    AS 'MODULE_PATHNAME', 'article_mentions'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;

COMMENT ON FUNCTION article_mentions(text) IS 'every entity mention with its source offsets';
COMMENT ON FUNCTION article_mentions(text, jsonb) IS 'every entity mention with its source offsets, with options';

CREATE FUNCTION article_boilerplate(raw text)
    RETURNS TABLE (n int, block text, reason text, source_start int, source_end int)
    AS 'MODULE_PATHNAME', 'article_boilerplate'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

CREATE FUNCTION article_boilerplate(raw text, options jsonb)
    RETURNS TABLE (n int, block text, reason text, source_start int, source_end int)
    AS 'MODULE_PATHNAME', 'article_boilerplate'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

COMMENT ON FUNCTION article_boilerplate(text) IS 'dropped blocks and the reason for each';
COMMENT ON FUNCTION article_boilerplate(text, jsonb) IS 'dropped blocks and the reason for each, with options';

-- BEFORE INSERT OR UPDATE FOR EACH ROW; arguments: source column, target
-- columns, optionally a last '{...}' jsonb options document.
CREATE FUNCTION article_parse_trigger() RETURNS trigger
    AS 'MODULE_PATHNAME', 'article_parse_trigger'
    LANGUAGE C;

COMMENT ON FUNCTION article_parse_trigger() IS 'trigger: parse a text column into article, jsonb or field-named columns';
