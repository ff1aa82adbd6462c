/*
 * gazetteer.c -- lookup over the compiled-in gazetteer lists.
 * See gazetteer.h for the interface and SOURCES.md for the data.
 */
#include "gazetteer.h"

#include <string.h>

/* The generated arrays are compiled into this translation unit. */
#define GAZ_DATA_INCLUDED 1
#include "gazetteer_data.c"

static int
gaz_valid(gaz_list list)
{
    return (unsigned) list < (unsigned) GAZ_COUNT;
}

/* Compare key[0..len) with a NUL-terminated entry name: memcmp of the
 * common prefix, then shorter-first.  Equals strcmp order for names
 * without embedded NULs, which is how the generator sorts. */
static int
gaz_compare(const char *key, size_t len, const char *name)
{
    size_t nlen = strlen(name);
    int c = memcmp(key, name, len < nlen ? len : nlen);

    if (c != 0)
        return c;
    return (len > nlen) - (len < nlen);
}

const gaz_entry *
gaz_lookup(gaz_list list, const char *name, size_t len)
{
    const struct gaz_table *t;
    size_t lo, hi;

    if (!gaz_valid(list) || name == NULL || len == 0)
        return NULL;
    t = &gaz_tables[list];
    lo = 0;
    hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = gaz_compare(name, len, t->entries[mid].name);

        if (c == 0)
            return &t->entries[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

size_t
gaz_count(gaz_list list)
{
    return gaz_valid(list) ? gaz_tables[list].count : 0;
}

const gaz_entry *
gaz_entry_at(gaz_list list, size_t i)
{
    if (!gaz_valid(list) || i >= gaz_tables[list].count)
        return NULL;
    return &gaz_tables[list].entries[i];
}

unsigned
gaz_max_words(gaz_list list)
{
    return gaz_valid(list) ? gaz_tables[list].max_words : 0;
}
