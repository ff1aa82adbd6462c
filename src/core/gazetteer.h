/* gazetteer.h — placeholder until the generated gazetteer lands */
#ifndef AP_GAZETTEER_H
#define AP_GAZETTEER_H
#include <stddef.h>
typedef enum gaz_list {
    GAZ_LOCATION, GAZ_NATIONALITY, GAZ_ORGANIZATION, GAZ_GIVEN_NAME, GAZ_PERSON_TITLE,
    GAZ_ORG_SUFFIX, GAZ_FACILITY, GAZ_COMMON_WORD, GAZ_COUNT
} gaz_list;
typedef struct gaz_entry { const char *name; const char *canonical; } gaz_entry;
const gaz_entry *gaz_lookup(gaz_list list, const char *name, size_t len);
size_t gaz_count(gaz_list list);
#endif
