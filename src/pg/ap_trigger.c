/*
 * ap_trigger.c — article_parse_trigger(): a BEFORE INSERT OR UPDATE FOR EACH
 * ROW trigger that parses a source text column into target columns.
 *
 *   CREATE TRIGGER t BEFORE INSERT OR UPDATE ON tab FOR EACH ROW
 *     EXECUTE FUNCTION article_parse_trigger('raw', 'target', ... [, '{options}']);
 *
 * A target of type article gets the whole parse, a jsonb target gets
 * to_jsonb of it, text columns named headline, byline, dateline and body
 * (article_clean), a text[] column named paragraphs and a timestamptz column
 * named published get those fields.  A last argument starting with '{' is a
 * jsonb options document.  A NULL source sets every target to NULL.  Misuse
 * is reported when the trigger fires, naming the column.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/transam.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

#include "ap_options.h"
#include "ap_pg.h"

PG_FUNCTION_INFO_V1(article_parse_trigger);

typedef enum target_kind
{
	TARGET_ARTICLE,
	TARGET_JSONB,
	TARGET_HEADLINE,
	TARGET_BYLINE,
	TARGET_DATELINE,
	TARGET_BODY,
	TARGET_PARAGRAPHS,
	TARGET_PUBLISHED
} target_kind;

/* columns filled because of their name (and required type) */
static const struct
{
	const char *name;
	Oid			type;
	target_kind kind;
}			named_targets[] = {
	{"headline", TEXTOID, TARGET_HEADLINE},
	{"byline", TEXTOID, TARGET_BYLINE},
	{"dateline", TEXTOID, TARGET_DATELINE},
	{"body", TEXTOID, TARGET_BODY},
	{"paragraphs", TEXTARRAYOID, TARGET_PARAGRAPHS},
	{"published", TIMESTAMPTZOID, TARGET_PUBLISHED},
};

#define USAGE_HINT "Use CREATE TRIGGER ... BEFORE INSERT OR UPDATE ON table FOR EACH ROW " \
	"EXECUTE FUNCTION article_parse_trigger('source_column', 'target_column', ...)."
#define TARGETS_HINT "A target column must be of type article or jsonb, a text column named " \
	"headline, byline, dateline or body, a text[] column named paragraphs, " \
	"or a timestamptz column named published."

/*
 * The article type of this extension: the one in the schema of this very
 * function, so that it follows ALTER EXTENSION ... SET SCHEMA.
 */
static Oid
article_type(FunctionCallInfo fcinfo)
{
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									   CStringGetDatum("article"), ObjectIdGetDatum(nsp));

	if (!OidIsValid(type))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("type article not found in schema \"%s\"", get_namespace_name(nsp)),
				 errhint("Reinstall the article_parse extension.")));
	return type;
}

/* a type's name for messages; user-defined types schema-qualified */
static char *
type_name(Oid type)
{
	return format_type_extended(type, -1, type >= FirstNormalObjectId ? FORMAT_TYPE_FORCE_QUALIFY : 0);
}

/* attribute number of column name, or a clear error */
static int
column_number(Relation rel, const char *name, const char *role)
{
	int			attnum = SPI_fnumber(RelationGetDescr(rel), name);

	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("%s column \"%s\" of relation \"%s\" does not exist",
						role, name, RelationGetRelationName(rel)),
				 errhint(USAGE_HINT)));
	return attnum;
}

static target_kind
classify_target(Relation rel, Form_pg_attribute att, Oid article)
{
	const char *name = NameStr(att->attname);
	int			i;

	if (att->atttypid == article)
		return TARGET_ARTICLE;
	if (att->atttypid == JSONBOID)
		return TARGET_JSONB;
	for (i = 0; i < lengthof(named_targets); i++)
	{
		if (strcmp(name, named_targets[i].name) != 0)
			continue;
		if (att->atttypid != named_targets[i].type)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("target column \"%s\" of relation \"%s\" is of type %s, but article_parse_trigger fills it with %s",
							name, RelationGetRelationName(rel),
							type_name(att->atttypid), type_name(named_targets[i].type)),
					 errhint(TARGETS_HINT)));
		return named_targets[i].kind;
	}
	ereport(ERROR,
			(errcode(ERRCODE_DATATYPE_MISMATCH),
			 errmsg("article_parse_trigger cannot fill target column \"%s\" of relation \"%s\" (type %s)",
					name, RelationGetRelationName(rel), type_name(att->atttypid)),
			 errhint(TARGETS_HINT)));
	return TARGET_JSONB;		/* not reached */
}

/* the value of one target from a parse (res NULL: the source was NULL) */
static Datum
target_value(target_kind kind, ap_result *res, Datum article, bool *isnull)
{
	*isnull = (res == NULL);
	if (res == NULL)
		return (Datum) 0;
	switch (kind)
	{
		case TARGET_ARTICLE:
			return article;
		case TARGET_JSONB:
			/* to_jsonb() of a composite equals row_to_json()::jsonb */
			return DirectFunctionCall1(jsonb_in,
									   CStringGetDatum(TextDatumGetCString(DirectFunctionCall1(row_to_json, article))));
		case TARGET_HEADLINE:
			return ap_pg_str(res->headline, isnull);
		case TARGET_BYLINE:
			return ap_pg_str(res->byline, isnull);
		case TARGET_DATELINE:
			return ap_pg_str(res->dateline, isnull);
		case TARGET_BODY:
			return ap_pg_clean_text(res, isnull);
		case TARGET_PARAGRAPHS:
			return ap_pg_paragraph_array(res);
		case TARGET_PUBLISHED:
			return ap_pg_published(res, isnull);
	}
	return (Datum) 0;			/* not reached */
}

