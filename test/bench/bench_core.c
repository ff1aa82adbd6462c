/*
 * bench_core.c — throughput of the core library on one core: parses every
 * file given (or every *.txt in a directory) repeatedly and prints MB/s and
 * articles/s for the full parse and for cleaning only (quotes and entities
 * off).  Best of RUNS passes.
 *
 *   bench_core [-r RUNS] [-n NAME] PATH...
 *   bench_core -s [-r RUNS] PATH...
 *   bench_core -m PATH...
 *
 * With -s it measures scaling instead: the files are concatenated (blank
 * lines between them) and cut at character boundaries into inputs of 1 KB,
 * 100 KB, 10 MB and 100 MB (repeating the text as needed); it prints the
 * full-parse cost in nanoseconds per byte at each size, then the peak
 * bytes the core allocates for one parse of the 100 MB input (counting
 * allocation hooks).  -m prints only that peak.
 */
#include "ap.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct doc
{
	char	   *data;
	size_t		len;
} doc;

static doc *docs;
static size_t ndocs,
			capdocs;

static void
add_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");

	if (!f)
		return;
	fseek(f, 0, SEEK_END);
	long		n = ftell(f);

	fseek(f, 0, SEEK_SET);
	if (ndocs == capdocs)
	{
		capdocs = capdocs ? capdocs * 2 : 64;
		docs = realloc(docs, capdocs * sizeof(doc));
	}
	docs[ndocs].data = malloc(n > 0 ? (size_t) n : 1);
	docs[ndocs].len = fread(docs[ndocs].data, 1, n > 0 ? (size_t) n : 0, f);
	ndocs++;
	fclose(f);
}

static void
add_path(const char *path)
{
	DIR		   *d = opendir(path);
	struct dirent *e;

	if (!d)
	{
		add_file(path);
		return;
	}
	while ((e = readdir(d)))
	{
		size_t		l = strlen(e->d_name);
		char		buf[4096];

		if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0)
		{
			snprintf(buf, sizeof(buf), "%s/%s", path, e->d_name);
			add_file(buf);
		}
	}
	closedir(d);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* seconds for one pass over all documents (small sets are repeated and averaged) */
static double
pass(const ap_options *opt, int reps)
{
	double		t0 = now();

	for (int k = 0; k < reps; k++)
		for (size_t i = 0; i < ndocs; i++)
		{
			ap_result	r;

			ap_parse(docs[i].data, docs[i].len, opt, &r);
			ap_result_free(&r);
		}
	return (now() - t0) / reps;
}

/*
 * Allocation hooks that count live bytes (a 16-byte header keeps each
 * block's size), for the peak memory of one parse.
 */
static size_t live_bytes,
			peak_bytes;

static void *
counting_alloc(size_t size)
{
	char	   *p = malloc(size + 16);

	if (!p)
	{
		fprintf(stderr, "bench_core: out of memory\n");
		exit(1);
	}
	memcpy(p, &size, sizeof(size));
	live_bytes += size;
	if (live_bytes > peak_bytes)
		peak_bytes = live_bytes;
	return p + 16;
}

static void
counting_release(void *ptr)
{
	size_t		size;
	char	   *p = (char *) ptr - 16;

	memcpy(&size, p, sizeof(size));
	live_bytes -= size;
	free(p);
}

/* peak bytes the core allocates while parsing s[0..len) once */
static size_t
parse_peak(const char *s, size_t len)
{
	ap_hooks	counting = {counting_alloc, counting_release, NULL};
	ap_options	opt;
	ap_result	res;

	ap_options_init(&opt);
	ap_parse("warm up", 7, &opt, &res);	/* per-process tables first */
	ap_result_free(&res);
	ap_set_hooks(&counting);
	live_bytes = peak_bytes = 0;
	ap_parse(s, len, &opt, &res);
	ap_result_free(&res);
	ap_set_hooks(NULL);
	return peak_bytes;
}

/* the concatenation of all documents, repeated until it holds at least min bytes */
static char *
concatenate(size_t min, size_t *len)
{
	size_t		total = 0,
				cap = min + 1048576;
	char	   *buf = malloc(cap);

	if (!buf)
		return NULL;
	while (total < min)
		for (size_t i = 0; i < ndocs && total < min; i++)
		{
			if (total + docs[i].len + 2 > cap)
			{
				cap = (total + docs[i].len + 2) * 2;
				buf = realloc(buf, cap);
				if (!buf)
					return NULL;
			}
			memcpy(buf + total, docs[i].data, docs[i].len);
			total += docs[i].len;
			buf[total++] = '\n';
			buf[total++] = '\n';
		}
	*len = total;
	return buf;
}

