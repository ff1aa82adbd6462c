/*
 * unit.h — minimal check macros for the core's C unit tests.
 *
 * Every check prints one line, "ok - <name>" or "not ok - <name>" (with a
 * "# ..." diagnostic line after a failure).  End main() with
 * "return UNIT_DONE();": it returns 1 if any check failed, else 0.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>

static int	unit_failures;

#define CHECK(name, cond) \
	do { \
		if (cond) \
			printf("ok - %s\n", (name)); \
		else \
		{ \
			printf("not ok - %s\n# %s:%d: %s\n", (name), __FILE__, __LINE__, #cond); \
			unit_failures++; \
		} \
		fflush(stdout); \
	} while (0)

#define CHECK_INT(name, got, want) \
	do { \
		long long	unit_got_ = (long long) (got), \
					unit_want_ = (long long) (want); \
		CHECK(name, unit_got_ == unit_want_); \
		if (unit_got_ != unit_want_) \
			printf("# got %lld, want %lld\n", unit_got_, unit_want_); \
	} while (0)

#define UNIT_DONE() (unit_failures > 0 ? 1 : 0)

#endif							/* UNIT_H */