/* what the trigger arguments ask for, checked against the relation */
typedef struct trigger_plan
{
	int			source;			/* attribute number of the source column */
	int			ntargets;
	int		   *cols;			/* attribute numbers of the targets */
	target_kind *kinds;
	Jsonb	   *options;		/* NULL when not given */
	Oid			article;		/* this extension's article type */
	bool		want_article;	/* an article or jsonb target needs the composite */
} trigger_plan;

static void
check_trigger_event(FunctionCallInfo fcinfo)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("article_parse_trigger() was not called by the trigger manager"),
				 errhint(USAGE_HINT)));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) || TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on relation \"%s\" must be fired BEFORE INSERT OR UPDATE FOR EACH ROW",
						trigdata->tg_trigger->tgname, RelationGetRelationName(trigdata->tg_relation)),
				 errhint(USAGE_HINT)));
}

/* arguments: source column, target columns, optionally '{options}' last */
static void
plan_trigger(FunctionCallInfo fcinfo, trigger_plan *plan)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel = trigdata->tg_relation;
	TupleDesc	tupdesc = RelationGetDescr(rel);
	char	  **args = trigdata->tg_trigger->tgargs;
	int			nargs = trigdata->tg_trigger->tgnargs;
	Oid			source_type;
	int			i;

	plan->article = article_type(fcinfo);
	plan->options = NULL;
	if (nargs > 0 && args[nargs - 1][0] == '{')
		plan->options = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(args[--nargs])));
	if (nargs < 2)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on relation \"%s\" needs a source column and at least one target column",
						trigdata->tg_trigger->tgname, RelationGetRelationName(rel)),
				 errhint(USAGE_HINT)));

	plan->source = column_number(rel, args[0], "source");
	source_type = TupleDescAttr(tupdesc, plan->source - 1)->atttypid;
	if (source_type != TEXTOID && source_type != VARCHAROID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("source column \"%s\" of relation \"%s\" is of type %s, not text",
						args[0], RelationGetRelationName(rel), type_name(source_type)),
				 errhint(USAGE_HINT)));

	plan->ntargets = nargs - 1;
	plan->cols = palloc(sizeof(int) * plan->ntargets);
	plan->kinds = palloc(sizeof(target_kind) * plan->ntargets);
	plan->want_article = false;
	for (i = 0; i < plan->ntargets; i++)
	{
		const char *name = args[i + 1];

		plan->cols[i] = column_number(rel, name, "target");
		if (plan->cols[i] == plan->source)
			ereport(ERROR,
					(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
					 errmsg("column \"%s\" of relation \"%s\" cannot be both source and target",
							name, RelationGetRelationName(rel)),
					 errhint(USAGE_HINT)));
		plan->kinds[i] = classify_target(rel, TupleDescAttr(tupdesc, plan->cols[i] - 1), plan->article);
		plan->want_article |= (plan->kinds[i] == TARGET_ARTICLE || plan->kinds[i] == TARGET_JSONB);
	}
}

Datum
article_parse_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	HeapTuple	tuple;
	trigger_plan plan;
	Datum		raw;
	bool		source_null;
	ap_result	res;
	ap_result  *parsed = NULL;	/* NULL when the source is NULL */
	Datum		article = (Datum) 0;
	Datum	   *values;
	bool	   *nulls;
	int			i;

	check_trigger_event(fcinfo);
	plan_trigger(fcinfo, &plan);
	tupdesc = RelationGetDescr(trigdata->tg_relation);
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;

	raw = heap_getattr(tuple, plan.source, tupdesc, &source_null);
	if (!source_null)
	{
		parsed = &res;
		ap_pg_parse(DatumGetTextPP(raw), plan.options, plan.want_article, plan.want_article, parsed);
		if (plan.want_article)
		{
			TupleDesc	desc = lookup_rowtype_tupdesc(plan.article, -1);

			article = ap_pg_article(parsed, desc);
			ReleaseTupleDesc(desc);
		}
	}
	else if (plan.options != NULL)
	{
		ap_options	unused;			/* still report bad options on a NULL row */

		ap_options_init(&unused);
		ap_pg_options(plan.options, &unused);
	}

	values = palloc(sizeof(Datum) * plan.ntargets);
	nulls = palloc(sizeof(bool) * plan.ntargets);
	for (i = 0; i < plan.ntargets; i++)
		values[i] = target_value(plan.kinds[i], parsed, article, &nulls[i]);
	if (parsed)
		ap_result_free(parsed);

	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, tupdesc, plan.ntargets,
													 plan.cols, values, nulls));
}