/* largest n <= want that does not cut a UTF-8 sequence at s[n] */
static size_t
char_boundary(const char *s, size_t avail, size_t want)
{
	size_t		n = want < avail ? want : avail;

	while (n > 0 && n < avail && ((unsigned char) s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/*
 * Cost per byte of full parses of inputs of `size` bytes: consecutive slices
 * of the concatenation, at least `volume` bytes in all, best of runs.
 */
static void
scale_one(const char *all, size_t all_len, size_t size, size_t volume, int runs, const char *label)
{
	ap_options	opt;
	double		best = 1e30;
	size_t		parsed_bytes = 0,
				parses = 0;

	ap_options_init(&opt);
	for (int r = 0; r < runs; r++)
	{
		size_t		pos = 0,
					done = 0,
					count = 0;
		double		t0 = now();

		while (done < volume)
		{
			if (pos + size > all_len)
				pos = 0;
			size_t		n = char_boundary(all + pos, all_len - pos, size);
			ap_result	res;

			ap_parse(all + pos, n, &opt, &res);
			ap_result_free(&res);
			pos += n;
			done += n;
			count++;
		}
		double		t = now() - t0;

		if (t < best)
			best = t;
		parsed_bytes = done;
		parses = count;
	}
	printf("bench scale_%s input_bytes=%zu parses=%zu bytes=%zu seconds=%.4f ns_per_byte=%.2f mb_per_s=%.1f\n",
		   label, size, parses, parsed_bytes, best, best * 1e9 / parsed_bytes,
		   parsed_bytes / 1048576.0 / best);
	fflush(stdout);
}

static int
scale(int runs, bool memory_only)
{
	size_t		all_len;
	char	   *all = concatenate((size_t) 105 << 20, &all_len);

	if (!all)
	{
		fprintf(stderr, "bench_core: out of memory\n");
		return 1;
	}
	if (!memory_only)
	{
		scale_one(all, all_len, 1000, 10u << 20, runs, "1KB");
		scale_one(all, all_len, 100000, 10u << 20, runs, "100KB");
		scale_one(all, all_len, 10000000, 10000000, runs, "10MB");
		scale_one(all, all_len, 100000000, 100000000, runs < 2 ? runs : 2, "100MB");
	}
	{
		size_t		n = char_boundary(all, all_len, 100000000);
		size_t		peak = parse_peak(all, n);

		printf("bench core_mem_100MB input_bytes=%zu peak_bytes=%zu peak_per_input=%.2f\n",
			   n, peak, (double) peak / n);
	}
	free(all);
	return 0;
}

int
main(int argc, char **argv)
{
	int			runs = 3;
	size_t		bytes = 0;
	bool		scaling = false,
				memory_only = false;
	const char *name = NULL;
	ap_options	full,
				clean;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]);
		else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			name = argv[++i];
		else if (strcmp(argv[i], "-s") == 0)
			scaling = true;
		else if (strcmp(argv[i], "-m") == 0)
			scaling = memory_only = true;
		else
			add_path(argv[i]);
	}
	if (ndocs == 0 || runs < 1)
	{
		fprintf(stderr, "usage: bench_core [-r RUNS] [-n NAME] PATH...\n"
				"       bench_core -s [-r RUNS] PATH...\n"
				"       bench_core -m PATH...\n");
		return 2;
	}
	if (scaling)
		return scale(runs, memory_only);
	for (size_t i = 0; i < ndocs; i++)
		bytes += docs[i].len;
	/* a pass over a small set is too short to time: repeat it up to ~4 MB */
	int			reps = bytes >= (4u << 20) ? 1 : (int) ((4u << 20) / (bytes ? bytes : 1));
	ap_options_init(&full);
	ap_options_init(&clean);
	clean.quotes = clean.entities = false;
	for (int which = 0; which < 2; which++)
	{
		double		best = 1e30;

		for (int r = 0; r < runs; r++)
		{
			double		t = pass(which == 0 ? &full : &clean, reps);

			if (t < best)
				best = t;
		}
		printf("bench core_%s%s%s docs=%zu bytes=%zu seconds=%.4f mb_per_s=%.1f articles_per_s=%.0f\n",
			   which == 0 ? "parse" : "clean", name ? "_" : "", name ? name : "", ndocs, bytes, best, bytes / 1048576.0 / best, ndocs / best);
	}
	return 0;
}
