/*
 * ap_options.h — jsonb options document -> ap_options (see ap_options.c).
 */
#ifndef AP_OPTIONS_H
#define AP_OPTIONS_H

#include "postgres.h"

#include "utils/jsonb.h"

#include "ap.h"

/*
 * Fill opt (already initialized with ap_options_init) from a jsonb object.
 * Raises ERRCODE_INVALID_PARAMETER_VALUE naming the culprit option.
 * Pattern sets stay owned by a per-backend cache.
 */
extern void ap_pg_options(Jsonb *jb, ap_options *opt);

#endif							/* AP_OPTIONS_H */
