/*
 * ap_dump.c — command-line front end of the core library: parses a file
 * (or stdin) and prints the result as JSON.  Used by the fixture tests,
 * the evaluation scripts and for debugging; no PostgreSQL needed.
 *
 *   ap_dump [--no-clean] [--no-quotes] [--no-entities] [FILE]
 */
#include "ap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
put_json_string(FILE *f, const char *s, size_t len)
{
	if (!s)
	{
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static void
put_str(FILE *f, ap_str s)
{
	put_json_string(f, s.ptr, s.len);
}

static char *
read_all(FILE *in, size_t *len)
{
	size_t		cap = 1 << 16,
				n = 0;
	char	   *buf = malloc(cap);

	for (;;)
	{
		if (n == cap)
			buf = realloc(buf, cap *= 2);
		size_t		r = fread(buf + n, 1, cap - n, in);

		if (r == 0)
			break;
		n += r;
	}
	*len = n;
	return buf;
}

int
main(int argc, char **argv)
{
	ap_options	opt;
	ap_result	res;
	const char *path = NULL;
	FILE	   *in = stdin,
			   *f = stdout;
	size_t		len;
	char	   *buf;

	ap_options_init(&opt);
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--no-clean") == 0)
			opt.clean = false;
		else if (strcmp(argv[i], "--no-quotes") == 0)
			opt.quotes = false;
		else if (strcmp(argv[i], "--no-entities") == 0)
			opt.entities = false;
		else
			path = argv[i];
	}
	if (path && !(in = fopen(path, "rb")))
	{
		perror(path);
		return 2;
	}
	buf = read_all(in, &len);
	if (in != stdin)
		fclose(in);
	ap_parse(buf, len, &opt, &res);

	fputs("{\n \"headline\": ", f);
	put_str(f, res.headline);
	fputs(",\n \"byline\": ", f);
	put_str(f, res.byline);
	fputs(",\n \"dateline\": ", f);
	put_str(f, res.dateline);
	if (res.has_timestamp)
		fprintf(f, ",\n \"published_epoch\": %lld", (long long) res.timestamp);
	fputs(",\n \"paragraphs\": [", f);
	for (int i = 0; i < res.n_paragraphs; i++)
	{
		fputs(i ? ",\n  " : "\n  ", f);
		put_str(f, res.paragraphs[i].text);
	}
	fputs("\n ],\n \"paragraph_sources\": [", f);
	for (int i = 0; i < res.n_paragraphs; i++)
		fprintf(f, "%s[%d, %d]", i ? ", " : "", res.paragraphs[i].src_start, res.paragraphs[i].src_end);
	fputs("],\n \"dropped\": [", f);
	for (int i = 0; i < res.n_dropped; i++)
	{
		fputs(i ? ",\n  {\"text\": " : "\n  {\"text\": ", f);
		put_str(f, res.dropped[i].text);
		fprintf(f, ", \"reason\": \"%s\", \"source\": [%d, %d]}", ap_reason_name(res.dropped[i].reason),
				res.dropped[i].src_start, res.dropped[i].src_end);
	}
	fputs("\n ],\n \"quotes\": [", f);
	for (int i = 0; i < res.n_quotes; i++)
	{
		ap_quote   *q = &res.quotes[i];

		fprintf(f, "%s{\"paragraph\": %d, \"text\": ", i ? ",\n  " : "\n  ", q->paragraph);
		put_str(f, q->text);
		fputs(", \"speaker\": ", f);
		put_str(f, q->speaker);
		fputs(", \"cue\": ", f);
		put_str(f, q->cue);
		fprintf(f, ", \"partial\": %s, \"offsets\": [%d, %d], \"source\": [%d, %d], \"speaker_source\": [%d, %d]}",
				q->partial ? "true" : "false", q->start_offset, q->end_offset, q->src_start, q->src_end,
				q->speaker_src_start, q->speaker_src_end);
	}
	fputs("\n ],\n \"entities\": [", f);
	for (int i = 0; i < res.n_entities; i++)
	{
		ap_entity  *e = &res.entities[i];

		fputs(i ? ",\n  {\"name\": " : "\n  {\"name\": ", f);
		put_str(f, e->name);
		fprintf(f, ", \"kind\": \"%s\", \"mentions\": %d, \"first_paragraph\": %d, \"aliases\": [",
				ap_kind_name(e->kind), e->mentions, e->first_paragraph);
		for (int k = 0; k < e->n_aliases; k++)
		{
			if (k)
				fputs(", ", f);
			put_str(f, e->aliases[k]);
		}
		fputs("]}", f);
	}
	fputs("\n ],\n \"mentions\": [", f);
	for (int i = 0; i < res.n_mentions; i++)
	{
		ap_mention *m = &res.mentions[i];

		fputs(i ? ",\n  {\"text\": " : "\n  {\"text\": ", f);
		put_str(f, m->text);
		fprintf(f, ", \"entity\": %d, \"paragraph\": %d, \"source\": [%d, %d]}", m->entity, m->paragraph,
				m->src_start, m->src_end);
	}
	fputs("\n ]\n}\n", f);
	ap_result_free(&res);
	free(buf);
	return 0;
}
