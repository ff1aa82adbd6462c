/*
 * gazetteer.c -- lookup over the compiled-in gazetteer lists.
 * See gazetteer.h for the interface and SOURCES.md for the data.
 */
#include "gazetteer.h"

#include <stdint.h>
#include <stdlib.h>
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

/*
 * Each list gets a hash index on first use, kept for the life of the
 * process (like the compiled patterns): open addressing over entry
 * numbers, with each name's length beside it so a probe compares lengths
 * before bytes.  Without memory for it, lookups fall back to binary
 * search of the sorted array.
 */
typedef struct gaz_slot {
    uint32_t entry;     /* entry number + 1; 0 = empty */
    uint32_t len;
} gaz_slot;

typedef struct gaz_index {
    gaz_slot *slots;
    size_t mask;
    size_t max_len;     /* longest name: longer keys are not probed */
    int state;          /* 0 = not built, 1 = built, -1 = no memory */
} gaz_index;

static gaz_index gaz_indexes[GAZ_COUNT];

/*
 * A filter in front of the indexes: for each of 2^18 buckets of the hash,
 * the bit set of the lists holding some name that falls there.  Most keys
 * asked about (a capitalized run's every span, each in four lists) are in
 * none, and one byte of a 256 KB table answers that without touching the
 * larger indexes and entries.  Built with the indexes; NULL without memory.
 */
#define GAZ_FILTER_BITS 18
_Static_assert(GAZ_COUNT <= 8, "one bit per list in a byte");
static uint8_t *gaz_filter;
static int gaz_filter_state;    /* 0 = not built, 1 = built, -1 = no memory */

static inline size_t
gaz_filter_slot(uint64_t hash)
{
    return (size_t) ((hash * 0x9E3779B97F4A7C15ULL) >> (64 - GAZ_FILTER_BITS));
}

static uint64_t
gaz_hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ULL;    /* FNV-1a */

    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char) s[i]) * 1099511628211ULL;
    return h ^ (h >> 29);
}

static gaz_index *
gaz_index_for(gaz_list list)
{
    gaz_index *ix = &gaz_indexes[list];
    const struct gaz_table *t = &gaz_tables[list];
    size_t cap = 16;

    if (ix->state != 0)
        return ix;
    while (cap < t->count * 2)
        cap *= 2;
    ix->slots = calloc(cap, sizeof(gaz_slot));
    if (ix->slots == NULL || t->count >= UINT32_MAX) {
        free(ix->slots);
        ix->slots = NULL;
        ix->state = -1;
        return ix;
    }
    ix->mask = cap - 1;
    for (size_t k = 0; k < t->count; k++) {
        size_t len = strlen(t->entries[k].name);
        size_t i = gaz_hash(t->entries[k].name, len) & ix->mask;

        while (ix->slots[i].entry != 0)
            i = (i + 1) & ix->mask;
        ix->slots[i].entry = (uint32_t) k + 1;
        ix->slots[i].len = (uint32_t) len;
        if (len > ix->max_len)
            ix->max_len = len;
    }
    ix->state = 1;
    return ix;
}

gaz_key
gaz_key_make(const char *name, size_t len)
{
    gaz_key k;

    k.name = name;
    k.len = name ? len : 0;
    k.hash = name ? gaz_hash(name, len) : 0;
    return k;
}

static void
gaz_filter_build(void)
{
    gaz_filter_state = -1;
    gaz_filter = calloc((size_t) 1 << GAZ_FILTER_BITS, 1);
    if (gaz_filter == NULL)
        return;
    for (int list = 0; list < GAZ_COUNT; list++) {
        const struct gaz_table *t = &gaz_tables[list];

        for (size_t k = 0; k < t->count; k++) {
            const char *name = t->entries[k].name;

            gaz_filter[gaz_filter_slot(gaz_hash(name, strlen(name)))] |= (uint8_t) (1u << list);
        }
    }
    gaz_filter_state = 1;
}

const gaz_entry *
gaz_lookup_key(gaz_list list, const gaz_key *key)
{
    const struct gaz_table *t;
    gaz_index *ix;
    size_t lo, hi;
    const char *name = key->name;
    size_t len = key->len;

    if (!gaz_valid(list) || name == NULL || len == 0)
        return NULL;
    if (gaz_filter_state == 0)
        gaz_filter_build();
    if (gaz_filter_state == 1 && !(gaz_filter[gaz_filter_slot(key->hash)] & (1u << list)))
        return NULL;
    t = &gaz_tables[list];
    ix = gaz_index_for(list);
    if (ix->state == 1) {
        if (len > ix->max_len)
            return NULL;
        /* names are unique within a list (dictionary keys in gen_gazetteer.py) */
        for (size_t i = key->hash & ix->mask; ix->slots[i].entry != 0; i = (i + 1) & ix->mask) {
            const gaz_slot *sl = &ix->slots[i];

            if (sl->len == len && memcmp(t->entries[sl->entry - 1].name, name, len) == 0)
                return &t->entries[sl->entry - 1];
        }
        return NULL;
    }
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

const gaz_entry *
gaz_lookup(gaz_list list, const char *name, size_t len)
{
    gaz_key k = gaz_key_make(name, len);

    return gaz_lookup_key(list, &k);    /* which checks list, name and len */
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
