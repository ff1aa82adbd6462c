/*
 * ap_pg.h — declarations shared by the PostgreSQL glue files in src/pg:
 * calling the core on a text Datum and turning its result into Datums.
 */
#ifndef AP_PG_H
#define AP_PG_H

#include "postgres.h"

#include "access/tupdesc.h"
#include "utils/jsonb.h"

#include "ap.h"

/* number of fields of the SQL types article_quote and article_entity */
#define AP_QUOTE_NATTS	11
#define AP_ENTITY_NATTS 5
#define AP_ARTICLE_NATTS 7

/*
 * Parse raw (server encoding) with options (NULL for defaults).  Quote and
 * entity extraction are skipped unless asked for (and not disabled by
 * options): callers that do not show them need not pay for them.
 * Free the result with ap_result_free.
 */
extern void ap_pg_parse(text *raw, Jsonb *options, bool want_quotes,
						bool want_entities, ap_result *res);

/* server-encoded bytes -> UTF-8 for the core (may return s itself) */
extern const char *ap_pg_to_utf8(const char *s, int *len);

/* core UTF-8 strings -> text Datums in the server encoding */
extern Datum ap_pg_text(const char *ptr, size_t len);
extern Datum ap_pg_str(ap_str s, bool *isnull);	/* NULL when s.ptr is NULL */
extern Datum ap_pg_clean_text(ap_result *res, bool *isnull);	/* NULL if no paragraph */
extern Datum ap_pg_published(const ap_result *res, bool *isnull);
extern Datum ap_pg_paragraph_array(const ap_result *res);

/* the fields of one article_quote / article_entity row (no leading n) */
extern void ap_pg_quote_fields(const ap_result *res, int i, Datum *values, bool *nulls);
extern void ap_pg_entity_fields(const ap_result *res, int i, Datum *values, bool *nulls);

/* the whole article composite; desc is the article row type's descriptor */
extern Datum ap_pg_article(const ap_result *res, TupleDesc desc);

#endif							/* AP_PG_H */
