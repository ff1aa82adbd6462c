/*
 * ap_module.c — module magic and _PG_init: routes the core's memory and
 * interrupt hooks to palloc/pfree and CHECK_FOR_INTERRUPTS.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "ap.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* allocations live in the calling function's memory context */
static void *
ap_pg_alloc(size_t size)
{
	return MemoryContextAllocExtended(CurrentMemoryContext, size, MCXT_ALLOC_HUGE);
}

static void
ap_pg_release(void *ptr)
{
	pfree(ptr);
}

static void
ap_pg_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	static const ap_hooks hooks = {ap_pg_alloc, ap_pg_release, ap_pg_check_interrupts};

	ap_set_hooks(&hooks);
}
