/* test_timeparse.c — absolute times from dateline text */
#include "timeparse.h"
#include "unit.h"

static int64_t
ts(const char *s, bool *ok)
{
	int64_t		v = 0;

	*ok = parse_timestamp(s, strlen(s), &v);
	return v;
}

int
main(void)
{
	bool		ok;
	int64_t		v;

	v = ts("2025-03-04T20:45:00Z", &ok);
	CHECK("ISO 8601 with Z parses", ok);
	CHECK_INT("ISO 8601 with Z value", v, 1741121100);
	v = ts("2025-03-04T15:45:00-05:00", &ok);
	CHECK_INT("ISO 8601 with offset", ok ? v : -1, 1741121100);
	v = ts("Updated 3:45 PM EST, Tue March 4, 2025", &ok);
	CHECK_INT("time, zone abbreviation, weekday and date in any order", ok ? v : -1, 1741121100);
	v = ts("Sunday 23 March 2025 09:12 GMT", &ok);
	CHECK_INT("day-month-year with GMT", ok ? v : -1, 1742721120);
	v = ts("Nov 27, 2026 10:04 UTC+5:30", &ok);
	CHECK_INT("UTC offset with minutes", ok ? v : -1, 1795754040);
	ts("6 hours ago", &ok);
	CHECK("relative time is not absolute", !ok);
	ts("March 4, 2025", &ok);
	CHECK("a date without a time and zone is not absolute", !ok);
	ts("March 4, 2025 3:45 PM", &ok);
	CHECK("a time without a zone is not absolute", !ok);
	ts("Nov 27, 2026 10:04 IST", &ok);
	CHECK("an ambiguous zone abbreviation is not absolute", !ok);
	ts("March 4 April 5, 2025 3:45 PM EST", &ok);
	CHECK("conflicting months are rejected", !ok);
	ts("2025-13-45T99:99Z", &ok);
	CHECK("out-of-range fields are rejected", !ok);
	return UNIT_DONE();
}
