/*
 * bench_core.c — throughput of the core library on one core: parses every
 * file given (or every *.txt in a directory) repeatedly and prints MB/s and
 * articles/s for the full parse and for cleaning only (quotes and entities
 * off).  Best of RUNS passes.
 *
 *   bench_core [-r RUNS] PATH...
 */
#include "ap.h"

#include <dirent.h>
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

static double
pass(const ap_options *opt)
{
	double		t0 = now();

	for (size_t i = 0; i < ndocs; i++)
	{
		ap_result	r;

		ap_parse(docs[i].data, docs[i].len, opt, &r);
		ap_result_free(&r);
	}
	return now() - t0;
}

int
main(int argc, char **argv)
{
	int			runs = 3;
	size_t		bytes = 0;
	ap_options	full,
				clean;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]);
		else
			add_path(argv[i]);
	}
	if (ndocs == 0)
	{
		fprintf(stderr, "usage: bench_core [-r RUNS] PATH...\n");
		return 2;
	}
	for (size_t i = 0; i < ndocs; i++)
		bytes += docs[i].len;
	ap_options_init(&full);
	ap_options_init(&clean);
	clean.quotes = clean.entities = false;
	for (int which = 0; which < 2; which++)
	{
		double		best = 1e30;

		for (int r = 0; r < runs; r++)
		{
			double		t = pass(which == 0 ? &full : &clean);

			if (t < best)
				best = t;
		}
		printf("bench core_%s docs=%zu bytes=%zu seconds=%.4f mb_per_s=%.1f articles_per_s=%.0f\n",
			   which == 0 ? "parse" : "clean", ndocs, bytes, best, bytes / 1048576.0 / best, ndocs / best);
	}
	return 0;
}
