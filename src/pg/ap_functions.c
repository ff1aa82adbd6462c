/*
 * ap_functions.c — the SQL-callable parsing functions: article_parse,
 * article_clean, article_headline and the set-returning article_paragraphs,
 * article_quotes, article_entities, article_mentions, article_boilerplate.
 * All are IMMUTABLE STRICT PARALLEL SAFE; an optional second argument is the
 * jsonb options document.  Set-returning functions use materialize mode.
 */
#include "postgres.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "ap_pg.h"

PG_FUNCTION_INFO_V1(article_parse);
PG_FUNCTION_INFO_V1(article_clean);
PG_FUNCTION_INFO_V1(article_headline);
PG_FUNCTION_INFO_V1(article_paragraphs);
PG_FUNCTION_INFO_V1(article_quotes);
PG_FUNCTION_INFO_V1(article_entities);
PG_FUNCTION_INFO_V1(article_mentions);
PG_FUNCTION_INFO_V1(article_boilerplate);

/* parse argument 0 with the options in argument 1, if the function has one */
static void
parse_args(FunctionCallInfo fcinfo, bool want_quotes, bool want_entities, ap_result *res)
{
	Jsonb	   *options = PG_NARGS() > 1 ? PG_GETARG_JSONB_P(1) : NULL;

	ap_pg_parse(PG_GETARG_TEXT_PP(0), options, want_quotes, want_entities, res);
}

Datum
article_parse(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	ap_result	res;
	Datum		result;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("article_parse must be declared to return type article")));
	parse_args(fcinfo, true, true, &res);
	result = ap_pg_article(&res, BlessTupleDesc(desc));
	ap_result_free(&res);
	PG_RETURN_DATUM(result);
}

/* body paragraphs joined by a blank line; NULL when there is no paragraph */
Datum
article_clean(PG_FUNCTION_ARGS)
{
	ap_result	res;
	Datum		result;
	bool		isnull;

	parse_args(fcinfo, false, false, &res);
	result = ap_pg_clean_text(&res, &isnull);
	ap_result_free(&res);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

Datum
article_headline(PG_FUNCTION_ARGS)
{
	ap_result	res;
	Datum		result;
	bool		isnull;

	parse_args(fcinfo, false, false, &res);
	result = ap_pg_str(res.headline, &isnull);
	ap_result_free(&res);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/* ---- set-returning functions: column n, then the fields of row i ------- */

static void
paragraph_fields(const ap_result *res, int i, Datum *values, bool *nulls)
{
	const ap_paragraph *p = &res->paragraphs[i];

	values[0] = ap_pg_text(p->text.ptr, p->text.len);
	values[1] = Int32GetDatum(p->src_start);
	values[2] = Int32GetDatum(p->src_end);
}

static void
mention_fields(const ap_result *res, int i, Datum *values, bool *nulls)
{
	const ap_mention *m = &res->mentions[i];
	const ap_entity *e = &res->entities[m->entity];

	values[0] = ap_pg_text(m->text.ptr, m->text.len);
	values[1] = ap_pg_str(e->name, &nulls[1]);
	values[2] = CStringGetTextDatum(ap_kind_name(e->kind));
	values[3] = Int32GetDatum(m->paragraph);
	values[4] = Int32GetDatum(m->src_start);
	values[5] = Int32GetDatum(m->src_end);
}

static void
boilerplate_fields(const ap_result *res, int i, Datum *values, bool *nulls)
{
	const ap_dropped *d = &res->dropped[i];

	values[0] = ap_pg_text(d->text.ptr, d->text.len);
	values[1] = CStringGetTextDatum(ap_reason_name(d->reason));
	values[2] = Int32GetDatum(d->src_start);
	values[3] = Int32GetDatum(d->src_end);
}

/* put rows n = 1..count into the materialized result, then free res */
static Datum
return_rows(FunctionCallInfo fcinfo, ap_result *res, int count,
			void (*fill) (const ap_result *, int, Datum *, bool *))
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum	   *values;
	bool	   *nulls;
	int			natts;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	natts = rsinfo->setDesc->natts;
	values = palloc(sizeof(Datum) * natts);
	nulls = palloc(sizeof(bool) * natts);
	for (i = 0; i < count; i++)
	{
		memset(nulls, false, sizeof(bool) * natts);
		values[0] = Int32GetDatum(i + 1);
		fill(res, i, values + 1, nulls + 1);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	ap_result_free(res);
	return (Datum) 0;
}

Datum
article_paragraphs(PG_FUNCTION_ARGS)
{
	ap_result	res;

	parse_args(fcinfo, false, false, &res);
	return return_rows(fcinfo, &res, res.n_paragraphs, paragraph_fields);
}

Datum
article_quotes(PG_FUNCTION_ARGS)
{
	ap_result	res;

	parse_args(fcinfo, true, true, &res);	/* speakers are entity names */
	return return_rows(fcinfo, &res, res.n_quotes, ap_pg_quote_fields);
}

Datum
article_entities(PG_FUNCTION_ARGS)
{
	ap_result	res;

	parse_args(fcinfo, false, true, &res);
	return return_rows(fcinfo, &res, res.n_entities, ap_pg_entity_fields);
}

Datum
article_mentions(PG_FUNCTION_ARGS)
{
	ap_result	res;

	parse_args(fcinfo, false, true, &res);
	return return_rows(fcinfo, &res, res.n_mentions, mention_fields);
}

Datum
article_boilerplate(PG_FUNCTION_ARGS)
{
	ap_result	res;

	parse_args(fcinfo, false, false, &res);
	return return_rows(fcinfo, &res, res.n_dropped, boilerplate_fields);
}
