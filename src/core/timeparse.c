/*
 * timeparse.c — owns turning a dateline into seconds since the epoch when
 * the text states an absolute time: ISO 8601 with an offset, or a date
 * (month name, day, year) with a clock time and a zone abbreviation or
 * offset, in any order ("3:45 PM EST, Tue March 4, 2025").
 */
#include "timeparse.h"

#include <stdio.h>

static const char *const month_names[12][2] = {
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
	{"may", "may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
	{"september", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"}
};

/* unambiguous zone abbreviations, minutes east of UTC */
static const struct
{
	const char *name;
	int			minutes;
}			zones[] = {
	{"utc", 0}, {"gmt", 0}, {"z", 0}, {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
	{"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}, {"akst", -540}, {"akdt", -480},
	{"hst", -600}, {"bst", 60}, {"cet", 60}, {"cest", 120}, {"eet", 120}, {"eest", 180},
	{"wet", 0}, {"west", 60}, {"msk", 180}, {"jst", 540}, {"kst", 540}, {"hkt", 480},
	{"sgt", 480}, {"aest", 600}, {"aedt", 660}, {"awst", 480}, {"nzst", 720}, {"nzdt", 780},
	{"wib", 420}, {"pkt", 300}, {"sast", 120}, {"eat", 180}, {"wat", 60}, {"cat", 120},
	{NULL, 0}
};

static int64_t
days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	const int64_t era = (y >= 0 ? y : y - 399) / 400;
	const unsigned yoe = (unsigned) (y - era * 400);
	const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + (int64_t) doe - 719468;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
read_int(const char *s, size_t len, size_t *i, int maxdigits)
{
	int			v = 0,
				n = 0;

	while (*i < len && is_digit(s[*i]) && n < maxdigits)
	{
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	return n ? v : -1;
}

/* "+05:30", "-0800", "+5": an offset from UTC in minutes at s[*i]; advances *i */
static bool
read_offset(const char *s, size_t len, size_t *i, int *minutes)
{
	int			sign,
				oh,
				om = 0;

	if (!(*i + 1 < len && (s[*i] == '+' || s[*i] == '-') && is_digit(s[*i + 1])))
		return false;
	sign = s[*i] == '-' ? -1 : 1;
	(*i)++;
	oh = read_int(s, len, i, 2);
	if (*i < len && s[*i] == ':')
		(*i)++;
	if (*i < len && is_digit(s[*i]))
		om = read_int(s, len, i, 2);
	*minutes = sign * (oh * 60 + om);
	return true;
}

bool
parse_timestamp(const char *s, size_t len, int64_t *epoch)
{
	int			year = -1,
				month = -1,
				day = -1,
				hour = -1,
				minute = -1,
				second = 0,
				offset = 0;
	bool		have_zone = false,
				pm = false,
				am = false;
	size_t		i = 0;

	if (len > 200)
		return false;
	while (i < len)
	{
		char		c = s[i];

		if (is_digit(c))
		{
			size_t		st = i;
			int			v = read_int(s, len, &i, 4);

			if (i - st == 4 && i < len && s[i] == '-' && year < 0)
			{
				/* ISO date */
				i++;
				int			mo = read_int(s, len, &i, 2);

				if (mo < 1 || i >= len || s[i] != '-')
					return false;
				i++;
				int			d = read_int(s, len, &i, 2);

				if (d < 1)
					return false;
				year = v;
				month = mo;
				day = d;
				if (i < len && (s[i] == 'T' || s[i] == ' ') && i + 1 < len && is_digit(s[i + 1]))
					i++;
				continue;
			}
			if (i < len && s[i] == ':' && i - st <= 2)
			{
				i++;
				int			mi = read_int(s, len, &i, 2);

				if (mi < 0 || hour >= 0)
					return false;
				hour = v;
				minute = mi;
				if (i < len && s[i] == ':')
				{
					i++;
					second = read_int(s, len, &i, 2);
					if (second < 0)
						return false;
				}
				if (i < len && s[i] == '.')
				{
					i++;
					while (i < len && is_digit(s[i]))
						i++;
				}
				if (i < len && (s[i] == 'Z' || s[i] == 'z'))
				{
					have_zone = true;
					offset = 0;
					i++;
				}
				else if (read_offset(s, len, &i, &offset))
					have_zone = true;
				continue;
			}
			if (i - st == 4 && v >= 1900 && v <= 2200)
			{
				if (year >= 0 && year != v)
					return false;
				year = v;
			}
			else if (i - st <= 2 && v >= 1 && v <= 31)
			{
				if (day >= 0 && day != v)
					return false;
				day = v;
				/* ordinal suffix */
				while (i < len && ((s[i] >= 'a' && s[i] <= 'z')))
					i++;
			}
			continue;
		}
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		{
			char		w[16];
			size_t		n = 0;

			while (i < len && (((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') || s[i] == '.'))
			{
				if (s[i] != '.' && n < sizeof(w) - 1)
					w[n++] = (char) (s[i] | 32);
				i++;
			}
			w[n] = '\0';
			if (strcmp(w, "am") == 0)
				am = true;
			else if (strcmp(w, "pm") == 0)
				pm = true;
			else
			{
				for (int m = 0; m < 12; m++)
					if (strcmp(w, month_names[m][0]) == 0 || strcmp(w, month_names[m][1]) == 0 ||
						(m == 8 && strcmp(w, "sept") == 0))
					{
						if (month >= 0 && month != m + 1)
							return false;
						month = m + 1;
					}
				for (int z = 0; zones[z].name; z++)
					if (strcmp(w, zones[z].name) == 0 && n > 1)
					{
						have_zone = true;
						offset = zones[z].minutes;
						if (strcmp(w, "utc") == 0 || strcmp(w, "gmt") == 0)
							(void) read_offset(s, len, &i, &offset);
					}
			}
			continue;
		}
		i++;
	}
	if (year < 0 || month < 0 || day < 0 || hour < 0 || !have_zone)
		return false;
	if (pm && hour < 12)
		hour += 12;
	if (am && hour == 12)
		hour = 0;
	if (hour > 23 || minute > 59 || second > 60 || day > 31)
		return false;
	*epoch = days_from_civil(year, (unsigned) month, (unsigned) day) * 86400 +
		hour * 3600 + minute * 60 + second - (int64_t) offset * 60;
	return true;
}
