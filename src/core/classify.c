/*
 * classify.c — owns stage 4: block features (length, words, terminal
 * punctuation, title case, function words, markup), pattern families for
 * page furniture (PCRE2, compiled once), and the context pass that finds
 * the run of prose and labels what lies around it.  Every drop keeps a
 * reason from the small set in ap.h.
 */
#include "classify.h"
#include "gazetteer.h"
#include "literals.h"
#include "patterns.h"

typedef struct block_features
{
	int32_t		cps;
	int32_t		words;
	int32_t		letters;
	int32_t		alnum;
	int32_t		cap_words;		/* capitalized content words */
	int32_t		content_words;	/* words that are not minor title words */
	int32_t		function_words;	/* English stop words */
	int32_t		tag_bytes;		/* bytes inside markup tags */
	int32_t		tags;
	int32_t		numbers;		/* words that start with a digit */
	bool		terminal;		/* ends like a sentence */
	bool		question;		/* ... with a question or exclamation mark */
	bool		prose;
	bool		thread_header;	/* a reader comment's header, when the page has three or more */
	uint8_t		repeat_unit;	/* bytes of the one character the block repeats ("━━━━", "____"), or 0 */
	uint8_t		code_marks;		/* CODE_MARK_ bits of the characters seen outside words */
} block_features;

#define CODE_MARK_EQUALS 1		/* '=': attributes printed as text */
#define CODE_MARK_BRACE 2		/* '{' or '}': a style sheet */

/* ---- words ---------------------------------------------------------------- */

static const char *const minor_words[] = {
	"a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in", "into", "nor",
	"of", "off", "on", "or", "per", "so", "the", "to", "up", "via", "vs", "with", "yet", NULL
};

static const char *const function_words[] = {
	"a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but",
	"by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he",
	"her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "more", "not", "of", "on",
	"one", "or", "our", "out", "over", "said", "says", "she", "so", "some", "than", "that",
	"the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "up",
	"us", "was", "we", "were", "what", "when", "which", "while", "who", "will", "with",
	"would", "you", "your", NULL
};

/* the lists compute_features looks every word up in, with one hash */
static const char *const *const feature_lists[] = {function_words, minor_words};
static size_t feature_word_max;	/* their longest word, set by classify_init */

static bool
in_list(const char *const *list, const char *s, size_t len)
{
	return word_list_has(list, s, len, true);
}

/* the text up to the first space */
static ltext
first_word_of(ltext t)
{
	const char *sp = memchr(t.s, ' ', t.len);
	ltext		w = {t.s, sp ? (size_t) (sp - t.s) : t.len, NULL};

	return w;
}

/* the first word of t (up to a space) is in list */
static bool
first_word_in(const char *const *list, ltext t)
{
	ltext		w = first_word_of(t);

	return in_list(list, w.s, w.len);
}

/* s[0..len) is a dictionary word, ASCII letters case folded (none is 32 bytes or longer) */
#define DICTIONARY_WORD_MAX 32
static bool
is_dictionary_word(const char *s, size_t len)
{
	char		low[DICTIONARY_WORD_MAX];

	if (len >= sizeof(low))
		return false;
	for (size_t k = 0; k < len; k++)
		low[k] = (char) ((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
	return gaz_lookup(GAZ_COMMON_WORD, low, len) != NULL;
}

/*
 * Length of a scraper's placeholder at s[i] ('['): "[image-5]", "[blog]",
 * "[ ]" (an image or a form field), 0 if none.  Bracketed text with spaces
 * or digits only ("[1]", "[citation needed]") is kept.  An image's file
 * name may be long: "[Fix-It-Friday-Layout-Edition-Call-Out-Photo]".  The html2text
 * program prints form fields as "[Unknown INPUT type]" and "[One of: a/b]".
 */
#define PLACEHOLDER_MAX 120
#define SELECT_MAX 1024			/* "[One of: a/b/c]": a form's choices, as the html2text program prints them */
static size_t
placeholder_len(const char *s, size_t len, size_t i)
{
	bool		letter = false;
	size_t		k = i + 1;

	static const char unknown_field[] = "[Unknown INPUT type]",
				choice_field[] = "[One of: ";
	const size_t unknown_len = sizeof(unknown_field) - 1,
				choice_len = sizeof(choice_field) - 1;

	if (len - i >= unknown_len && memcmp(s + i, unknown_field, unknown_len) == 0)
		return unknown_len;
	if (len - i > choice_len && memcmp(s + i, choice_field, choice_len) == 0)
	{
		size_t		span = len - i - choice_len < SELECT_MAX ? len - i - choice_len : SELECT_MAX;
		const char *close = memchr(s + i + choice_len, ']', span);

		return close ? (size_t) (close - s) + 1 - i : 0;
	}

	for (; k < len && k - i <= PLACEHOLDER_MAX && s[k] != ']'; k++)
	{
		unsigned char c = (unsigned char) s[k];

		if ((c | 32) >= 'a' && (c | 32) <= 'z')
			letter = true;
		else if (!(c == '-' || c == '_' || c == '.' || (c >= '0' && c <= '9') || (c == ' ' && !letter)))
			return 0;
	}
	if (k >= len || s[k] != ']')
		return 0;
	if (!letter)
	{
		/* "[]" and "[   ]": empty fields */
		for (size_t q = i + 1; q < k; q++)
			if (s[q] != ' ')
				return 0;
	}
	return k + 1 - i;
}

/* length of a markup tag or comment starting at s[i] ('<'), 0 if none */
static size_t
markup_tag_len(const char *s, size_t len, size_t i)
{
	size_t		j = i + 1;

	if (s[i] == '[')
		return placeholder_len(s, len, i);
	if (s[i] == '(')
	{
		/* form controls as text browsers print them: "(BUTTON)", "(IMAGE)"; not acronyms */
		static const char *const controls[] = {
			"BUTTON", "IMAGE", "IMG", "INLINE", "SUBMIT", "RESET", "TEXTAREA", "CHECKBOX", "RADIO",
			"OPTION", "IFRAME", "EMBED", "OBJECT", "VIDEO", "AUDIO", "FORM", NULL
		};
		size_t		k = i + 1;

		while (k < len && k - i <= 13 && s[k] >= 'A' && s[k] <= 'Z')
			k++;
		if (k < len && s[k] == ')')
			for (int c = 0; controls[c]; c++)
				if (ascii_eq(s + i + 1, k - i - 1, controls[c]))
					return k + 1 - i;
		return 0;
	}

	if (j + 2 < len && s[j] == '!' && s[j + 1] == '-' && s[j + 2] == '-')
	{
		/* <!-- comment -->, bounded */
		for (size_t k = j + 3; k + 2 < len && k - i < 4096; k++)
			if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>')
				return k + 3 - i;
		return 0;
	}
	if (j < len && (s[j] == '/' || s[j] == '!'))
		j++;
	if (j < len && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
	{
		size_t		k = j;

		while (k < len && k - i < 512 && s[k] != '>' && s[k] != '<')
			k++;
		if (k < len && s[k] == '>')
			return k + 1 - i;
	}
	return 0;
}

/* a closing quote, bracket or space, looked through for the sentence end before it */
static bool
closes_after_end(int32_t cp)
{
	return cp == '"' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == ')' || cp == ']' || cp == '\'' ||
		cp == ' ';
}

/* the block's last character cp (past closing marks) */
static void
set_sentence_end(block_features *f, int32_t cp)
{
	f->terminal = (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026);
	f->question = (cp == '?' || cp == '!');
}

/*
 * A rule drawn with one repeated symbol ("━━━━━━", "________", "* * *" is
 * not one): its features without a pass per character.  Text browsers draw
 * rules as wide as the page, so they can be a large share of a scrape.
 * False when the block is anything else.
 */
static bool
rule_line_features(ltext t, block_features *f)
{
	int			unit;
	int32_t		cp;

	if (t.len < 16)
		return false;
	cp = utf8_at(t.s, t.len, 0, &unit);
	if (t.len % (size_t) unit != 0 || char_is_letter(cp) || char_is_digit(cp) ||
		cp == '<' || cp == '[' || cp == '(' || cp == '>' ||
		memcmp(t.s, t.s + unit, t.len - (size_t) unit) != 0)
		return false;
	f->cps = (int32_t) (t.len / (size_t) unit);
	f->repeat_unit = (uint8_t) unit;
	/* as the end-of-block look in compute_features: closing marks are looked through, to nothing */
	if (!closes_after_end(cp))
		set_sentence_end(f, cp);
	return true;
}

static void
compute_features(ltext t, block_features *f)
{
	size_t		i = 0;

	memset(f, 0, sizeof(*f));
	if (rule_line_features(t, f))
		return;
	while (i < t.len)
	{
		int			n;
		int32_t		cp = utf8_at(t.s, t.len, i, &n);

		ap_tick();
		if (cp == '<' || cp == '[' || cp == '(')
		{
			size_t		tl = markup_tag_len(t.s, t.len, i);

			if (tl)
			{
				f->tags++;
				f->tag_bytes += (int32_t) tl;
				i += tl;
				continue;
			}
		}
		f->cps++;
		if (char_is_letter(cp))
		{
			/* a word */
			size_t		ws = i;
			bool		cap = char_is_upper(cp) || char_is_digit(cp);

			int32_t		letters = 0,
						alnum = 0,
						cps = 0;

			while (i < t.len)
			{
				unsigned char b = (unsigned char) t.s[i];
				int			m;
				int32_t		c;

				if (b < 0x80)
				{
					/* ASCII: the class table, counters kept out of *f until the word ends */
					unsigned char cls = ap_ascii_class[b];

					if (cls & (CHAR_LETTER | CHAR_DIGIT))
					{
						letters += (cls & CHAR_LETTER) != 0;
						alnum++;
					}
					else if (!(b == '\'' || b == '-' || b == '.' || b == '&' || b == '+'))
						break;
					cps++;
					i++;
					continue;
				}
				c = utf8_at(t.s, t.len, i, &m);
				if (!(char_is_alnum(c) || c == 0x2019))
					break;
				if (char_is_letter(c))
					letters++;
				if (char_is_alnum(c))
					alnum++;
				cps++;
				i += m;
			}
			f->letters += letters;
			f->alnum += alnum;
			f->cps += cps - 1;
			f->words++;
			size_t		wl = i - ws;

			while (wl > 0 && (t.s[ws + wl - 1] == '.' || t.s[ws + wl - 1] == '-'))
				wl--;
			unsigned	held = wl <= feature_word_max ?
				word_lists_holding(feature_lists, 2, t.s + ws, wl, true) : 0;

			if (held & 1)
				f->function_words++;
			if (!(held & 2))
			{
				f->content_words++;
				if (cap)
					f->cap_words++;
			}
			continue;
		}
		if (char_is_digit(cp))
		{
			f->alnum++;
			f->words++;
			f->numbers++;
			f->content_words++;
			f->cap_words++;
			while (i < t.len)
			{
				int			m;
				int32_t		c = utf8_at(t.s, t.len, i, &m);

				if (!(char_is_alnum(c) || c == '.' || c == ',' || c == ':' || c == '%'))
					break;
				f->cps++;
				i += m;
			}
			f->cps--;
			continue;
		}
		if (cp == '=')
			f->code_marks |= CODE_MARK_EQUALS;
		else if (cp == '{' || cp == '}')
			f->code_marks |= CODE_MARK_BRACE;
		i += n;
	}
	/* terminal punctuation, looking through closing quotes and brackets */
	{
		size_t		e = t.len;

		while (e > 0)
		{
			size_t		p = utf8_prev(t.s, e);
			int32_t		cp = utf8_at(t.s, t.len, p, NULL);

			if (closes_after_end(cp) || cp == '>')
			{
				if (cp == '>')
				{
					/* skip a trailing tag */
					size_t		q = p;

					while (q > 0 && t.s[q] != '<')
						q--;
					if (t.s[q] != '<')
						break;
					e = q;
					continue;
				}
				e = p;
				continue;
			}
			set_sentence_end(f, cp);
			break;
		}
	}
	f->prose = f->words >= 8 && f->function_words * 6 >= f->words &&
		(f->terminal || f->words >= 25);
}

static bool
title_like(const block_features *f)
{
	return f->content_words >= 2 && f->cap_words * 4 >= f->content_words * 3;
}

/* prose that cannot be a title: a question of twenty words or fewer may be one */
static bool
prose_not_title(const block_features *f)
{
	return f->prose && !(f->question && f->words <= 20);
}

/* ---- pattern families ----------------------------------------------------- */

typedef struct family
{
	ap_reason	reason;
	int32_t		max_words;
	/*
	 * Comma-separated lower-case literals of which every match contains one
	 * (literals.c), so blocks without any are not searched; NULL when there
	 * is no short list (anchored patterns still fail fast on a first byte
	 * their start table excludes).  Anchored ones have lists too: a failed
	 * match costs a call into PCRE2 for every short block.
	 */
	const char *literals;
	const char *pattern;
	rx_code    *re;
} family;

/*
 * Month and weekday names as a tree on their first letters, so PCRE2 tries
 * one branch per letter instead of every name (the same strings, and the
 * same order among names sharing a prefix).
 */
#define MONTHS "(?:J(?:an(?:uary)?|une?|uly?)|Feb(?:ruary)?|Ma(?:r(?:ch)?|y)|A(?:pr(?:il)?|ug(?:ust)?)|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
#define WEEKDAYS "(?:Mon|T(?:ue|ues|hu|hur|hurs)|Wed|Fri|S(?:at|un))(?:day|sday|nesday|rsday|urday)?"
/* "2025/3/4", "2025.12.17": slashes, or dots with two-digit parts (not a version: "2024.1.2"), not inside a path */
#define YEAR_FIRST_DATE "(?<![/.])\\b(?:19|20)[0-9]{2}(?:/[0-9]{1,2}/[0-9]{1,2}|\\.[0-9]{2}\\.[0-9]{2})"
/* ... ending a word, not a path or version going on ("2025/12/16/", "2024.1.2") */
#define YEAR_FIRST_DATE_WORD YEAR_FIRST_DATE "\\b(?![/.][0-9A-Za-z])"
#define AGENCIES "(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|Getty Images|Bloomberg|Shutterstock|Alamy|Xinhua|Anadolu|SOPA Images|NurPhoto|Sipa|ZUMA|PA|Pool|Redux)"

static family families[] = {
	{AP_REASON_ADVERTISEMENT, 6, "ad,sponsored,continue,paid,promoted,partner content",
		"^[-–—\\s]*(?:advertisement|advertising|advert|ads?|sponsored(?: content| post| links?| stories)?|"
		"article ad box|ad box|ad|(?:story|article) continues below(?: advertisement)?|paid (?:program|content|post|partner)|"
		"promoted(?: content| stories)?|partner content|scroll to continue(?: with content)?|"
		"continue (?:reading|article) below(?: advertisement)?)[-–—\\s:]*$", NULL},
	{AP_REASON_ADVERTISEMENT, 8, "main story",
		"^continue reading (?:the )?main story$", NULL},
	{AP_REASON_MARKUP, 30, "javascript,your browser",
		"\\b(?:enable|turn on|activate) javascript\\b|javascript is (?:disabled|required|not enabled|turned off)|"
		"(?:must|need to) have javascript enabled|requires javascript\\b|"
		"your browser (?:does not|doesn't) support", NULL},
	{AP_REASON_MARKUP, 30, "\"",
		"^\\s*[{\\[]\\s*\"[@\\w]+\"\\s*:", NULL},
	/*
	 * a page script's message: "There was an error while loading. Please
	 * reload this page.", "Oops! Something went wrong.", "No results found",
	 * "Thank you! Your submission has been received!"
	 */
	{AP_REASON_MARKUP, 20, "error,went wrong,no results,reload,refresh,submission",
		"^\\W*(?:there was an error while loading|an error (?:has )?occurred|(?:oops[,!]? )?something went wrong|"
		"no results found|sorry, no results|please (?:reload|refresh) (?:this|the) page|"
		"thank you[.!]? your submission has been received)"
		"(?: for \\S*)?[.!]?(?: please (?:reload|refresh|try)[^.!?]*[.!]?)?\\s*$", NULL},
	/* a template's filler text: "Lorem ipsum dolor sit amet, ...", "• Lorem ipsum 2" */
	{AP_REASON_MARKUP, 400, "lorem ipsum",
		"^\\W*lorem ipsum\\b", NULL},
	/* an embedded frame as lynx prints it: "IFRAME: https://…" */
	{AP_REASON_MARKUP, 120, "iframe:",
		"^iframe: \\S+$", NULL},
	{AP_REASON_CAPTION, 80, "(image,(photo,(pic,(credit,(illustration,(video,(file photo,(source",
		"\\((?:image|photo|photograph|picture|pic|credit|illustration|video|file photo|source|photo credit)s?\\s*(?:credit)?\\s*:[^)]*\\)\\s*$", NULL},
	/* an image's source alone on its line under it: "Source: statista.com", "Source: LYFE Marketing" */
	{AP_REASON_CAPTION, 5, "source",
		"^sources?:\\s*\\S+(?:\\s+\\S+){0,3}$", NULL},
	/* "Reuters/Jane Roe", "Jane Roe, The City Herald/Redux": a photo's credit */
	{AP_REASON_CAPTION, 80, "/",
		"\\b" AGENCIES "\\s*/\\s*\\p{Lu}|/\\s*" AGENCIES "\\s*$", NULL},
	{AP_REASON_CAPTION, 80, "photo",
		"\\((?:AP|AFP|Reuters|EPA) ?Photo[^)]*\\)", NULL},
	{AP_REASON_CAPTION, 80, "getty,shutterstock,alamy,istock",
		"(?:Getty Images|via Getty|Shutterstock|Alamy Stock Photo|Alamy|iStock(?:photo)?)\\s*\\)?\\s*$", NULL},
	/*
	 * "Black and white image of a hand ...", "Screenshot of a dashboard
	 * ...", "Line graph showing ...", "Diagram illustrating ...",
	 * "Infographic titled ...": up to three words that are not
	 * function words or verbs before the image's kind ("Here is a
	 * picture of", "Use the best image of" and "The Picture of Health"
	 * stay)
	 */
	{AP_REASON_CAPTION, 120, "image,photo,picture,illustration,screenshot,thumbnail,graphic,rendering,drawing,avatar,"
		"portrait,headshot,chart,diagram,graph,collage,logo",
		"^(?:an? )?(?:(?!(?:here|is|are|was|were|be|take|takes|taking|took|use|using|when|you|your|our|my|we|i|"
		"this|these|that|those|to|for|in|on|at|with|but|if|want|need|see|view|find|get|the|its|their|his|"
		"her|best|main|more|no|some|any|all|every|each|one)\\b)[\\w-]+ ){0,3}?"
		"(?:image|photo|photograph|picture|illustration|screenshot|thumbnail|graphic|rendering|drawing|avatar|"
		"portrait|headshot|infographic|chart|diagram|graph|collage|logo)s? "
		"(?:of|showing|depicting|representing|illustrating|titled)\\s"
		/*
		 * "This image shows the view of Qatar from the airplane.", "The
		 * image is representative of how ...", "This photo is for
		 * illustrative purposes only"
		 */
		"|^this (?:image|photo|photograph|picture|illustration) (?:shows|depicts)\\s"
		"|^(?:this|the) (?:image|photo|photograph|picture|illustration) is (?:(?:only )?(?:representative|illustrative) of|"
		"(?:only )?for illustrat(?:ion|ive purposes))\\b", NULL},
	{AP_REASON_CAPTION, 80, "image,photo,picture,pic,credit,illustration,avatar,portrait,headshot,courtesy",
		"^(?:image|photo|photograph|picture|pic|credit|illustration|file photo|photo credit)s?\\s*(?:credit)?\\s*:"
		"|^(?:photo|image|picture)s?\\s+(?:by|courtesy(?: of)?)\\s"
		"|^an? (?:avatar|portrait|headshot|image|photo|picture) (?:of|representing|showing)\\s"
		/* a caption that ends in its credit: "The Hoka Speedgoat 7. Photo: iRunFar/Jane Roe", "... Credit: Jane Roe" */
		"|\\b(?:(?:photos?|photograph|image|picture)(?: credits?| by| source)?|credits?): (?:(?!\\. )[^!?]){2,80}$"
		/* "... 1911. Photogravure, 14.6 x 22.9 cm. Courtesy Robert Mann Gallery.", "Courtesy of the artist" */
		"|(?:^|[.;,] )(?-i:Courtesy)(?: of)? [^.!?]{2,80}\\.?$", NULL},
	/*
	 * An image's name where the image was: "Acme Logo", "User's avatar",
	 * "Jane Roe Profile Image" (no function word, so "The steps to take
	 * when designing a logo" stays)
	 */
	{AP_REASON_CAPTION, 8, "logo,avatar,profile image,profile picture,profile photo,headshot",
		"^(?!.*\\b(?:a|an|the|to|for|your|our|my|their|his|her|its|how|what|why|when|with|new|this|that|"
		"is|are|was|were|be|in|on|at|and|or|vs)\\b)[^.!?:]{0,80}?"
		"(?:logo|avatar|profile (?:image|picture|photo|pic)|headshot)s?\\W*$", NULL},
	/* an image viewer's prompt: "Press enter or click to view image in full size", "View image in fullscreen" */
	{AP_REASON_CAPTION, 10, "click to,tap to,enlarge,full size,fullscreen,full screen",
		"^\\W*(?:(?:press enter or )?(?:click|tap) to (?:view|see|enlarge|expand|zoom)(?: the)?"
		"(?: image| photo| picture)?(?: in full ?(?:size|screen))?|(?:view|see) (?:the )?(?:image|photo|picture) "
		"in full ?(?:size|screen)|enlarge (?:this )?(?:image|photo|picture))\\W*$", NULL},
	{AP_REASON_DISCLAIMER, 60,
		"generated,newsroom reviewed,published,edited,produced,created,syndicated feed,views expressed,opinions expressed,"
		"informational purposes,advice,affiliate,commission,summary is ai,trust principles,standards:,editorial",
		"^\\W*(?:(?:the |this )?(?:summary|description|article|story|text|image) (?:is |was |has been )?ai[- ]generated|"
		"ai[- ]generated (?:summary|description|image)\\W*$)|"
		"\\b(?:newsroom reviewed|"
		"(?:this|the) (?:story|article|report|content|copy) (?:has|was|is) (?:been )?(?:auto-?generated|generated|published|edited|produced|created)\\s+(?:from|by|with|using)|"
		"from a syndicated feed|(?:has|have) not been edited by|"
		"(?:views|opinions) expressed (?:here|in this|by|on|do not|are not)|"
		"for (?:general )?informational purposes only|not (?:constitute|be construed as) (?:financial|investment|legal) advice|"
		"affiliate (?:links?|commission)|we may earn (?:a )?commission|summary is ai|trust principles|"
		"our (?:editorial )?standards:|editorial (?:standards|guidelines|independence))", NULL},
	/*
	 * the age of an old story: "This article is more than 3 months old", and
	 * a sentence after it that warns of its age ("I've probably changed my
	 * mind since, and it could be out of date.")
	 */
	{AP_REASON_DISCLAIMER, 40, "this article,this story,this post,this page,this report",
		"^\\W*this (?:article|story|post|page|report) (?:is|was (?:published|written|first published)) "
		"(?:more than|over) (?:\\d+|an?|one|two|three|four|five|six|ten) (?:days?|weeks?|months?|years?)(?: old| ago)"
		"(?:\\W*$|[.!] [^.!?]*\\b(?:out of date|outdated|no longer|changed|may not be|might not be)\\b[^.!?]*[.!]?\\s*$)", NULL},
	/*
	 * a not-advice notice may run to a long paragraph of its own, as do a
	 * trademark notice, an adviser's regulatory notice, a forward-looking
	 * statements caveat and a transcript's accuracy notice (up to 400
	 * words: a scrape that joins its lines makes one block of them all)
	 */
	{AP_REASON_DISCLAIMER, 400,
		"informational,not constitute,construed as,intended as,substitute for,trademark,"
		"advisory services,forward-looking statements,may vary",
		"\\b(?:for (?:general )?(?:educational (?:and|or) )?informational (?:(?:and|or) educational )?purposes only|"
		"not (?:constitute|be construed as|intended as|a substitute for) (?:\\w+ )?"
		"(?:financial|investment|legal|tax|medical|professional) advice|"
		"(?:is|are) (?:a )?(?:trademarks? (?:or|and) )?registered trademarks? of|"
		"advisory services are (?:only )?offered|may contain forward-looking statements|"
		"accuracy and availability of [\\w ]{0,40}transcripts may vary)", NULL},
	{AP_REASON_FOOTER, 10, "read,view,source link,full story,more",
		"^(?:read (?:the )?(?:entire|full|whole|complete|original|more)(?: article| story| report| post)?|continue reading|keep reading|"
		"read more|read on|click here to read(?: more)?|view (?:full|original|entire) (?:article|story)|source link|full story|"
		"read full (?:article|story)|more\\s*(?:\\.\\.\\.|…))[\\s.:…>»→]*$", NULL},
	{AP_REASON_FOOTER, 40, "reporting by,writing by,editing by,compiled by,produced by,edited by",
		"^\\(?\\s*(?:(?:additional )?reporting|writing|editing|compiled|produced|edited) by\\b", NULL},
	{AP_REASON_COOKIE, 120, "cookie,by continuing to",
		"\\b(?:we (?:and our (?:\\w+ )?partners )?use cookies|cookies? (?:policy|settings|preferences|notice|consent)|"
		"(?:accept|reject|allow|manage)(?: all)? cookies|this (?:site|website) uses cookies|by continuing to (?:browse|use)|"
		"consent to (?:the use of )?cookies|use of cookies|"
		/* a consent dialog's table: "Hotjar sets this cookie to ...", "Analytical cookies are used to ..." */
		"this cookie|cookies? (?:is|are) (?:used|set))\\b", NULL},
	/* a consent dialog's heading: "We Care About Your Privacy", "Manage consent", "Your Privacy Choices" */
	{AP_REASON_COOKIE, 6, "privacy,consent",
		"^(?:we (?:care about|value|respect) your privacy|your privacy (?:matters|choices|settings|is important to us)|"
		"privacy (?:preferences|settings|choices)|manage (?:your )?consent(?: preferences)?|consent preferences)\\W*$",
		NULL},
	{AP_REASON_COOKIE, 120, "accept,reject,manage,i agree,got it",
		"^(?:accept(?: all)?|reject(?: all)?|manage (?:preferences|settings|options)|i agree|got it|ok(?:ay)?, got it)$", NULL},
	{AP_REASON_SUBSCRIBE, 50,
		"subscribe,sign up,sign in,log in,login,register,join now,join today,join us,join free,get unlimited,get full,"
		"get our,get the,enter your email,account,already,free trial,unlock,become a",
		"^(?:subscribe|sign up|sign in|log in|login|register|join (?:now|today|us|free)|get (?:unlimited|full|our|the)|"
		"enter your email|create (?:a |your )?(?:free )?account|already (?:a subscriber|have an account)|"
		"start (?:your|a) free trial|unlock|become a (?:member|subscriber))\\b", NULL},
	/* a newsletter's prompts under a post: "Thanks for reading X! Subscribe for free to receive new posts ..." */
	{AP_REASON_SUBSCRIBE, 40,
		"new posts,paid subscriber,reader-supported,readers like you,support is,need your help,public so feel free",
		"\\b(?:subscribe for free to receive new posts|receive new posts and support|notifications about new posts|"
		"become a paid subscriber|is a reader-supported publication|funded by readers like you|"
		"your support is greatly appreciated|we need your help to keep publishing|"
		"this post is public so feel free to share)", NULL},
	{AP_REASON_SUBSCRIBE, 50, "subscribe,sign up,your inbox,unlimited,subscriber,newsletter,journalism",
		"\\b(?:subscribe (?:now|today|here|to (?:our|the|read|continue))|sign up (?:for|to) (?:our|the|free)|"
		"(?:to|in) your inbox|delivered (?:straight )?to your inbox|already a subscriber|"
		"unlimited (?:digital )?access|subscribers? only|for subscribers|newsletter sign[- ]?up|"
		"(?:free|daily|weekly) newsletter|support (?:our|independent) journalism|unsubscribe)\\b", NULL},
	/* the consent text under a sign-up or contact form (not an end-of-article mark, as sign-up prompts are) */
	{AP_REASON_COOKIE, 120,
		"signing up,clicking,submitting,subscribing,registering,continuing,entering,providing,checking,creating,"
		"tapping,selecting,pressing,completing,opting",
		"^\\W*by (?:signing up|clicking|submitting|subscribing|registering|continuing|entering|providing|checking|"
		"creating|tapping|selecting|pressing|completing|opting)\\b.{0,200}?\\b(?:you|i)(?:\\s+\\w+){0,2}\\s+"
		"(?:agree|consent|authori[sz]e|acknowledge|accept|confirm|certify)", NULL},
	{AP_REASON_COMMENTS, 16, "useful,helpful,click on a star,submit,rating,vote,rate this,sorry that,improve",
		"^(?:how (?:useful|helpful) was this|was this (?:article|page|post|information) (?:helpful|useful)|"
		"click on a star|submit (?:rating|feedback)|average rating|vote count|no votes so far|"
		"rate this (?:article|post|page|story)|we are sorry that this post|let us improve this post|"
		"tell us how we can improve)", NULL},
	/* a star rating on its own line: "4.8 out of 5 stars (193) 193 total reviews • Free trial available" */
	{AP_REASON_COMMENTS, 16, "out of 5 stars,out of five stars",
		"^\\W*[0-5](?:\\.[0-9])? out of (?:5|five) stars\\b", NULL},
	/* a form field as a text browser draws it: "Email Address ____________________" */
	{AP_REASON_MARKUP, 12, "________________", "_{16,}", NULL},
	/* a link's label that says where it opens: "Share on X (Opens in new window) X" */
	{AP_REASON_NAVIGATION, 16, "opens in",
		"opens in (?:a )?new (?:window|tab)", NULL},
	{AP_REASON_NAVIGATION, 5,
		"get started,apply,learn more,find out more,request,book,schedule,free,download,shop now,buy now,order now,"
		"start now,see more,see all,see details,see pricing,view more,view all,view details,view pricing,contact sales,"
		"talk to,quote,demo,visit",
		"^\\W*(?:get started|apply (?:now|today)|learn more|find out more|request (?:a )?(?:demo|meeting|quote|call)|"
		"book (?:a )?(?:demo|call|consultation)|schedule (?:a )?(?:demo|call)|try (?:it |(?:(?-i:\\p{Lu})\\S* ){1,2})?(?:for )?free|"
		"start (?:your )?free trial|download (?:now|the app|for free)|shop now|buy now|order now|start now|"
		"see (?:more|all|details|pricing)|view (?:more|all|details|pricing)|contact sales|talk to (?:sales|an expert)|"
		"get (?:a )?(?:quote|demo)|sign up (?:for )?free|visit (?:website|site|store))\\W*$", NULL},
	/* widget labels: embeds, review and price buttons, reading time, a bare "Image" or "Map" */
	{AP_REASON_NAVIGATION, 8,
		"view this post,jump to,full review,track price,price,read on,view on,view at,view it,buy on,buy at,buy it,"
		"shop on,shop at,shop it,more info,more details,previous next,button for slide,min read,mins read,"
		"minute read,minutes read,image,map",
		"^\\W*(?:view this post on (?:instagram|tiktok|x|twitter|facebook|threads)|jump to (?:review|recipe|details)|"
		"read (?:the )?full review|track price|see (?:the )?(?:latest )?prices? (?:at|on) \\w+|read on \\w+|"
		"(?:view|buy|shop) (?:it )?(?:on|at) \\w+(?: \\w+)?|more info|more details|previous next|"
		"button for slide \\d+.*|\\d+ min(?:ute)?s? read|image|map)\\W*$", NULL},
	{AP_REASON_FOOTER, 8, "about,author bio,meet the,more articles,more posts,more stories",
		"^(?:about (?:the )?(?:author|writer|authors|contributor|reviewer)s?|author bio|meet the (?:author|team)|"
		"more (?:articles|posts|stories) by)\\b", NULL},
	{AP_REASON_FOOTER, 80, "writer,journalist,editor,reporter,contributor,author,correspondent,freelancer,blogger,columnist",
		"^(?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}(?:is|was|has been) (?:an? |the )?(?:[\\p{L}-]+ ){0,4}"
		"(?:writer|journalist|editor|reporter|contributor|author|correspondent|freelancer|blogger|columnist)\\b"
		"(?:.*\\b(?:covers|writes|written|based in|work has|passionate|lives in|holds an?)\\b)?", NULL},
	{AP_REASON_COMMENTS, 8, "comment,join the,repl,reaction,respons,report,like,upvote,discussion about",
		"^(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?$|^discussion about this (?:post|episode|video|thread)$|^(?:view|show|read|see|load|hide|post|add|leave|write) (?:all |more |the |a |your )?comments?\\b"
		"|^join the (?:conversation|discussion)|^comments? (?:are )?(?:closed|disabled)|^\\d+ (?:replies|reactions|responses)$"
		"|^(?:be the first to comment|reply|report|like|upvote)$", NULL},
	/* a permission notice under a table or quote ("© A.M. Best Company, Inc. — used by permission"), not the page's */
	{AP_REASON_DISCLAIMER, 30, "permission",
		"\\b(?:used|reprinted|reproduced) (?:by|with) (?:kind )?permission\\b", NULL},
	{AP_REASON_COPYRIGHT, 60, "\xc2\xa9,(c),copyright,all rights reserved",
		"(?:^|\\s)(?:©|\\(c\\)|copyright\\b)\\s*(?:\\d{4}|[\\p{L}])|\\ball rights reserved\\b", NULL},
	{AP_REASON_NAVIGATION, 12,
		"skip,menu,search,home,close,open,back,navigation,section,next,prev,top,log,go to,jump to,print,explore,topic,"
		"tag,filed under,terms,privacy,contact us,about us,accessibility,sitemap,site map,careers,advertise",
		"^(?:skip to (?:main )?content|skip navigation|(?:main )?menu|search|home|close|open|back to top|toggle navigation|"
		"navigation|sections?|next|previous|prev|top|log ?out|go to|jump to|print|back|"
		"explore (?:more )?(?:on )?(?:these |this |related )?(?:topics?|tags?)|topics|tags|filed under:?)\\W*$"
		"|^(?:terms (?:of (?:use|service))?|terms (?:&|and) conditions|privacy(?: policy| notice)?|contact us|about us|"
		"accessibility|sitemap|site map|careers|advertise(?: with us)?)(?:\\s*[|·•/]\\s*.*)?$", NULL},
	/* a block is one line of single spaces: the separators' literals carry the spaces around them */
	{AP_REASON_NAVIGATION, 12, " | , \xc2\xb7 , \xe2\x80\xa2 ",
		"(?:\\s[|·•]\\s.*){3,}", NULL},
	{AP_REASON_RELATED, 12,
		"related,read,see also,more from,more on,more about,more stories,more news,more in,more articles,most read,most popular,"
		"most viewed,most shared,most watched,trending,recommended,you may,you might,top stories,latest,s picks,popular,"
		"t miss,in other news,watch,listen,recent posts,up next,these next",
		"^(?:related(?: articles?| stories| content| coverage| news| reading| links?| topics)?|read (?:also|next)|also read|see also|"
		"more (?:from|on|about|stories|news|in|articles)|most (?:read|popular|viewed|shared|watched)|trending(?: now| stories)?|"
		"recent posts|up next|read these next|"
		"recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in)|top stories|"
		"latest (?:news|stories|headlines|posts)|what to read next|editor'?s picks|popular (?:now|stories)|don'?t miss|"
		"in other news|watch(?: now)?|listen(?: now)?)\\b", NULL},
};

#define N_FAMILIES (sizeof(families) / sizeof(families[0]))

_Static_assert(sizeof(families) / sizeof(families[0]) <= 63, "one literal group per family, and the date group");

/* literal groups: one per family (its index), and one for date cues */
static literal_set family_literals;
/* the same for blocks of more than SHORT_FAMILY_WORDS words: only the families that try them */
static literal_set family_literals_long;
#define SHORT_FAMILY_WORDS 16

#define LITERALS_DATE 63
static bool date_literals_ok;
#define DATE_LITERALS "0,1,2,3,4,5,6,7,8,9,yesterday,just now"
/* the most words any family tries (set by classify_init): longer blocks skip the literal scan */
static int32_t family_max_words;

static rx_code *re_time;		/* a time expression */
static rx_code *re_time_lead;	/* Updated / Published keyword */
/*
 * A calendar date or a relative time, not a bare clock or weekday: asked
 * only whether one occurs (has_date_part), of three patterns apart, each
 * with a narrower table of first bytes than their alternation would have:
 * those led by a digit, by a month name, and the words "just now",
 * "yesterday", "today ... 10:30".  Short lines search them at about half
 * the cost of one pattern.
 */
static rx_code *re_date_part[3];
static rx_code *re_byline;
static rx_code *re_byline_cue;	/* "By" or "Written by" alone: the name is on the next line */
static rx_code *re_byline_named;	/* the name, then "By" and the name again */
static rx_code *re_reading_time;	/* "3 min read", "Reading time: 5 minutes" */
static rx_code *re_meta_line;	/* "Fact checked by", "Updated", "Posted in": never a headline */
static rx_code *re_full_date;	/* day, month and year: "Apr 21, 2017", "2025-03-04", "2025.03.04", "3/4/2025" */

static void
classify_init(void)
{
	if (re_time)
		return;
	feature_word_max = word_lists_max_len(feature_lists, 2, true);
	literal_set_init(&family_literals);
	literal_set_init(&family_literals_long);
	for (size_t i = 0; i < N_FAMILIES; i++)
	{
		families[i].re = rx_compile_builtin(families[i].pattern, true);
		if (families[i].max_words > family_max_words)
			family_max_words = families[i].max_words;
		/* a full set (a programming error) only costs speed: search always */
		if (families[i].literals &&
			(!literal_set_add(&family_literals, families[i].literals, (int) i) ||
			 (families[i].max_words > SHORT_FAMILY_WORDS &&
			  !literal_set_add(&family_literals_long, families[i].literals, (int) i))))
			families[i].literals = NULL;
	}
	date_literals_ok = literal_set_add(&family_literals, DATE_LITERALS, LITERALS_DATE);
	/*
	 * Dates are written with ASCII digits here: [0-9], not \d, which under
	 * UCP matches every decimal digit and stops PCRE2 from building the table
	 * of first bytes that lets these unanchored searches skip most of a block.
	 */
	re_time = rx_compile_builtin(
		"\\b[0-9]{1,3}\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?)\\s+ago\\b"
		"|\\b(?:just now|yesterday|today)\\b"
		/* a year may be glued to what follows it: "Mar 27, 20255 mins", "Dec 17, 2025Julian" */
		/* and a month to the name before it: "Stef KeeganAugust 5, 2024" */
		"|(?:\\b|(?<=\\p{Ll}))" MONTHS "\\.?\\s+[0-9]{1,2}(?:st|nd|rd|th)?(?:[,.]?\\s+[0-9]{4}\\b|[,.]?\\s+(?:19|20)[0-9]{2}(?=[\\p{L}0-9])|\\b)"
		"|\\b[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MONTHS "\\.?,?(?:\\s+[0-9]{4}\\b|\\s+(?:19|20)[0-9]{2}(?=[\\p{L}0-9])|\\b)"
		"|\\b" MONTHS "\\.?\\s+[0-9]{4}\\b"
		"|\\b(?:19|20)[0-9]{2}\\s+" MONTHS "\\.?\\s+[0-9]{1,2}\\b"		/* "2023 Jan 7" */
		"|\\b[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?\\b"
		"|" YEAR_FIRST_DATE_WORD
		"|\\b[0-9]{1,2}(?:/[0-9]{1,2}/|\\.[0-9]{1,2}\\.)[0-9]{2,4}\\b|\\b[0-9]{1,2}-[0-9]{1,2}-(?:19|20)[0-9]{2}\\b"
		"|\\b[0-9]{1,2}-" MONTHS "-(?:19|20)[0-9]{2}\\b"
		"|\\b[0-9]{1,2}[:.][0-9]{2}(?:\\s*[ap]\\.?m\\b\\.?)?(?:\\s+(?:(?-i:[A-Z]{2,5})\\b|GMT[+-]?[0-9]*|UTC[+-]?[0-9]*))?"
		"|\\b" WEEKDAYS "\\b",
		true);
	re_date_part[0] = rx_compile_builtin(
		"\\b[0-9]{1,3}\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?)\\s+ago\\b"
		"|\\b[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MONTHS "\\b"
		"|\\b[0-9]{4}-[0-9]{2}-[0-9]{2}(?:\\b|(?=T[0-9]))|" YEAR_FIRST_DATE_WORD
		"|\\b[0-9]{1,2}(?:/[0-9]{1,2}/|\\.[0-9]{1,2}\\.)[0-9]{2,4}\\b|\\b[0-9]{1,2}-[0-9]{1,2}-(?:19|20)[0-9]{2}\\b"
		"|\\b[0-9]{1,2}-" MONTHS "-(?:19|20)[0-9]{2}\\b",
		true);
	re_date_part[1] = rx_compile_builtin(
		"(?:\\b|(?<=\\p{Ll}))" MONTHS "\\.?\\s+[0-9]{1,2}(?:st|nd|rd|th)?\\b|\\b" MONTHS "\\.?,?\\s+[0-9]{4}\\b",
		true);
	re_date_part[2] = rx_compile_builtin(
		"\\b(?:just now|yesterday)\\b|\\btoday\\b.*[0-9]{1,2}:[0-9]{2}",
		true);
	re_reading_time = rx_compile_builtin(
		"\\b[0-9]+\\s*(?:min(?:ute)?s?|mins?\\.)\\s*(?:read|reading)\\b|\\breading time\\b(?:\\s*:?\\s*[0-9]+\\s*(?:min(?:ute)?s?))?", true);
	re_time_lead = rx_compile_builtin(
		"^(?:last\\s+)?(?:updated|published|posted|modified|first published|created|date)(?:\\s+on)?\\s*:?", true);
	/* the year may be glued to what follows ("May 21, 2025April 24, 2025") */
	re_full_date = rx_compile_builtin(
		"(?:\\b|(?<=\\p{Ll}))" MONTHS "\\.?\\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)[0-9]{2}"
		"|\\b[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MONTHS "\\.?,?\\s+(?:19|20)[0-9]{2}"
		"|\\b(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9])"
		"|" YEAR_FIRST_DATE "(?![0-9]|[/.][0-9A-Za-z])|\\b[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}",
		true);
	re_meta_line = rx_compile_builtin(
		"^(?:by\\b|by:|written|fact[- ]checked|reviewed|edited|updated|published|posted|last (?:updated|modified)|"
		"contributions? (?:from|by)|(?:guide|review|words|story|tested|compiled|produced) by\\b|"
		"(?:hero|featured|avatar|header|cover|thumbnail|profile) (?:image|photo|picture)|read (?:more|next|also)|"
		"search|free trial|free \\d+-day|sponsored|advertisement|subscribe|sign (?:up|in)|log ?in|"
		"on\\s+\\p{Lu}\\p{Ll}+\\s+\\d|in\\s+\\p{Lu}|filed|tags?:|categor|share|photo|image|credit|source:|read(?:ing)? time|\\d+\\s+min(?:ute)?s?\\s+read)",
		true);
	re_byline = rx_compile_builtin(
		"^(?:[-*+\\x{2022}\\x{25A1}\\x{2606}\\x{00B7}]\\s*)?"
		"(?:\\[[^\\]]{0,80}\\]\\s*)?"		/* an image placeholder glued in front */
		/* or its name ("Byline profile imageWritten by"), not a photo's credit ("Photo by ...") */
		"(?:(?:(?:byline|author) (?:profile )?|profile )(?:image|photo|picture)\\s*)?"
		/* the cue ("Written byby": a scraper printing it twice), then an image placeholder or a */
		/* form control a text browser prints ("(BUTTON)") */
		"(?:(?:by|written by|words by|story by|text by|posted by|authors?|(?:contributors?|words)(?=\\s*:))(?:by)?(?:\\s*:\\s*|\\s+)"
		"(?:\\[[^\\]]{0,80}\\]\\s*|(?-i:\\((?:BUTTON|IMAGE|IMG)\\))\\s*)?"
		"|(?-i:(?:Posted |Written |posted |written )by(?=\\p{Lu})|(?:by|By)(?=\\p{Lu}\\p{Ll})))(?=(?-i:the\\s+)?\\p{Lu})", true);
	re_byline_named = rx_compile_builtin(	/* "Jane Roe By Jane Roe" */
		"^(\\p{Lu}[\\p{L}.'\\x{2019}-]+(?:\\s+\\p{Lu}[\\p{L}.'\\x{2019}-]+){0,3})\\s+by\\s+(?=\\1\\b)", true);
	re_byline_cue = rx_compile_builtin(
		"^(?:[-*+\\x{2022}\\x{25A1}\\x{2606}\\x{00B7}]\\s*)?(?:by|written by|words by|story by|text by|posted by|article by|authored by|author)\\s*:?$", true);
}

/* ---- time expressions and bylines -------------------------------------- */

#define WORD3(a, b, c) (((uint32_t) (a) << 16) | ((uint32_t) (b) << 8) | (uint32_t) (c))

/*
 * False only when neither re_date_part nor (with times) re_time can match
 * s: every match holds a month name, "ago", "just now", "yesterday" or
 * "today" (their first three letters, ASCII case folded), or a digit, a
 * separator and a digit ("2025-03-04", "3/4/2025"); with times also a
 * weekday or a clock ("10:30").  One pass over the bytes instead of the
 * patterns' slow search over every letter.  A long s (U+017F), which
 * PCRE2's caseless matching equates with "s", sends s to the patterns (the
 * dotted and dotless i are not equated with "i", and NFC has already made
 * a Kelvin sign a "K").
 */
static bool
may_hold_date(const char *s, size_t len, bool times)
{
	uint32_t	last3 = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= '0' && c <= '9' && i + 2 < len && s[i + 2] >= '0' && s[i + 2] <= '9' &&
			(s[i + 1] == '-' || s[i + 1] == '/' || s[i + 1] == '.' || (times && s[i + 1] == ':')))
			return true;
		if (c == 0xC5 && i + 1 < len && (unsigned char) s[i + 1] == 0xBF)
			return true;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		last3 = ((last3 << 8) | c) & 0xFFFFFF;
		switch (last3)
		{
			case WORD3('j', 'a', 'n'):
			case WORD3('f', 'e', 'b'):
			case WORD3('m', 'a', 'r'):
			case WORD3('a', 'p', 'r'):
			case WORD3('m', 'a', 'y'):
			case WORD3('j', 'u', 'n'):
			case WORD3('j', 'u', 'l'):
			case WORD3('a', 'u', 'g'):
			case WORD3('s', 'e', 'p'):
			case WORD3('o', 'c', 't'):
			case WORD3('n', 'o', 'v'):
			case WORD3('d', 'e', 'c'):
			case WORD3('a', 'g', 'o'):
			case WORD3('j', 'u', 's'):
			case WORD3('y', 'e', 's'):
			case WORD3('t', 'o', 'd'):
				return true;
			case WORD3('m', 'o', 'n'):
			case WORD3('t', 'u', 'e'):
			case WORD3('w', 'e', 'd'):
			case WORD3('t', 'h', 'u'):
			case WORD3('f', 'r', 'i'):
			case WORD3('s', 'a', 't'):
			case WORD3('s', 'u', 'n'):
				if (times)
					return true;
				break;
			default:
				break;
		}
	}
	return false;
}

/* re_date_part matches somewhere in s[0..len) */
static bool
has_date_part(const char *s, size_t len)
{
	for (int k = 0; k < 3; k++)
		if (rx_search(re_date_part[k], s, len, 0, NULL, NULL))
			return true;
	return false;
}

bool
find_time_expression(const char *s, size_t len, size_t *start, size_t *end)
{
	size_t		ms,
				me,
				first_s = 0,
				last_e = 0,
				pos = 0;
	bool		found = false;
	int			guard = 0;

	classify_init();
	if (!may_hold_date(s, len, true))
		return false;
	while (pos < len && guard++ < 16 && rx_search(re_time, s, len, pos, &ms, &me))
	{
		if (!found)
			first_s = ms;
		found = true;
		last_e = me;
		pos = me > pos ? me : pos + 1;
	}
	if (!found)
		return false;
	if (rx_search(re_time_lead, s, len, 0, &ms, &me) && ms == 0)
		first_s = 0;
	while (last_e > first_s && (s[last_e - 1] == ' ' || s[last_e - 1] == ','))
		last_e--;
	*start = first_s;
	*end = last_e;
	return true;
}

static int count_words(const char *s, size_t len);
static void by_after_date(ltext t, size_t date_end, size_t *start, size_t *end);

/* the first full date of t that is not inside an image placeholder ("[shot-2024-06-12]") */
static bool
find_full_date(ltext t, size_t *start, size_t *end)
{
	size_t		pos = 0,
				ms,
				me;

	while (pos < t.len && rx_search(re_full_date, t.s, t.len, pos, &ms, &me))
	{
		bool		in_brackets = false;

		for (size_t k = ms; k > 0; k--)
		{
			if (t.s[k - 1] == ']')
				break;
			if (t.s[k - 1] == '[')
			{
				in_brackets = true;
				break;
			}
		}
		if (!in_brackets)
		{
			*start = ms;
			*end = me;
			return true;
		}
		pos = me;
	}
	return false;
}

/* "Posted on " or "Published on " opening t: its length, else 0 */
static size_t
posted_on_len(ltext t)
{
	if (t.len > 10 && ascii_ieq(t.s, 10, "posted on "))
		return 10;
	if (t.len > 13 && ascii_ieq(t.s, 13, "published on "))
		return 13;
	return 0;
}

/* the fraction of the block's words inside time expressions is high */
static bool
is_dateline_block(ltext t, const block_features *f, uint64_t literals, size_t *vs, size_t *ve,
				  size_t *by_s, size_t *by_e)
{
	/* a blog's meta line may run on: "Posted on July 1, 2024 by Jane Roe - 5 Comments on <title>" */
	size_t		lead = posted_on_len(t);

	if ((f->words > 14 || f->prose) && !(lead && f->words <= 60))
		return false;
	/*
	 * every date part has a digit, "yesterday" or "just now" (a long block's
	 * literal scan does not look for them)
	 */
	if (!lead && date_literals_ok && !(literals & ((uint64_t) 1 << LITERALS_DATE)))
		return false;
	/* a clock time, a price or a weekday alone is not a dateline */
	if (!may_hold_date(t.s, t.len, false) || !has_date_part(t.s, t.len))
		return false;
	if (!find_time_expression(t.s, t.len, vs, ve))
		return false;
	/* words outside the expression: few, and no sentence ("by Jane Roe ..." after it aside) */
	size_t		outside = 0,
				limit;

	size_t		rs = 0,
				re = 0;

	*by_s = *by_e = 0;
	by_after_date(t, *ve, by_s, by_e);
	limit = *by_e > *by_s ? *by_s : t.len;
	/* nor a reading time: "March 15, 2022 · 3 min read" */
	if (rx_search(re_reading_time, t.s, t.len, 0, &rs, &re) && rs >= *ve)
		rs = rs > 0 ? rs - 1 : rs;	/* with the space before it */
	else
		rs = re = 0;
	/* the date right after "Posted on": categories or a comment count may follow ("... in Health, Nutrition") */
	if (lead && *vs <= lead)
	{
		size_t		ds,
					de;

		if (find_time_expression(t.s + lead, t.len - lead, &ds, &de) && ds == 0 && lead + de <= *ve)
			return true;
	}
	for (size_t i = 0; i < limit; i++)
		if ((i < *vs || i >= *ve) && !(i >= rs && i < re) && t.s[i] == ' ')
			outside++;
	return outside <= 4 && !(f->terminal && f->words > 4 && *by_e == *by_s);
}

/*
 * One or two words, each a plain dictionary word and the first no given
 * name: "Role", "Use Case", "Region" (but "Reuters", "Jane Roe", "Will Smith").
 */
static bool
plain_words_only(const char *s, size_t len)
{
	size_t		i = 0;
	int			words = 0;

	while (i < len)
	{
		size_t		ws = i;

		while (i < len && s[i] != ' ')
			i++;
		if (i - ws >= DICTIONARY_WORD_MAX || ++words > 2)
			return false;
		if (words == 1 && gaz_lookup(GAZ_GIVEN_NAME, s + ws, i - ws))
			return false;
		if (!is_dictionary_word(s + ws, i - ws))
			return false;
		while (i < len && s[i] == ' ')
			i++;
	}
	return words > 0;
}

/* t contains the n bytes of needle (memmem is not in C11) */
static bool
has_bytes(ltext t, const char *needle, size_t n)
{
	for (size_t i = 0; n > 0 && i + n <= t.len; i++)
		if (t.s[i] == needle[0] && memcmp(t.s + i, needle, n) == 0)
			return true;
	return false;
}

/*
 * Offset of a month name glued to the end of a word ("GiuffridaMar 5",
 * "WalterDecember 30") at or after from, when a day number follows; 0 if
 * none.  Names with inner capitals ("McDonald") are not followed by a month.
 */
static size_t
glued_month(ltext t, size_t from)
{
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Nov", "Dec", NULL
	};

	for (size_t i = from + 1; i < t.len; i++)
	{
		if (!(t.s[i] >= 'A' && t.s[i] <= 'Z') || !(t.s[i - 1] >= 'a' && t.s[i - 1] <= 'z'))
			continue;
		for (int k = 0; months[k]; k++)
		{
			size_t		l = strlen(months[k]);
			size_t		j = i + l;

			if (j < t.len && memcmp(t.s + i, months[k], l) == 0)
			{
				if (t.s[j] == '.')
					j++;
				if (j + 1 < t.len && t.s[j] == ' ' && t.s[j + 1] >= '0' && t.s[j + 1] <= '9')
					return i;
			}
		}
	}
	return 0;
}

/*
 * "March 4, 2025 by Jane Roe", "Posted on July 1, 2024 by Jane Roe - 5
 * Comments": the name after "by" behind a date ending at date_end, up to a
 * separator, a number or the end.  Sets [*start, *end) or leaves them.
 */
static void
by_after_date(ltext t, size_t date_end, size_t *start, size_t *end)
{
	size_t		i = date_end,
				s,
				e;

	for (;;)
	{
		const unsigned char *u = (const unsigned char *) t.s;
		size_t		rs,
					re;

		if (i < t.len && (u[i] == ' ' || u[i] == ',' || u[i] == '|' || u[i] == '-'))
			i++;
		else if (i + 1 < t.len && u[i] == 0xC2 && u[i + 1] == 0xB7)
			i += 2;				/* · */
		else if (i + 2 < t.len && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA2 || u[i + 2] == 0x94))
			i += 3;				/* • — */
		else if (i < t.len && t.s[i] >= '0' && t.s[i] <= '9' &&
				 rx_search(re_reading_time, t.s, t.len, i, &rs, &re) && rs == i)
			i = re;				/* "3 min read" */
		else
			break;
	}
	/* "Posted on December 18, 2025  Posted by Jane Roe" */
	if (i + 10 < t.len && ascii_ieq(t.s + i, 10, "posted by "))
		i += 7;
	else if (i + 11 < t.len && ascii_ieq(t.s + i, 11, "written by "))
		i += 8;
	if (i + 3 > t.len || !ascii_ieq(t.s + i, 2, "by") || !(t.s[i + 2] == ' ' || t.s[i + 2] == ':'))
		return;
	i += 3;
	while (i < t.len && (t.s[i] == ' ' || t.s[i] == ':'))
		i++;
	s = i;
	e = i;
	/* up to a separator, a number, or a glued "In" of the categories: "Jane RoeIn Travel, Tips" */
	while (e < t.len && t.s[e] != '|' && t.s[e] != ',' && t.s[e] != '(' && !(t.s[e] >= '0' && t.s[e] <= '9') &&
		   !(e > s && t.s[e - 1] >= 'a' && t.s[e - 1] <= 'z' && e + 3 <= t.len && memcmp(t.s + e, "In ", 3) == 0) &&
		   !(t.s[e] == ' ' && e + 2 < t.len && t.s[e + 1] == '-' && t.s[e + 2] == ' ') &&
		   !((unsigned char) t.s[e] == 0xC2 && e + 1 < t.len && (unsigned char) t.s[e + 1] == 0xB7))
		e++;
	while (e > s && (t.s[e - 1] == ' ' || t.s[e - 1] == '.'))
		e--;
	if (e > s && e - s <= 60 && char_is_letter(utf8_at(t.s, t.len, s, NULL)))
	{
		/* a name or a user name, not "by the numbers" */
		size_t		w = s;

		while (w < e && t.s[w] != ' ')
			w++;
		if (!char_is_upper(utf8_at(t.s, t.len, s, NULL)) && is_dictionary_word(t.s + s, w - s))
			return;
		*start = s;
		*end = e;
	}
}

static bool is_role_line(ltext t, const block_features *f);

/*
 * The bytes of a byline's names without a job title that follows them
 * after a space ("Keith Barry Senior Autos Reporter", as a wrapped line
 * joins them): two or three capitalized words of name, then a title that
 * opens with a rank or a role ("Senior", "Staff", "Reporter") and holds a
 * role word.  Anything else is left whole.
 */
static size_t
name_before_role(ltext v)
{
	static const char *const openers[] = {
		"senior", "staff", "contributing", "chief", "associate", "deputy", "managing", "executive",
		"freelance", "guest", "editor", "reporter", "writer", "contributor", "columnist",
		"correspondent", "journalist", "analyst", NULL
	};
	size_t		last_end = 0;

	for (size_t i = 0, words = 0; i < v.len && words < 4; words++)
	{
		size_t		ws = i;

		while (i < v.len && v.s[i] != ' ')
			i++;
		if (!(v.s[ws] >= 'A' && v.s[ws] <= 'Z') || memchr(v.s + ws, ',', i - ws))
			break;				/* not a name's word ("⋅", "and", "de"), or a comma's list */
		if (words >= 2 && word_list_has(openers, v.s + ws, i - ws, true))
		{
			ltext		role = {v.s + ws, v.len - ws, NULL};
			block_features rf;

			compute_features(role, &rf);
			return is_role_line(role, &rf) ? last_end : v.len;
		}
		last_end = i;
		while (i < v.len && v.s[i] == ' ')
			i++;
	}
	return v.len;
}

/* t holds "by", "author", "contributor" or "words:" (ASCII case folded), which every byline cue the patterns read holds */
static bool
names_by_cue(ltext t)
{
	for (size_t i = 0; i + 1 < t.len; i++)
	{
		char		c = (char) (t.s[i] | 32);

		if (c == 'b' && (t.s[i + 1] | 32) == 'y')
			return true;
		/* the second letter first: most a's and c's go no further */
		if (c == 'a' && (t.s[i + 1] | 32) == 'u' && i + 6 <= t.len && ascii_ieq(t.s + i, 6, "author"))
			return true;
		if (c == 'c' && (t.s[i + 1] | 32) == 'o' && i + 11 <= t.len && ascii_ieq(t.s + i, 11, "contributor"))
			return true;
		if (c == 'w' && (t.s[i + 1] | 32) == 'o' && i + 6 <= t.len && ascii_ieq(t.s + i, 6, "words:"))
			return true;		/* a magazine's credit: "Words: Jane Roe" */
	}
	return false;
}

static bool
is_byline_block(ltext t, const block_features *f, bool menu_guard, size_t *vs, size_t *ve, size_t *time_s,
				size_t *time_e)
{
	size_t		ms,
				me;

	if (f->words > 20 || f->words < 2)
		return false;
	/* a sentence is no byline, except "Posted by Jane Roe on Friday December 19, 2025 ..." */
	if (f->prose && !((t.len > 10 && (ascii_ieq(t.s, 10, "posted by ") || ascii_ieq(t.s, 11, "written by "))) &&
					  has_date_part(t.s, t.len)))
		return false;
	if (!names_by_cue(t) ||
		!(rx_search(re_byline, t.s, t.len, 0, &ms, &me) ||
		  (has_bytes(t, " By ", 4) && rx_search(re_byline_named, t.s, t.len, 0, &ms, &me))) || ms != 0)
		return false;
	*vs = me;
	*ve = t.len;
	/* "Kathryn GiuffridaMar 5, 2025": a date glued to the name */
	{
		size_t		g = glued_month(t, me);

		if (g)
			*ve = g;
	}
	/* stop at a separator, a number ("Jane Roe 3 min read", "2–3 minutes") or a time expression */
	for (size_t i = me; i < t.len; i++)
	{
		unsigned char c = (unsigned char) t.s[i];

		if (i >= *ve)
			break;
		if (c == '|' || (c == ' ' && i + 1 < t.len && t.s[i + 1] >= '0' && t.s[i + 1] <= '9') ||
			(c == 0xE2 && i + 2 < t.len && (unsigned char) t.s[i + 1] == 0x80 &&
			 ((unsigned char) t.s[i + 2] == 0xA2 || (unsigned char) t.s[i + 2] == 0x94)) ||
			(c == ' ' && i + 2 < t.len && t.s[i + 1] == '-' && t.s[i + 2] == ' '))
		{
			*ve = i;
			break;
		}
	}
	{
		size_t		ts,
					te;

		if (find_time_expression(t.s + me, t.len - me, &ts, &te) &&
			has_date_part(t.s + me, t.len - me))
		{
			*time_s = me + ts;
			*time_e = me + te;
			if (me + ts < *ve)
				*ve = me + ts;
		}
	}
	/* trim trailing separators, "Updated"/"Published" and spaces */
	while (*ve > *vs && (t.s[*ve - 1] == ' ' || t.s[*ve - 1] == ',' || t.s[*ve - 1] == '|'))
		(*ve)--;
	*ve = *vs + name_before_role((ltext) {t.s + *vs, *ve - *vs, NULL});
	/*
	 * "Solutions By Role", "By Use Case": a menu that sorts by something, not
	 * an author; without menu_guard only one plain word is ("By Region")
	 */
	if (plain_words_only(t.s + *vs, *ve - *vs) && (menu_guard || count_words(t.s + *vs, *ve - *vs) < 2))
		return false;
	{
		static const char *const tails[] = {"Updated", "Published", "Posted", "Last updated", "on", NULL};
		bool		again = true;

		while (again)
		{
			again = false;
			while (*ve > *vs && (t.s[*ve - 1] == ':' || t.s[*ve - 1] == ' ' || t.s[*ve - 1] == ',' ||
								 t.s[*ve - 1] == '|' || t.s[*ve - 1] == '-'))
			{
				(*ve)--;
				again = true;
			}
			for (int k = 0; tails[k]; k++)
			{
				size_t		tl = strlen(tails[k]);

				/* "Korin MillerPublished:" — scrapers glue the label to the name */
				if (*ve - *vs > tl + 1 && ascii_ieq(t.s + *ve - tl, tl, tails[k]) &&
					(t.s[*ve - tl - 1] == ' ' || k < 4))
				{
					*ve -= tl;
					again = true;
				}
			}
		}
	}
	return *ve > *vs;
}

/*
 * A block of images' alt texts in brackets and nothing else ("[Woman
 * testing the app on a laptop]", "[Logo] [Team at work]"), as pandoc and
 * the html2text program print images: each has a letter and a space (file
 * names and placeholders are markup, placeholder_len), no address, twenty
 * words in all at most.
 */
#define ALT_TEXT_MAX_WORDS 20
static bool
is_bracketed_alt_text(ltext t, const block_features *f)
{
	size_t		i = 0;

	if (f->words == 0 || f->words > ALT_TEXT_MAX_WORDS || t.len == 0 || t.s[0] != '[')
		return false;
	while (i < t.len)
	{
		size_t		k = i + 1;
		bool		letter = false,
					space = false;

		if (t.s[i] != '[')
			return false;
		for (; k < t.len && t.s[k] != ']' && t.s[k] != '['; k++)
		{
			unsigned char c = (unsigned char) t.s[k];

			letter = letter || ascii_is_letter(c) || c >= 0x80;
			space = space || (c == ' ' && k > i + 1 && t.s[k - 1] != ' ' && k + 1 < t.len && t.s[k + 1] != ']');
			if (c == ':' && k + 2 < t.len && t.s[k + 1] == '/' && t.s[k + 2] == '/')
				return false;	/* an address */
		}
		if (k >= t.len || t.s[k] != ']' || !letter || !space)
			return false;
		i = k + 1;
		while (i < t.len && t.s[i] == ' ')
			i++;
	}
	return true;
}

/*
 * A stock photo's title used as its alt text: capitalized words joined by
 * commas, no space ("Man,Doing,Renovation,Work,At,Home"), four or more.
 */
static bool
is_stock_photo_title(ltext t, const block_features *f)
{
	int			parts = 0,
				words = 0;

	if (f->words < 4 || t.len == 0 || memchr(t.s, ' ', t.len))
		return false;
	for (size_t i = 0; i < t.len; parts++)
	{
		size_t		k = i;
		bool		small = false;

		if (!(t.s[i] >= 'A' && t.s[i] <= 'Z'))
			return false;
		for (; k < t.len && t.s[k] != ','; k++)
			small = small || (t.s[k] >= 'a' && t.s[k] <= 'z');
		if (k + 1 == t.len)
			return false;		/* a comma to end it */
		words += small;
		i = k + 1;
	}
	/* words, not codes: "AAPL,MSFT,GOOG,AMZN" stays */
	return parts >= 4 && words * 2 >= parts;
}

/*
 * An image's file name printed as its alt text: words joined by hyphens,
 * no space ("brown-puppy-walking-on-lawn", "Home-insurance-deal"), three
 * of them of three letters or more.  Not "Best-of-Breed", nor names with
 * a model number in a part ("ESP32-C6-Config").
 */
static bool
is_file_name_title(ltext t)
{
	int			parts = 0,
				long_parts = 0;
	size_t		i = 0;

	if (t.len < 8 || t.len > 120)
		return false;
	while (i <= t.len)
	{
		size_t		k = i;
		int			letters = 0,
					digits = 0;

		for (; k < t.len && t.s[k] != '-'; k++)
		{
			unsigned char c = (unsigned char) t.s[k];

			if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
				letters++;
			else if (c >= '0' && c <= '9')
				digits++;
			else
				return false;	/* a space, or any other character */
		}
		if (k == i || (letters && digits))
			return false;
		parts++;
		long_parts += letters >= 3;
		i = k + 1;
	}
	return parts >= 3 && long_parts >= 3;
}

/* every word is share-bar vocabulary and one of them says "share" */
static bool
is_share_block(ltext t, const block_features *f)
{
	static const char *const vocab[] = {
		"share", "shares", "sharing", "shared", "tweet", "email", "e-mail", "mail", "print", "facebook",
		"twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "messenger", "copy",
		"link", "copied", "save", "saved", "this", "article", "story", "page", "on", "via", "bookmark",
		"flipboard", "pocket", "sms", "gift", "send", "threads", "bluesky", "url", "the", "post",
		"to", "clipboard", "options", "more", "icon", "google", "tumblr", "vk", "line", "viber", NULL
	};
	static const char *const strong[] = {
		"share", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit",
		"email", "e-mail", "telegram", "bluesky", "flipboard", NULL
	};
	bool		has_strong = false;
	size_t		i = 0;

	if (f->words == 0 || f->words > 14 || f->terminal)
		return false;
	while (i < t.len)
	{
		int			n;
		int32_t		cp = utf8_at(t.s, t.len, i, &n);

		if (char_is_letter(cp))
		{
			size_t		ws = i;

			while (i < t.len)
			{
				int			m;
				int32_t		c = utf8_at(t.s, t.len, i, &m);

				if (!(char_is_letter(c) || c == '-'))
					break;
				i += m;
			}
			if (!in_list(vocab, t.s + ws, i - ws))
				return false;
			if (in_list(strong, t.s + ws, i - ws))
				has_strong = true;
			continue;
		}
		if (char_is_digit(cp))
		{
			i += n;
			continue;
		}
		i += n;
	}
	return has_strong;
}

/* ---- per-block decision ---------------------------------------------------- */

static bool
match_families(ltext t, const block_features *f, uint64_t literals, ap_reason *reason)
{
	for (size_t k = 0; k < N_FAMILIES; k++)
	{
		if (f->words > families[k].max_words)
			continue;
		if (families[k].literals && !(literals & ((uint64_t) 1 << k)))
			continue;
		if (rx_search(families[k].re, t.s, t.len, 0, NULL, NULL))
		{
			*reason = families[k].reason;
			return true;
		}
	}
	return false;
}

/* markup residue: tags dominate, or little text remains around them */
static bool
is_markup_block(const block_features *f)
{
	if (f->tags == 0)
		return f->alnum == 0;
	return f->words <= 3 || f->tag_bytes * 2 >= f->cps;
}

/* word w at p (before end), not followed by a letter */
static bool
starts_word(const char *p, const char *end, const char *w)
{
	size_t		n = strlen(w);

	return (size_t) (end - p) >= n && memcmp(p, w, n) == 0 &&
		((size_t) (end - p) == n || !((p[n] | 32) >= 'a' && (p[n] | 32) <= 'z'));
}

/*
 * Script data printed as text: three or more JSON members (,"key": value)
 * in one block, as a page's embedded product or layout settings leak into
 * a scrape ({"buttonText":"Buy now","price":"22.97",...}).
 */
static bool
is_script_data(ltext t)
{
	int			members = 0;
	const char *p = t.s,
			   *end = t.s + t.len;

	while ((p = memchr(p, ':', (size_t) (end - p))) != NULL)
	{
		size_t		colon = (size_t) (p - t.s),
					k,
					v = colon + 1;

		p++;
		/* "key" right before the colon: a name of ASCII letters, digits and underscores */
		if (colon < 3 || t.s[colon - 1] != '"')
			continue;
		for (k = colon - 1; k > 0 && ((t.s[k - 1] >= 'a' && t.s[k - 1] <= 'z') || (t.s[k - 1] >= 'A' && t.s[k - 1] <= 'Z') ||
									 (t.s[k - 1] >= '0' && t.s[k - 1] <= '9') || t.s[k - 1] == '_'); k--)
			;
		/* t.s[k - 1] is the opening quote of a key of one character or more */
		if (k < 1 || k == colon - 1 || t.s[k - 1] != '"')
			continue;
		/* a member opens the object or follows a comma */
		for (k--; k > 0 && t.s[k - 1] == ' '; k--)
			;
		if (k > 0 && t.s[k - 1] != ',' && t.s[k - 1] != '{')
			continue;
		while (v < t.len && t.s[v] == ' ')
			v++;
		if (v < t.len && (t.s[v] == '"' || t.s[v] == '{' || t.s[v] == '[' || t.s[v] == '-' ||
						  (t.s[v] >= '0' && t.s[v] <= '9') || starts_word(t.s + v, end, "true") ||
						  starts_word(t.s + v, end, "false") || starts_word(t.s + v, end, "null")) &&
			++members >= 3)
			return true;
	}
	return false;
}

/* a byte of an HTML attribute's name: "data-ga-label", "x-on:click", "@click.prevent" */
static inline bool
is_attribute_name_byte(unsigned char c)
{
	return ascii_is_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.' || c == '@';
}

/* s[from, to) is a style declaration: "color:green!important", " font-size: 24px" */
static bool
is_style_declaration(const char *s, size_t from, size_t to)
{
	size_t		k = from,
				name;

	while (k < to && s[k] == ' ')
		k++;
	name = k;
	while (k < to && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '-'))
		k++;
	if (k - name < 2)
		return false;
	while (k < to && s[k] == ' ')
		k++;
	if (k >= to || s[k] != ':')
		return false;
	/* a value of one or a few words, no second colon (no "a: b: c" prose) */
	return k + 1 < to && !memchr(s + k + 1, ':', to - k - 1);
}

/*
 * A style sheet printed as text (a page's <style> in a naive scrape):
 * braces, and three or more declarations between ';', '{' and '}' that
 * make up half the block (".header{color:green!important;font-size:24px}").
 */
static bool
is_style_rules(ltext t, const block_features *f)
{
	size_t		from = 0,
				covered = 0;
	int			declarations = 0;

	if (!(f->code_marks & CODE_MARK_BRACE))
		return false;
	for (size_t i = 0; i <= t.len; i++)
	{
		if (i < t.len && t.s[i] != ';' && t.s[i] != '{' && t.s[i] != '}')
			continue;
		if (is_style_declaration(t.s, from, i))
		{
			declarations++;
			covered += i - from + 1;
		}
		from = i + 1;
	}
	return declarations >= 3 && covered * 2 >= t.len;
}

/* ASCII letters and bytes of other characters in t[from, to) */
static size_t
letters_between(ltext t, size_t from, size_t to)
{
	size_t		n = 0;

	for (size_t k = from; k < to; k++)
		n += ascii_is_letter((unsigned char) t.s[k]) || (unsigned char) t.s[k] >= 0x80;
	return n;
}

/*
 * What is left of a tag when a converter prints its attributes as text
 * (the html2text program, scripts' templates): two or more name="value"
 * pairs that make up half the block or leave fewer than twelve letters
 * around them, as in 'click="open = !open" @keyup.enter="open = !open">'
 * or 'height="1111" imageType="raster" />'.  A sentence that names one
 * ('Add class="active" to the link'), a code listing's line with one
 * ('ContinueOnError="true"') and a whole tag stay.
 */
static bool
is_attribute_residue(ltext t, const block_features *f)
{
	size_t		attr_bytes = 0,
				letters_outside = 0,
				from = 0;
	int			attrs = 0;
	const char *p = t.s,
			   *end = t.s + t.len;

	/* a tag still whole ("<?xml version="1.0"?>" in a code listing) is another matter */
	if (!(f->code_marks & CODE_MARK_EQUALS) || memchr(t.s, '<', t.len))
		return false;
	while ((p = memchr(p, '=', (size_t) (end - p))) != NULL)
	{
		size_t		eq = (size_t) (p - t.s),
					ns = eq,
					ve;

		p++;
		if (eq + 1 >= t.len || t.s[eq + 1] != '"')
			continue;
		while (ns > from && is_attribute_name_byte((unsigned char) t.s[ns - 1]))
			ns--;
		if (ns == eq || !(ns == 0 || t.s[ns - 1] == ' ' || t.s[ns - 1] == '*'))
			continue;
		/* the value runs to the closing quote, or to the end of a value cut off */
		for (ve = eq + 2; ve < t.len && t.s[ve] != '"'; ve++)
			;
		ve = ve < t.len ? ve + 1 : t.len;
		letters_outside += letters_between(t, from, ns);
		attr_bytes += ve - ns;
		attrs++;
		from = ve;
		p = t.s + ve;
	}
	if (attrs < 2)
		return false;
	letters_outside += letters_between(t, from, t.len);
	return attr_bytes * 2 >= t.len || letters_outside < 12;
}

/*
 * Bytes of t the literal scan must read: all, except in a rule of one
 * repeated character, where every stretch of whole characters longer than
 * the longest literal holds the same literals as the whole.
 */
static size_t
literal_scan_len(ltext t, const block_features *f)
{
	size_t		n = LITERAL_LEN_MAX + 2 * (size_t) f->repeat_unit;

	if (f->repeat_unit == 0 || t.len <= n)
		return t.len;
	return n - n % f->repeat_unit;
}

static void
drop_as(block_label *l, ap_reason r)
{
	l->role = ROLE_DROP;
	l->reason = r;
	l->has_value = false;
}

/* a caption credit line on its own: "Photo: Jane Roe/Getty Images" */
static bool
is_credit_line(ltext t)
{
	static rx_code *re;

	if (!re)
		re = rx_compile_builtin("^(?:image|photo|photograph|picture|pic|credit|illustration|photo credit)s?\\s*(?:credit)?\\s*[:/]", true);
	return rx_search(re, t.s, t.len, 0, NULL, NULL);
}

static bool
same_text(ltext a, ltext b)
{
	return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

/*
 * Blocks that sit between blank lines form a group.  A short block whose
 * group is mostly one kind of furniture is that furniture too ("Print" in
 * a share bar, "We value your privacy" over a cookie notice).
 */
static void
group_majority(const block *blocks, size_t n, const block_features *feat, bool *matched,
			   block_label *labels)
{
	size_t		g0 = 0;

	while (g0 < n)
	{
		size_t		g1 = g0 + 1;
		int			counts[AP_REASON_COUNT];

		while (g1 < n && !blocks[g1].blank_before)
			g1++;
		if (g1 - g0 >= 3 && g1 - g0 <= 16)
		{
			int			furniture = 0;

			memset(counts, 0, sizeof(counts));
			for (size_t i = g0; i < g1; i++)
			{
				if (matched[i] && labels[i].role == ROLE_DROP)
				{
					counts[labels[i].reason]++;
					furniture++;
				}
				else if (!matched[i] && feat[i].words <= 5 && !feat[i].prose)
					furniture++;
			}
			for (int r = 0; r < AP_REASON_COUNT; r++)
			{
				if (r == AP_REASON_MARKUP || r == AP_REASON_PATTERN || counts[r] < 2 ||
					counts[r] * 3 < furniture * 2)
					continue;
				for (size_t i = g0; i < g1; i++)
					if (feat[i].words <= 5 && !feat[i].prose &&
						(!matched[i] || (labels[i].role == ROLE_DROP && labels[i].reason == AP_REASON_NAVIGATION)))
					{
						drop_as(&labels[i], (ap_reason) r);
						matched[i] = true;
					}
			}
		}
		g0 = g1;
	}
}

/*
 * A row of a table as a text browser prints it: two or more cell borders
 * "│" (U+2502, w3m), or on a line of its own, cells three spaces apart or
 * more twice (lynx), which normalization folded to one space each: the
 * raw offsets around such a space are three or more apart.
 */
static bool
is_table_row(const block *b)
{
	ltext		t = b->text;
	int			borders = 0,
				gaps = 0;
	const char *p = t.s,
			   *end = t.s + t.len;

	while (borders < 2 && end - p >= 3 && (p = memchr(p, 0xE2, (size_t) (end - p - 2))) != NULL)
	{
		if ((unsigned char) p[1] == 0x94 && (unsigned char) p[2] == 0x82)
			borders++;
		p++;
	}
	if (borders >= 2)
		return true;
	if (b->lines != 1 || !t.src)
		return false;
	for (size_t k = 0; k + 1 < t.len; k++)
		if (t.s[k] == ' ' && t.src[k + 1] - t.src[k] >= 3 && ++gaps == 2)
			return true;
	return false;
}

/* starts with a list glyph (• □ ☆ ▪ ◦ ‣ ○ ■ ▶ ► ✓ -) */
static bool
starts_with_glyph(ltext t)
{
	int32_t		c0 = t.len ? utf8_at(t.s, t.len, 0, NULL) : 0;

	return c0 == '-' || c0 == '*' || c0 == '+' || c0 == 0x2022 || c0 == 0x25A1 || c0 == 0x2606 ||
		c0 == 0x25AA || c0 == 0x25E6 || c0 == 0x2023 || c0 == 0x25CB || c0 == 0x25A0 || c0 == 0x25B6 ||
		c0 == 0x25BA || c0 == 0x2713 || c0 == 0x2605 || c0 == 0x25CF || c0 == 0x2219 || c0 == 0x00B7;
}

/* a line of code: program punctuation, or a comment marker in front */
static bool
looks_like_code(ltext t)
{
	int			marks = 0;

	if (t.len >= 2 && ((t.s[0] == '-' && t.s[1] == '-') || (t.s[0] == '/' && t.s[1] == '/') || t.s[0] == '#'))
		return true;
	for (size_t i = 0; i < t.len; i++)
		switch (t.s[i])
		{
			case '{':
			case '}':
			case ';':
			case '=':
			case '(':
			case ')':
			case '[':
			case ']':
			case '>':
			case '<':
			case '_':
				marks++;
				break;
			default:
				break;
		}
	return marks >= 2;
}

/*
 * A line of program text rather than prose with brackets: braces, a
 * semicolon, an assignment or key=value pair between word characters, or
 * a line comment.  "(VEE)" or "[Sign Up]" are not.
 */
static bool
code_statement(ltext t)
{
	if (t.len >= 3 && ((t.s[0] == '/' && t.s[1] == '/') || (t.s[0] == '-' && t.s[1] == '-')) && t.s[2] == ' ')
		return true;
	for (size_t i = 0; i < t.len; i++)
	{
		char		c = t.s[i];

		if (c == '{' || c == '}' || c == ';')
			return true;
		if (c == '=' && i > 0 && i + 1 < t.len)
		{
			char		a = t.s[i - 1] == ' ' && i > 1 ? t.s[i - 2] : t.s[i - 1],
						b = t.s[i + 1] == ' ' && i + 2 < t.len ? t.s[i + 2] : t.s[i + 1];

			if ((char_is_alnum((unsigned char) a) || a == ']' || a == ')') &&
				(char_is_alnum((unsigned char) b) || b == '"' || b == '\'' || b == '[' || b == '(' || b == '-'))
				return true;
		}
	}
	return false;
}

#define ITEM_PREFIX_SAME 24

static size_t lead_furniture_len(ltext t);
static ltext without_lead_furniture(ltext t);

/* next opens with the same ITEM_PREFIX_SAME bytes as the list item past its glyph */
static bool
item_repeated_by(ltext item, ltext next)
{
	item = without_lead_furniture(item);
	return item.len >= ITEM_PREFIX_SAME && next.len >= ITEM_PREFIX_SAME &&
		memcmp(item.s, next.s, ITEM_PREFIX_SAME) == 0;
}

/* how much a block adds to (or takes from) the article around it; next is the block after it or NULL */
static long
block_content_score(const block *b, const block *next, const block_features *f, bool matched,
					const block_label *l, bool in_comments)
{
	if (matched)
	{
		/* a caption sits inside the article, between its paragraphs: it costs as little as a byline */
		if (l->role == ROLE_BYLINE || l->role == ROLE_DATELINE || l->reason == AP_REASON_CAPTION)
			return -1;
		if (l->role == ROLE_BODY)
			return f->words;	/* kept by a user pattern */
		return -4;
	}
	if (in_comments)
		return -1;
	if (f->prose)
		return f->words < 150 ? f->words : 150;
	if (f->terminal && f->words >= 4)
		return f->words / 2;
	/*
	 * a list item that reads as a sentence without its full stop (a
	 * checklist's "• Book the venue – tour favorites, compare offerings");
	 * not a card's image line that the next line repeats as its headline
	 */
	if (f->words >= 10 && f->function_words * 6 >= f->words && !title_like(f) && starts_with_glyph(b->text) &&
		!(next && item_repeated_by(b->text, next->text)))
		return f->words / 4;
	/* a sentence that introduces a list or code: "B-tree indexes work well for range queries:" */
	if (f->words >= 6 && b->text.len && b->text.s[b->text.len - 1] == ':' &&
		f->function_words * 5 >= f->words)
		return f->words / 2;
	/* a row of a table (drawn or spaced into columns) is content, like a short sentence */
	if (is_table_row(b))
		return f->words / 4;
	/* short lines: links and menu items count against, code and list lines barely */
	if (looks_like_code(b->text))
		return -1;
	if (starts_with_glyph(b->text) ? f->words <= 6 : (title_like(f) || f->words <= 2))
		return -2;
	return -1;
}

/* a line of a menu: a link-like line, or navigation the families recognized */
static bool
is_menu_line(const block *b, const block_features *f, bool matched, const block_label *l)
{
	if (matched)
		return l->role == ROLE_DROP && (l->reason == AP_REASON_NAVIGATION || l->reason == AP_REASON_RELATED ||
										l->reason == AP_REASON_SHARE || l->reason == AP_REASON_SUBSCRIBE);
	return !(f->prose || f->terminal) && !looks_like_code(b->text);
}

#define END_MARK_COST 40
#define END_MARK_PROSE 150		/* words of prose above an end-of-article mark, at least */

/*
 * The header of one reader comment: "Re: Guaranteed jobs? (Score:2)",
 * "1. Jane says:", "by jroe ( 5754788 ) writes: on Friday …", "Reply to
 * This".  One alone may be article text; the page's comment thread is
 * where three or more occur.
 */
static bool
is_thread_header(ltext t, const block_features *f)
{
	size_t		s = 0,
				e = t.len;
	bool		colon;

	if (f->words == 0 || f->words > 20)
		return false;
	/* every form but "Reply to This" has a colon */
	colon = memchr(t.s, ':', t.len) != NULL;
	while (e > 0 && t.s[e - 1] == ' ')
		e--;
	if (colon && ((e >= 6 && ascii_ieq(t.s + e - 6, 6, " says:")) || has_bytes(t, " writes:", 8)))
		return true;
	/* past a list number or bullet */
	while (s < e)
	{
		int			n;

		if (char_is_letter(utf8_at(t.s, t.len, s, &n)))
			break;
		s += (size_t) n;
	}
	return (colon && s + 3 < e && ascii_ieq(t.s + s, 3, "re:")) ||
		(s + 13 <= e && ascii_ieq(t.s + s, 13, "reply to this"));
}

/* a comments header that opens the discussion ("42 Comments", "Leave a Reply") */
static bool
opens_discussion(ltext t)
{
	static const char *const words[] = {"comment", "repl", "discussion", "conversation", "respon", NULL};

	for (int k = 0; words[k]; k++)
		for (size_t i = 0; i + strlen(words[k]) <= t.len; i++)
			if (ascii_ieq(t.s + i, strlen(words[k]), words[k]))
				return true;
	return false;
}

#define ISLAND_MIN 60

/*
 * An article whose first parts long tables, lists or galleries cut off: a
 * run of blocks before the window joins it when that run scores at least a
 * quarter of the window (and ISLAND_MIN), the blocks between it and what
 * has joined cost at most twice as much, and none of them is an
 * end-of-article mark or comments; then the next run is weighed the same
 * way.  Only before the window: after it, such runs were mostly author
 * boxes, related posts and comments.
 */
static void
join_island_before(const long *score, const bool *closing, long best, ptrdiff_t *first)
{
	long		cur = 0,		/* sum of the blocks from the window's edge */
				edge = 0,		/* cur at the edge of what has joined so far */
				low = 0,		/* the bottom of the gap since that edge */
				top = 0,		/* cur at the end of the island being joined */
				need = best / 4 > ISLAND_MIN ? best / 4 : ISLAND_MIN;
	ptrdiff_t	to = -1;
	bool		in_island = false;

	for (ptrdiff_t i = *first - 1; i >= 0 && !closing[i]; i--)
	{
		cur += score[i];
		if (in_island)
		{
			if (cur > top)
			{
				/* the island goes on */
				to = i;
				top = cur;
			}
			else if (cur < top - need)
			{
				/* a new gap: the next island is measured from here */
				in_island = false;
				edge = top;
				low = cur;
			}
			continue;
		}
		if (cur < low)
			low = cur;
		if (cur - low >= need && low - edge >= -2 * (cur - low))
		{
			to = i;
			top = cur;
			in_island = true;
		}
	}
	if (to >= 0)
		*first = to;
}

#define CELL_RUN_MIN 6			/* lines of a table printed one cell per line */
#define CELL_WORDS_MAX 4

/*
 * A table as a dump of text nodes prints it: one cell per line ("Tested
 * Speed", "17.4 MPH", "Weight", "38.8 lbs").  A run of CELL_RUN_MIN or
 * more short lines (CELL_WORDS_MAX words or fewer, no sentence end), a
 * third of them holding a number, is read as one: its lines cost nothing
 * in the article window, as a table's rows do in other scrapes.
 */
static void
mark_cell_runs(const block_features *feat, size_t n, bool *cell)
{
	for (size_t i = 0; i < n;)
	{
		size_t		j = i,
					numbers = 0;

		while (j < n && feat[j].words <= CELL_WORDS_MAX && !feat[j].terminal && !feat[j].prose)
			numbers += feat[j++].numbers > 0;
		if (j - i >= CELL_RUN_MIN && numbers * 3 >= j - i)
			for (size_t k = i; k < j; k++)
				cell[k] = true;
		i = j > i ? j : i + 1;
	}
}

static bool starts_numbered(ltext t);

static size_t ellipsis_cut_len(ltext t);

/*
 * An excerpt cut short with an ellipsis, with another within four blocks:
 * other posts listed with their openings ("... and the first of them will
 * run from…").  Fifteen words or more each, so a caption or a heading that
 * trails off is none.
 */
#define EXCERPT_MIN_WORDS 15
#define EXCERPT_OTHER_PROSE 150	/* words of prose that is no excerpt, for the discount to apply */
static bool
is_listed_excerpt(const block *blocks, const block_features *feat, size_t n, size_t i)
{
	if (feat[i].words < EXCERPT_MIN_WORDS || ellipsis_cut_len(blocks[i].text) == 0)
		return false;
	for (size_t k = i > 4 ? i - 4 : 0; k < n && k <= i + 4; k++)
		if (k != i && feat[k].words >= EXCERPT_MIN_WORDS && ellipsis_cut_len(blocks[k].text) > 0)
			return true;
	return false;
}

/* a card's link alone on its line: "Learn More", "Read more »", "Continue reading" */
static bool is_read_more_link(ltext t);

/*
 * A card's link printed after the teaser's last sentence or cut ("... the
 * actual pace ... Read more", "...experience.Read More", "Learn More ❯"):
 * capitalized, after a sentence end or an ellipsis, so "... to learn more."
 * inside a sentence is none.
 */
static bool
ends_with_read_more_link(ltext t)
{
	size_t		e = t.len;

	while (e > 0 && ((unsigned char) t.s[e - 1] >= 0x80 || t.s[e - 1] == ' ' || t.s[e - 1] == '>' ||
					 t.s[e - 1] == '.' || t.s[e - 1] == ':'))
		e--;				/* an arrow or a full stop after it */
	for (size_t k = e; k > 0 && e - k < 20; k--)
	{
		size_t		b = k - 1;

		if (!(t.s[b] == '.' || t.s[b] == '!' || t.s[b] == '?' ||
			  (b >= 2 && memcmp(t.s + b - 2, "\xe2\x80\xa6", 3) == 0)))
			continue;			/* a sentence's end or "…" */
		b++;
		while (b < e && t.s[b] == ' ')
			b++;
		return b < e && t.s[b] >= 'A' && t.s[b] <= 'Z' && is_read_more_link((ltext) {t.s + b, e - b, NULL});
	}
	return false;
}

static bool
is_read_more_link(ltext t)
{
	static const char *const links[] = {
		"learn more", "read more", "continue reading", "read the story", "explore", "explore more", "find out more",
		"keep reading", "view details", "see details", NULL
	};

	while (t.len > 0 && ((unsigned char) t.s[t.len - 1] >= 0x80 || t.s[t.len - 1] == ' ' || t.s[t.len - 1] == '>'))
		t.len--;				/* an arrow after it */
	if (t.len < 7 || t.len > 16)
		return false;			/* the lengths of the links */
	for (int k = 0; links[k]; k++)
		if (t.len == strlen(links[k]) && ascii_ieq(t.s, t.len, links[k]))
			return true;
	return false;
}

/*
 * Another card's link within CARD_GAP blocks of block i, the link of its
 * own card (at block own) aside: teasers come in menus and listings, while
 * an article's last paragraph may stand over one "Read more" of the page.
 */
#define CARD_GAP 10
static bool
near_card_link(const block *blocks, const block_features *feat, size_t n, size_t i, size_t own)
{
	for (size_t k = i > CARD_GAP ? i - CARD_GAP : 0; k < n && k <= i + CARD_GAP + 1; k++)
		if (k != own && ((feat[k].words <= 3 && is_read_more_link(blocks[k].text)) ||
						 (k != i && feat[k].words > 3 && ends_with_read_more_link(blocks[k].text))))
			return true;
	return false;
}

/*
 * The article is the run of blocks whose summed content score is highest
 * (maximum subarray, one pass): prose counts for, furniture against, so
 * menus and footers around the article fall outside while a short related
 * box inside it is bridged.  A comment section (a comments header after at
 * least a paragraph of prose) counts against whatever follows it,
 * so the discussion under an article never outweighs the article.  No
 * window when nothing scores above zero.  A first part of the article cut
 * off by a long table or list joins afterwards (join_island_before).
 */
static void
article_window(const block *blocks, const block_features *feat, const bool *matched,
			   const block_label *labels, size_t n, bool node_dump, ptrdiff_t *first, ptrdiff_t *last,
			   ptrdiff_t *main_first)
{
	long		best = 0,
				cur = 0,
				prose_words = 0,
				other_prose = 0,
				all_prose = 0,
				end_mark_prose;
	ptrdiff_t	start = 0;
	bool		in_comments = false,
				in_listing = false;
	int			gap = 0;

	long	   *score = ap_alloc((n ? n : 1) * sizeof(long));
	bool	   *closing = ap_alloc0((n ? n : 1) * sizeof(bool));
	bool	   *cell = ap_alloc0((n ? n : 1) * sizeof(bool));

	*first = *last = -1;
	if (node_dump)
		mark_cell_runs(feat, n, cell);
	/* the prose that is no excerpt: a page of excerpts alone keeps them */
	for (size_t i = 0; i < n; i++)
		if (!matched[i] && feat[i].prose)
		{
			all_prose += feat[i].words;
			if (ellipsis_cut_len(blocks[i].text) == 0)
				other_prose += feat[i].words;
		}
	/*
	 * past the bulk of the article: END_MARK_PROSE words of prose above,
	 * more on a page with much prose (up to twice as many), where a
	 * related link under the opening paragraphs is no end
	 */
	end_mark_prose = all_prose / 3;
	if (end_mark_prose < END_MARK_PROSE)
		end_mark_prose = END_MARK_PROSE;
	if (end_mark_prose > 2 * END_MARK_PROSE)
		end_mark_prose = 2 * END_MARK_PROSE;
	for (size_t i = 0; i < n; i++)
	{
		long		sc;

		if (matched[i] && labels[i].role == ROLE_DROP && labels[i].reason == AP_REASON_COMMENTS &&
			prose_words >= 100 && (opens_discussion(blocks[i].text) || feat[i].thread_header))
			in_comments = true;
		if (!matched[i] && feat[i].prose)
			prose_words += feat[i].words;
		sc = block_content_score(&blocks[i], i + 1 < n ? &blocks[i + 1] : NULL, &feat[i], matched[i], &labels[i],
								 in_comments);
		/* past the bulk of an article, end-of-article furniture (share bars, related lists,
		 * subscription prompts, footers) marks its end: crossing it costs more */
		if (matched[i] && prose_words >= end_mark_prose && labels[i].role == ROLE_DROP &&
			(labels[i].reason == AP_REASON_RELATED || labels[i].reason == AP_REASON_SHARE ||
			 labels[i].reason == AP_REASON_SUBSCRIBE || labels[i].reason == AP_REASON_FOOTER ||
			 labels[i].reason == AP_REASON_COPYRIGHT))
		{
			sc = -END_MARK_COST;
			closing[i] = true;
		}
		if (cell[i] && sc < 0)
			sc = 0;
		/* a long stretch of furniture is another part of the page: it costs more per block */
		if (sc < -1)
		{
			if (++gap > 6)
				sc *= 2;
		}
		else if (sc > 0)
			gap = 0;
		/* a code listing, table or plain list counts once, not once per line */
		if (sc == -1 && !matched[i] && i > 0 && !blocks[i].blank_before && !matched[i - 1] &&
			block_content_score(&blocks[i - 1], &blocks[i], &feat[i - 1], false, &labels[i - 1], in_comments) == -1)
			sc = 0;
		/* lines that go on a code listing without a blank line between cost nothing */
		if (blocks[i].blank_before)
			in_listing = false;
		if (!matched[i] && !feat[i].prose && code_statement(blocks[i].text))
			in_listing = true;
		else if (in_listing && sc < 0 && !feat[i].prose && (!matched[i] || labels[i].reason == AP_REASON_MARKUP))
			sc = 0;
		/*
		 * a short sentence between menu lines is a menu blurb, not a
		 * paragraph; not one that opens a list (ending in ':'), nor one over
		 * a numbered line: an item's description in a buying guide
		 */
		if (sc > 0 && feat[i].terminal && feat[i].words < 25 && i > 0 && i + 1 < n &&
			!starts_numbered(blocks[i + 1].text) &&
			is_menu_line(&blocks[i - 1], &feat[i - 1], matched[i - 1], &labels[i - 1]) &&
			is_menu_line(&blocks[i + 1], &feat[i + 1], matched[i + 1], &labels[i + 1]))
			sc = feat[i].words / 4 - 2;
		/* a teaser over its card's link ("Learn More", "Read More"): a menu's or listing's promotion */
		if (sc > 0 && ((i + 1 < n && feat[i + 1].words <= 3 && is_read_more_link(blocks[i + 1].text) &&
						near_card_link(blocks, feat, n, i, i + 1)) ||
					   (other_prose >= EXCERPT_OTHER_PROSE && is_listed_excerpt(blocks, feat, n, i))))
			sc = sc / 4 - 4;
		else if (sc > 0 && ends_with_read_more_link(blocks[i].text) && near_card_link(blocks, feat, n, i, i))
			sc = sc / 4 - 8;	/* the link's own cost too, on the same line */
		if (cur <= 0)
		{
			cur = sc;
			start = (ptrdiff_t) i;
		}
		else
			cur += sc;
		if (cur > best)
		{
			best = cur;
			*first = start;
			*last = (ptrdiff_t) i;
		}
		score[i] = sc;
		closing[i] = closing[i] || in_comments;
		TRACE("score\t%d\t%ld\t%ld\t%.*s\n", (int) i, sc, cur, (int) (blocks[i].text.len < 70 ? blocks[i].text.len : 70), blocks[i].text.s);
	}
	*main_first = *first;
	if (*first >= 0)
		join_island_before(score, closing, best, first);
	ap_release(score);
	ap_release(closing);
	ap_release(cell);
}

/* content words (four letters or more) of s, lower-cased ASCII, into a small set */
#define BAG_MAX 256				/* words kept */
#define BAG_SLOTS 512			/* open addressing, 0 = empty */
typedef struct word_bag
{
	uint64_t	slot[BAG_SLOTS];
	int			n;
} word_bag;

static void
bag_init(word_bag *bag)
{
	memset(bag->slot, 0, sizeof(bag->slot));
	bag->n = 0;
}

static void
bag_add_words(word_bag *bag, const char *s, size_t len, bool add, int *hits)
{
	size_t		i = 0;

	while (i < len)
	{
		while (i < len && !(((unsigned char) s[i] | 32) >= 'a' && ((unsigned char) s[i] | 32) <= 'z'))
			i++;
		size_t		st = i;
		char		w[32];
		size_t		wl = 0;

		while (i < len && ((((unsigned char) s[i] | 32) >= 'a' && ((unsigned char) s[i] | 32) <= 'z') ||
						   (unsigned char) s[i] >= 0x80))
		{
			if (wl < sizeof(w))
				w[wl++] = (char) ((unsigned char) s[i] >= 0x80 ? s[i] : (s[i] | 32));
			i++;
		}
		if (i - st < 4 || wl >= sizeof(w))
			continue;
		uint64_t	h = ap_hash_bytes(w, wl) | 1;
		size_t		k = (size_t) ((h * 0x9E3779B97F4A7C15ULL) >> 55);	/* 9 bits: BAG_SLOTS */

		while (bag->slot[k] && bag->slot[k] != h)
			k = (k + 1) & (BAG_SLOTS - 1);
		if (add && !bag->slot[k] && bag->n < BAG_MAX)
		{
			bag->slot[k] = h;
			bag->n++;
		}
		if (!add && bag->slot[k] && hits)
			(*hits)++;
	}
}

/*
 * A line that is just a person's name ("Colin Smith", "Colin Smith, CPA"):
 * two to four capitalized words led by a known given name, optionally
 * followed by a comma and credentials.
 */
static bool
is_name_line(ltext t, const block_features *f, bool need_given_name)
{
	size_t		i = 0,
				end = t.len;
	int			words = 0;

	if (f->words < 2 || f->words > 6 || f->terminal || f->tags)
		return false;
	for (size_t k = 0; k < t.len; k++)
		if (t.s[k] == ',')
		{
			end = k;
			break;
		}
	int			uncommon = 0;

	while (i < end)
	{
		size_t		ws = i;
		int32_t		c0 = utf8_at(t.s, end, i, NULL);

		while (i < end && t.s[i] != ' ')
			i++;
		/* a label ("Illustration: Jane Roe") is no part of a name */
		if (!char_is_upper(c0) || (i > ws && t.s[i - 1] == ':'))
			return false;
		if ((words > 0 || !need_given_name) && i - ws < DICTIONARY_WORD_MAX)
		{
			/* a given name first is a name even when it is also a word ("Maria", "Will") */
			if (!is_dictionary_word(t.s + ws, i - ws) ||
				(!need_given_name && words == 0 && gaz_lookup(GAZ_GIVEN_NAME, t.s + ws, i - ws)))
				uncommon++;
		}
		if (words == 0 && need_given_name && !gaz_lookup(GAZ_GIVEN_NAME, t.s + ws, i - ws))
			return false;
		if (!need_given_name && !(words == 0 && gaz_lookup(GAZ_GIVEN_NAME, t.s + ws, i - ws)) &&
			(gaz_lookup(GAZ_LOCATION, t.s + ws, i - ws) || gaz_lookup(GAZ_ORGANIZATION, t.s + ws, i - ws) ||
			 (i - ws > 1 && char_is_upper(utf8_at(t.s, end, ws + 1, NULL)))))
			return false;			/* places, organizations, ALL-CAPS words; a given name first is fine */
		words++;
		while (i < end && t.s[i] == ' ')
			i++;
	}
	/*
	 * "Storm Hits Coast" is a headline: a name has a surname that is not a
	 * plain word; without a known given name, no word may be a plain word
	 * ("Order Now", "Case Studies").
	 */
	if (!need_given_name)
		return words >= 2 && words <= 4 && uncommon == words;
	return words >= 2 && words <= 4 && (words == 2 || uncommon > 0);
}

/*
 * Length of a breadcrumb separator at t.s[i], or 0: " > ", " / ", " » ",
 * " › ", and after a leading "Home" also " - ", " – ", " — ", " | " and a
 * bare "/" (titles use those themselves, trails that start at Home do not).
 */
static size_t
breadcrumb_separator(ltext t, size_t i, bool home)
{
	const unsigned char *u = (const unsigned char *) t.s;

	if (home && u[i] == '/')
		return 1;
	if (u[i] != ' ' || i + 2 >= t.len)
		return 0;
	if ((u[i + 1] == '>' || u[i + 1] == '/' || (home && (u[i + 1] == '-' || u[i + 1] == '|'))) &&
		u[i + 2] == ' ')
		return 3;
	if (i + 3 < t.len && u[i + 1] == 0xC2 && u[i + 2] == 0xBB && u[i + 3] == ' ')
		return 4;				/* » */
	if (i + 4 < t.len && u[i + 1] == 0xE2 && u[i + 2] == 0x80 && u[i + 4] == ' ' &&
		(u[i + 3] == 0xBA || (home && (u[i + 3] == 0x93 || u[i + 3] == 0x94))))
		return 5;				/* › – — */
	return 0;
}

/* the byte offset after the last breadcrumb separator, or 0 */
static size_t
breadcrumb_tail(ltext t)
{
	size_t		tail = 0;
	bool		home = t.len > 5 && ascii_ieq(t.s, 4, "home") && !char_is_alnum((unsigned char) t.s[4]);

	for (size_t i = 0; i + 1 < t.len; i++)
	{
		size_t		n = breadcrumb_separator(t, i, home);

		if (n)
		{
			tail = i + n;
			i += n - 1;
		}
	}
	return tail < t.len ? tail : 0;
}

/* number of words (runs of non-spaces) in s[0..len) */
static int
count_words(const char *s, size_t len)
{
	int			words = 0;
	bool		in_word = false;

	for (size_t i = 0; i < len; i++)
	{
		bool		sp = s[i] == ' ';

		if (!sp && !in_word)
			words++;
		in_word = !sp;
	}
	return words;
}

static bool
is_title_separator(char c)
{
	return c == ' ' || c == '|' || c == '/' || c == '-' || c == ':' || c == ',' || c == '(' || c == ')';
}

/*
 * A date at the end of a title line is the page's, not the title's, when a
 * separator sets it apart ("Title / Dec 2025") or it names a day after no
 * preposition ("Backup Strategy January 22nd, 2019"); "Deals Announced in
 * October 2025" keeps it.
 */
static bool
closing_date_stands_apart(ltext t, size_t from, size_t ds, size_t de)
{
	static const char *const prepositions[] = {
		"in", "on", "of", "for", "since", "until", "till", "by", "from", "to", "through", "before",
		"after", "during", "and", NULL
	};
	size_t		p = ds,
				ws;
	int			digit_runs = 0;

	while (p > from && t.s[p - 1] == ' ')
		p--;
	if (p > from && (memchr("/|-:,(", t.s[p - 1], 6) ||
					 (p >= from + 3 && (unsigned char) t.s[p - 1] >= 0x80 &&
					  char_is_dash(utf8_at(t.s, t.len, p - 3, NULL)))))
		return true;
	for (size_t k = ds; k < de; k++)
		if (t.s[k] >= '0' && t.s[k] <= '9' && (k == ds || t.s[k - 1] < '0' || t.s[k - 1] > '9'))
			digit_runs++;
	ws = p;
	while (ws > from && t.s[ws - 1] != ' ')
		ws--;
	return digit_runs >= 2 && !in_list(prepositions, t.s + ws, p - ws);
}

/*
 * The title inside a title-like line, as [*start, *end): without a
 * site-name suffix after a single " | " ("Title | Site Name"), and without
 * a date that opens or closes it ("Dec 18 2025 Title", "Title / Dec 2025").
 * Keeps at least three words.
 */
static void
title_core(ltext t, size_t *start, size_t *end)
{
	size_t		s = 0,
				e = t.len,
				ts,
				te;
	const char *bar = NULL;
	int			bars = 0;

	for (size_t i = 0; i + 2 < t.len; i++)
		if (t.s[i] == ' ' && t.s[i + 1] == '|' && t.s[i + 2] == ' ')
		{
			if (!bar)
				bar = t.s + i;
			bars++;
		}
	/* a sentence before the bar is a caption ("... for 2026. | Photo by Jane Roe"), not a title */
	if (bars == 1 && count_words(t.s, (size_t) (bar - t.s)) >= 3 &&
		count_words(bar + 3, t.len - (size_t) (bar + 3 - t.s)) <= 6 && bar[-1] != '.' && bar[-1] != '!')
		e = (size_t) (bar - t.s);
	/* a section's label before a colon: "Blog: Title", "Title:Title", "Video: Title" */
	{
		static const char *const labels[] = {
			"title", "blog", "video", "podcast", "watch", "listen", "explainer", "exclusive", "breaking", "live",
			"update", "opinion", "analysis", "review", "interview", NULL
		};
		size_t		k = 0;

		while (k < e && k < 12 && ascii_is_letter((unsigned char) t.s[k]))
			k++;
		if (k > 0 && k < e && t.s[k] == ':' && in_list(labels, t.s, k))
		{
			size_t		ns = k + 1;

			while (ns < e && t.s[ns] == ' ')
				ns++;
			if (count_words(t.s + ns, e - ns) >= 3)
				s = ns;
		}
	}
	/* a site's one-word name after a spaced dash: "Best UK Art Exhibitions 2025 – Artlyst" (not "– Revisited") */
	{
		size_t		w = e;

		while (w > s && t.s[w - 1] != ' ')
			w--;
		if (w > s + 3 && e - w >= 3 && e - w < 32 && t.s[w] >= 'A' && t.s[w] <= 'Z')
		{
			size_t		d = w - 1;	/* the space before the word */
			size_t		dl = 0;

			if (d >= 2 && t.s[d - 1] == '-' && t.s[d - 2] == ' ')
				dl = 1;
			else if (d >= 4 && (unsigned char) t.s[d - 3] == 0xE2 && (unsigned char) t.s[d - 2] == 0x80 &&
					 ((unsigned char) t.s[d - 1] == 0x93 || (unsigned char) t.s[d - 1] == 0x94) && t.s[d - 4] == ' ')
				dl = 3;			/* – — */
			if (dl)
			{
				bool		plain_letters = true;

				for (size_t k = w; k < e; k++)
					plain_letters = plain_letters && ascii_is_letter((unsigned char) t.s[k]);
				if (plain_letters && !is_dictionary_word(t.s + w, e - w) &&
					count_words(t.s + s, d - dl - 1 - s) >= 3)
					e = d - dl - 1;
			}
		}
	}
	/* a link aggregator's source after a submitted title: "Title (latimes.com)", "... (example.org) 87" */
	{
		size_t		k = e,
					dot = 0;

		while (k > s && t.s[k - 1] >= '0' && t.s[k - 1] <= '9')
			k--;			/* the points */
		while (k > s && t.s[k - 1] == ' ')
			k--;
		if (k > s + 4 && t.s[k - 1] == ')')
		{
			size_t		o = k - 1;

			while (o > s && ((t.s[o - 1] >= 'a' && t.s[o - 1] <= 'z') || (t.s[o - 1] >= '0' && t.s[o - 1] <= '9') ||
							 t.s[o - 1] == '-' || t.s[o - 1] == '.'))
				dot += t.s[--o] == '.';
			size_t		tld = k - 1;	/* the letters after the last dot: "com", "org", "co.uk" */

			while (tld > o && t.s[tld - 1] >= 'a' && t.s[tld - 1] <= 'z')
				tld--;
			if (dot > 0 && o > s + 1 && t.s[o - 1] == '(' && t.s[o - 2] == ' ' && t.s[o] != '.' &&
				tld > o && t.s[tld - 1] == '.' && k - 1 - tld >= 2 && k - 1 - tld <= 6 &&
				count_words(t.s + s, o - 2 - s) >= 3)
				e = o - 2;
		}
	}
	/* a date to strip has a year, so four digits: most lines are spared the search */
	int			digits = 0;

	for (size_t k = s; k < e && digits < 4; k++)
		digits += t.s[k] >= '0' && t.s[k] <= '9';
	if (digits >= 4 && find_time_expression(t.s + s, e - s, &ts, &te))
	{
		bool		digit = false;

		for (size_t k = s + ts; k < s + te; k++)
			digit = digit || (t.s[k] >= '0' && t.s[k] <= '9');
		if (digit && ts == 0 && s + te < e)
		{
			size_t		ns = s + te;

			while (ns < e && (is_title_separator(t.s[ns]) || ((unsigned char) t.s[ns] >= 0x80 &&
							  char_is_dash(utf8_at(t.s, e, ns, NULL)))))
				ns += (unsigned char) t.s[ns] >= 0x80 ? 3 : 1;
			if (ns < e && count_words(t.s + ns, e - ns) >= 3)
				s = ns;
		}
		else if (digit && s + te >= e && ts > 0 && closing_date_stands_apart(t, s, s + ts, s + te))
		{
			size_t		ne = s + ts;

			while (ne > s && (is_title_separator(t.s[ne - 1]) || ((unsigned char) t.s[ne - 1] >= 0x80 &&
																ne >= s + 3 && char_is_dash(utf8_at(t.s, e, ne - 3, NULL)))))
				ne -= (unsigned char) t.s[ne - 1] >= 0x80 ? 3 : 1;
			if (ne > s && count_words(t.s + s, ne - s) >= 3)
				e = ne;
		}
	}
	*start = s;
	*end = e;
}

/* a list item: "4. Text", "12) Text" */
static bool
starts_numbered(ltext t)
{
	size_t		i = 0;

	while (i < t.len && i < 3 && t.s[i] >= '0' && t.s[i] <= '9')
		i++;
	return i > 0 && i + 1 < t.len && (t.s[i] == '.' || t.s[i] == ')') && t.s[i + 1] == ' ';
}

/* ---- headline clean-up ---------------------------------------------------- */

/* the words of t (ASCII case folded) are all in list */
static bool
only_words_of(ltext t, const char *const *list)
{
	size_t		i = 0;
	int			words = 0;

	while (i < t.len)
	{
		size_t		ws;

		while (i < t.len && t.s[i] == ' ')
			i++;
		ws = i;
		while (i < t.len && t.s[i] != ' ')
			i++;
		if (i > ws)
		{
			if (!in_list(list, t.s + ws, i - ws))
				return false;
			words++;
		}
	}
	return words > 0;
}

/* words an image's name adds after the title it shows: "Title Hero Banner", "Title cover" */
static const char *const image_alt_words[] = {
	"cover", "hero", "banner", "header", "image", "featured", "thumbnail", "photo", NULL
};

/*
 * A site's section named before a title: one to three capitalized words,
 * the last a plural kind of page ("Acme Guides", "Company Blog", "Tech
 * News").  "Top 10: Trends in" is not one.
 */
static bool
section_label(ltext p)
{
	static const char *const kinds[] = {
		"guides", "blog", "news", "insights", "resources", "articles", "stories", "reviews", "tutorials",
		"updates", "podcasts", "videos", NULL
	};
	size_t		i = 0,
				last = 0;
	int			words = 0;

	while (i < p.len)
	{
		if (!(p.s[i] >= 'A' && p.s[i] <= 'Z') || ++words > 3)
			return false;
		last = i;
		while (i < p.len && p.s[i] != ' ')
			i++;
		while (i < p.len && p.s[i] == ' ')
			i++;
	}
	return words >= 1 && in_list(kinds, p.s + last, p.len - last);
}

/*
 * What a page puts before a title on the same line: a breadcrumb or label
 * ("Home > Marketing >", "CottageCare | Blog |", "Video:"), a breadcrumb
 * from the site's root without separators ("Home Quest Lists"), a list
 * number ("3."), "12 Comments on", or crumbs glued to it ("Garden Guidance" +
 * "Gardening in ...", no space between).
 */
static bool
is_title_prefix_junk(ltext p, bool glued)
{
	while (p.len > 0 && p.s[p.len - 1] == ' ')
		p.len--;
	if (p.len == 0)
		return false;
	if (glued)
		return true;
	if (p.s[p.len - 1] == ':' || p.s[p.len - 1] == '.')
		return true;			/* "Video:", "3." */
	if (p.len >= 4 && memcmp(p.s, "Home", 4) == 0 && (p.len == 4 || p.s[4] == ' '))
		return true;			/* a breadcrumb from the site's root: "Home", "Home Quest Lists" */
	if (section_label(p))
		return true;			/* "Acme Guides", "Company Blog" */
	for (size_t i = 0; i < p.len; i++)
	{
		unsigned char c = (unsigned char) p.s[i];

		if (c == '|' || c == '>' || c == '/')
			return true;
		if (c == 0xC2 && i + 1 < p.len && (unsigned char) p.s[i + 1] == 0xBB)
			return true;		/* » */
		if (c == 0xE2 && i + 2 < p.len && (((unsigned char) p.s[i + 1] == 0x80 && (unsigned char) p.s[i + 2] == 0xBA) ||
										   ((unsigned char) p.s[i + 1] == 0x96 && (unsigned char) p.s[i + 2] == 0xB8)))
			return true;		/* › ▸ */
	}
	{
		/* "12 Comments on" */
		size_t		i = 0;

		while (i < p.len && p.s[i] >= '0' && p.s[i] <= '9')
			i++;
		if (i > 0 && ((i + 12 == p.len && ascii_ieq(p.s + i, 12, " comments on")) ||
					  (i + 11 == p.len && ascii_ieq(p.s + i, 11, " comment on"))))
			return true;
	}
	return false;
}

/*
 * The chosen title line holds another line near it plus page furniture:
 * take that line.  Returns its block, or -1.
 */
static ptrdiff_t
headline_inner_line(const block *blocks, const block_features *feat, const block_label *labels, size_t n,
					ptrdiff_t h, size_t vs, size_t ve)
{
	ltext		t = blocks[h].text;

	t.s += vs;
	t.len = ve - vs;
	for (ptrdiff_t j = h > 6 ? h - 6 : 0; j < (ptrdiff_t) n && j <= h + 6; j++)
	{
		ltext		l = blocks[j].text;

		/* a question may be the title: "... vs. graphic design: Which program is right for you?" */
		if (j == h || feat[j].words < 2 || l.len >= t.len || prose_not_title(&feat[j]) ||
			labels[j].role == ROLE_BYLINE || labels[j].role == ROLE_DATELINE)
			continue;
		if (memcmp(t.s + t.len - l.len, l.s, l.len) == 0)
		{
			ltext		p = {t.s, t.len - l.len, NULL};
			bool		glued = p.s[p.len - 1] != ' ' && char_is_lower(utf8_at(p.s, p.len, utf8_prev(p.s, p.len), NULL)) &&
				char_is_upper(utf8_at(l.s, l.len, 0, NULL));

			if (is_title_prefix_junk(p, glued))
				return j;
		}
		else if (memcmp(t.s, l.s, l.len) == 0 && t.s[l.len] == ' ')
		{
			ltext		rest = {t.s + l.len, t.len - l.len, NULL};

			if (only_words_of(rest, image_alt_words))
				return j;
		}
	}
	return -1;
}

/*
 * A site's menu printed as one line: "Home Blog About", "Engora Data Blog".
 * Words split at spaces, case folded: a menu word, no function word but
 * menu words ("About", "All"), and every content word capitalized or a
 * second menu word.  "Home buyer's insurance guide" is a title.
 */
static bool
is_menu_text(ltext t, const block_features *f)
{
	static const char *const vocab[] = {
		"home", "blog", "about", "contact", "search", "login", "log", "sign", "posts", "feeds", "links",
		"news", "shop", "menu", "subscribe", "archive", "archives", "categories", "tags", "projects",
		"resources", "services", "products", "portfolio", "events", "careers", "donate", "faq", "help",
		"support", "account", "cart", "register", "newsletter", "podcast", "videos", "photos",
		"docs", "pricing", "press", "jobs", "us", "more", "all", NULL
	};
	int			menu = 0;
	size_t		i = 0;
	bool		function_word = false;

	while (i < t.len)
	{
		size_t		ws = i;

		while (i < t.len && t.s[i] != ' ')
			i++;
		if (i > ws && in_list(vocab, t.s + ws, i - ws))
			menu++;
		else if (i > ws && in_list(function_words, t.s + ws, i - ws))
			function_word = true;
		while (i < t.len && t.s[i] == ' ')
			i++;
	}
	/* three menu words outweigh a function word: "Features Pricing How to Start a Podcast Blog About" */
	if (function_word)
		return menu >= 3;
	return menu >= 2 || (menu == 1 && f->cap_words == f->content_words);
}

/* a count spelled out first: "Twelve Skills Every Planner Needs" */
static bool
starts_number_word(ltext t)
{
	static const char *const numbers[] = {
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
		"thirty", "forty", "fifty", "hundred", NULL
	};

	return first_word_in(numbers, t);
}

/* lower-case runs of three letters or more glued to a capital: "HomeGarden GuidanceGardening" */
static int
glued_word_joins(ltext t)
{
	int			joins = 0,
				lower_run = 0;

	for (size_t i = 0; i < t.len; i++)
	{
		char		c = t.s[i];

		if (c >= 'a' && c <= 'z')
			lower_run++;
		else
		{
			if (c >= 'A' && c <= 'Z' && lower_run >= 3)
				joins++;
			lower_run = 0;
		}
	}
	return joins;
}

/*
 * A link's label at the end of a line: "... Deals in the US. Click here",
 * "Start here Go to Cart", "... consultation now >".  A title does not
 * send the reader elsewhere.
 */
static bool
ends_with_call_to_action(ltext t)
{
#define ACTION(s) {s, sizeof(s) - 1}
	static const struct
	{
		const char *s;
		size_t		n;
	}			actions[] = {
		ACTION("click here"), ACTION("learn more"), ACTION("read more"), ACTION("find out more"),
		ACTION("see more"), ACTION("view more"), ACTION("shop now"), ACTION("buy now"), ACTION("order now"),
		ACTION("book now"), ACTION("go to cart"), ACTION("sign up"), ACTION("sign in"), ACTION("log in"),
		ACTION("enroll now"), ACTION("apply now"), ACTION("register now"), ACTION("join now"), ACTION("download now"),
		ACTION("subscribe now"), ACTION("get a quote"), ACTION("call now"),
		/* a menu button's label, as innerText prints it after the entry: "Youth Lessons Toggle the sub-menu" */
		ACTION("toggle the sub-menu"), ACTION("toggle sub-menu"), ACTION("toggle submenu"), ACTION("toggle menu"),
		ACTION("toggle navigation"), ACTION("expand or collapse"), ACTION("show more"), ACTION("show less"),
	};
#undef ACTION
	size_t		e = t.len;

	while (e > 0 && (t.s[e - 1] == ' ' || t.s[e - 1] == '.' || t.s[e - 1] == '!'))
		e--;
	/* an arrow: ">", "»", "›", "→" */
	if (e > 0 && t.s[e - 1] == '>')
		return true;
	if (e >= 2 && memcmp(t.s + e - 2, "\xc2\xbb", 2) == 0)
		return true;
	if (e >= 3 && (memcmp(t.s + e - 3, "\xe2\x80\xba", 3) == 0 || memcmp(t.s + e - 3, "\xe2\x86\x92", 3) == 0))
		return true;
	for (size_t k = 0; k < sizeof(actions) / sizeof(actions[0]); k++)
	{
		size_t		n = actions[k].n;

		/* the last letter first: most lines fail there */
		if (e >= n && (t.s[e - 1] | 32) == actions[k].s[n - 1] && (e == n || t.s[e - n - 1] == ' ') &&
			ascii_ieq(t.s + e - n, n, actions[k].s))
			return true;
	}
	return false;
}

/*
 * A pager's link to the previous post: "« Older Entries", "‹ Previous
 * step", "« Candied Pecans Recipe".  The arrow stands alone, with a space
 * after it; a title in guillemets opens with "«" against its first word.
 */
static bool
starts_with_pager_arrow(ltext t)
{
	return (t.len >= 3 && memcmp(t.s, "\xc2\xab ", 3) == 0) ||
		(t.len >= 4 && memcmp(t.s, "\xe2\x80\xb9 ", 4) == 0);
}

/* capitals only: four or more, with at most one lower-case letter per ten */
static bool
shouting(ltext t)
{
	int			upper = 0,
				lower = 0;

	for (size_t i = 0; i < t.len; i++)
	{
		upper += t.s[i] >= 'A' && t.s[i] <= 'Z';
		lower += t.s[i] >= 'a' && t.s[i] <= 'z';
	}
	return upper >= 4 && lower * 10 <= upper;
}

/* trim the headline's value: a title printed twice in a row, an image name's words after it */
static void
headline_trim(ltext t, size_t *vs, size_t *ve)
{
	size_t		len = *ve - *vs;
	const char *s = t.s + *vs;

	/* "TitleTitle", "Title Title" (halves of 8 bytes or more, a space between when the length is odd) */
	size_t		half = len / 2;

	if (half >= 8 && memcmp(s, s + len - half, half) == 0 && (len % 2 == 0 || s[half] == ' '))
	{
		*ve = *vs + half;
		return;
	}
	/* "Title cover", "Title Header Image", "Title featured image" */
	for (size_t i = *ve; i > *vs; i--)
		if (t.s[i - 1] == ' ')
		{
			ltext		rest = {t.s + i, *ve - i, NULL};
			ltext		title = {t.s + *vs, i - 1 - *vs, NULL};

			if (!only_words_of(rest, image_alt_words))
				break;
			/*
			 * An image's name: "Hero Banner", "Header Image", "featured image"
			 * (ending in image, banner or thumbnail, so "Cover Photo" in a
			 * title stays), or a lone lower-case "cover" after a title
			 */
			static const char *const image_name_ends[] = {"image", "banner", "thumbnail", NULL};
			bool		image_name = false;

			if (count_words(rest.s, rest.len) >= 2)
			{
				size_t		lw = rest.len;

				while (lw > 0 && rest.s[lw - 1] != ' ')
					lw--;
				image_name = in_list(image_name_ends, rest.s + lw, rest.len - lw);
			}
			if (count_words(title.s, title.len) >= 3 &&
				(image_name || (rest.len == 5 && memcmp(rest.s, "cover", 5) == 0)))
			{
				size_t		e = i - 1;

				while (e > *vs && (t.s[e - 1] == ' ' || t.s[e - 1] == '-' || t.s[e - 1] == '|'))
					e--;
				*ve = e;
				return;
			}
		}
}

static bool starts_with_bio(ltext t, bool any_given, size_t *name_start, size_t *name_end);

/* the verbs after a name that open an author's bio ("Jane Roe is ...", "Jane joined ...") */
static const char *const bio_verbs[] = {
	"is", "was", "has", "had", "leads", "joined", "writes", "covers", "holds", "serves", "specializes",
	"started", "founded", "co-founded", "brings", "lives", "works", NULL
};

/*
 * What the headline search sees in a candidate line, each feature 0 or 1
 * unless noted, and the weight it adds to the line's score.
 */
typedef enum headline_feature
{
	HF_TITLE_CASE,				/* most content words capitalized */
	HF_WORDS_4_20,
	HF_WORDS_UNDER_3,
	HF_GLYPH_START,				/* bullets, icons, brackets, a pager's arrow */
	HF_NUMBERED,				/* a numbered list item */
	HF_BAR_OR_AT,				/* '|' or '@' */
	HF_GLUED,					/* menu entries or crumbs glued together */
	HF_MENU,					/* a site's menu on one line */
	HF_NO_FUNCTION_WORD,		/* six words or more without one: a tag list */
	HF_SHOUTING,				/* section labels and buttons: "PACK IN CAR" */
	HF_CALL_TO_ACTION,
	HF_LOWER_START,				/* an image's description: "person standing on a scale" */
	HF_MOSTLY_DIGITS,			/* phone numbers, prices */
	HF_OPENING_WORDS,			/* words the opening paragraphs repeat, 0 to 4 */
	HF_PAST_PROSE,				/* inside the window past a paragraph: a subheading */
	HF_INSIDE_TITLE_CASE,		/* title case inside the window counts for less */
	HF_NEAR_3,					/* at most 3 blocks from the window */
	HF_NEAR_8,
	HF_NEAR_20,
	HF_DROPPED,					/* a related or navigation line */
	HF_WORDS_6,
	HF_META_OR_NAME,			/* a meta line or a person's name */
	HF_OVER_BYLINE,				/* a byline or dateline within 3 blocks under it */
	HF_UNDER_DATE,				/* right under a dateline */
	HF_BIO,						/* an author's bio */
	HF_PRINTED_BEFORE,			/* printed before (document title and heading) */
	HF_CONTENTS_ENTRY,			/* in a contents list the article repeats (a count) */
	HF_FEED_TITLE,				/* the title of the page's comments feed */
	HF_HEADING_1,				/* a Markdown scrape's top-level heading ("# Title") */
	HF_HEADING_LOWER,			/* ... a lower heading ("## Section") */
	HF_FIRST_LINE,				/* the scrape's first line without its site name (a DOM dump's <title>) */
	HF_OPENS_TEXT,				/* the text's first line, with the article right under it (a clean text's title) */
	HF_AT_MARGIN,				/* a heading at the margin of a dump indented by three spaces (lynx) */
	HF_FIRST_AT_MARGIN,			/* ... the first of them */
	HF_COUNT
} headline_feature;

static const int headline_weight[HF_COUNT] = {
	[HF_TITLE_CASE] = 3,
	[HF_WORDS_4_20] = 2,
	[HF_WORDS_UNDER_3] = -2,
	[HF_GLYPH_START] = -6,
	[HF_NUMBERED] = -3,
	[HF_BAR_OR_AT] = -4,
	[HF_GLUED] = -4,
	[HF_MENU] = -4,
	[HF_NO_FUNCTION_WORD] = -3,
	[HF_SHOUTING] = -1,
	[HF_CALL_TO_ACTION] = -6,
	[HF_LOWER_START] = -3,
	[HF_MOSTLY_DIGITS] = -4,
	[HF_OPENING_WORDS] = 1,
	[HF_PAST_PROSE] = -3,
	[HF_INSIDE_TITLE_CASE] = -1,
	[HF_NEAR_3] = 3,
	[HF_NEAR_8] = 2,
	[HF_NEAR_20] = 1,
	[HF_DROPPED] = -2,
	[HF_WORDS_6] = 1,
	[HF_META_OR_NAME] = -6,
	[HF_OVER_BYLINE] = 3,
	[HF_UNDER_DATE] = 2,
	[HF_BIO] = -4,
	[HF_PRINTED_BEFORE] = 2,
	[HF_CONTENTS_ENTRY] = -5,
	[HF_FEED_TITLE] = 12,
	[HF_HEADING_1] = 6,
	[HF_HEADING_LOWER] = 1,
	[HF_FIRST_LINE] = 6,
	[HF_OPENS_TEXT] = 3,
	[HF_AT_MARGIN] = 3,
	[HF_FIRST_AT_MARGIN] = 2,
};

/* a and b are the same text but for the case of ASCII letters */
static bool
same_text_ascii_folded(ltext a, ltext b)
{
	if (a.len != b.len)
		return false;
	for (size_t i = 0; i < a.len; i++)
	{
		unsigned char c = (unsigned char) a.s[i],
					d = (unsigned char) b.s[i];

		if (c != d && !(ascii_is_letter(c) && (c | 0x20) == (d | 0x20)))
			return false;
	}
	return true;
}

static bool is_role_line(ltext t, const block_features *f);

/*
 * Two people's names joined by "and" or "&", the first opening with a
 * known given name: "Manoj Jain and Jagpreet Chhatwal", a byline without
 * its "By".
 */
static bool
two_names_joined(ltext t)
{
	for (size_t i = 0; i + 3 < t.len; i++)
	{
		size_t		jl = 0;

		if (t.s[i] != ' ')
			continue;
		if (t.s[i + 1] == '&' && t.s[i + 2] == ' ')
			jl = 3;
		else if (i + 4 < t.len && memcmp(t.s + i + 1, "and ", 4) == 0)
			jl = 5;
		if (jl)
		{
			ltext		a = {t.s, i, NULL},
						b = {t.s + i + jl, t.len - i - jl, NULL};
			block_features fa,
						fb;

			/* the cheap test first: every word of both capitalized */
			for (size_t k = 0; k < t.len; k++)
				if ((k == 0 || t.s[k - 1] == ' ') && (k < i || k >= i + jl) && t.s[k] >= 'a' && t.s[k] <= 'z')
					return false;
			compute_features(a, &fa);
			compute_features(b, &fb);
			return is_name_line(a, &fa, true) &&
				(is_name_line(b, &fb, true) || is_name_line(b, &fb, false));
		}
	}
	return false;
}

/*
 * The page's <title> line is the title t with a site's name after a
 * separator: "How to Make Furniture : 21 Steps - Instructables" after "How
 * to Make Furniture", "Understanding Web Design – A List Apart": t, then
 * a space, a dash, bar, colon, middle dot or guillemet and a space.
 */
static bool
site_suffix_after(ltext page_title, ltext t)
{
	size_t		k = t.len;

	if (t.len == 0 || page_title.len < t.len + 3 ||
		!same_text_ascii_folded((ltext) {page_title.s, t.len, NULL}, t) || page_title.s[k] != ' ')
		return false;
	k++;
	if (page_title.s[k] == '-' || page_title.s[k] == '|' || page_title.s[k] == ':')
		k++;
	else if ((unsigned char) page_title.s[k] >= 0x80)
	{
		int			n;
		int32_t		cp = utf8_at(page_title.s, page_title.len, k, &n);

		if (!(char_is_dash(cp) || cp == 0x00B7 || cp == 0x00BB))
			return false;
		k += (size_t) n;
	}
	else
		return false;
	return k < page_title.len && page_title.s[k] == ' ';
}

/*
 * A text browser prints the page's feed links at the top (lynx: "#Site »
 * Feed Site » Comments Feed Site » Post Title Comments Feed"; elinks: a
 * line "Link: Site » Post Title Comments Feed (alternate)" each): the last
 * "» ... Comments Feed" names the post.  Looked for in the first three
 * blocks when they open with '#', and in elinks' head links; an empty text
 * when there is none.
 */
#define FEED_TITLE_MAX 400
#define HEAD_LINK_BLOCKS 120	/* elinks' "Link:" lines: one per <link> of the page's head */

/*
 * elinks prints each <link> of the page's head as a line: "Link: canonical",
 * "Link: Site » Post Title Comments Feed (alternate)"; never a title
 */
static bool
is_head_link(ltext t)
{
	static const char alternate[] = " (alternate)";
	const size_t alt_len = sizeof(alternate) - 1;

	if (t.len <= 6 || memcmp(t.s, "Link: ", 6) != 0)
		return false;
	return memchr(t.s + 6, ' ', t.len - 6) == NULL ||
		(t.len > 6 + alt_len && memcmp(t.s + t.len - alt_len, alternate, alt_len) == 0);
}

static ltext
comments_feed_title(const block *blocks, size_t n)
{
	static const char feed[] = " Comments Feed";
	const size_t feed_len = sizeof(feed) - 1;
	ltext		title = {NULL, 0, NULL};

	for (size_t b = 0; b < n && b < HEAD_LINK_BLOCKS; b++)
	{
		ltext		t = blocks[b].text;

		/* lynx's line of feeds among the first three blocks; elinks' feed links */
		if (t.len == 0 || !((b < 3 && t.s[0] == '#') || is_head_link(t)))
			continue;
		/* one pass: where the last "» " (C2 BB 20) ended, and each " Comments Feed" */
		for (size_t i = 1, after_guillemet = 0; i + feed_len <= t.len; i++)
		{
			if ((unsigned char) t.s[i - 1] == 0xC2 && (unsigned char) t.s[i] == 0xBB && t.s[i + 1] == ' ')
				after_guillemet = i + 2;
			else if (t.s[i] == ' ' && after_guillemet > 0 && after_guillemet < i &&
					 i - after_guillemet <= FEED_TITLE_MAX && memcmp(t.s + i, feed, feed_len) == 0)
			{
				title.s = t.s + after_guillemet;
				title.len = i - after_guillemet;
			}
		}
		if (title.len > 0)
			break;
	}
	return title;
}

#define HEADLINE_LOOKBACK 60		/* blocks above the article window searched for its title */

/*
 * The headline is a title-like line before the article: scored by title
 * case, length, closeness to the first paragraph, how many of its words
 * the opening paragraphs repeat, and a date line just above it.  Menu-like
 * lines (bullets, bars, phone numbers, a site's menu on one line), numbered
 * list items, authors' bios and table-of-contents entries (lines the
 * article repeats as a subheading) score low.  A breadcrumb trail gives its
 * last part.
 */
#define HEADLINE_KEPT 128
static ptrdiff_t
choose_headline(const block *blocks, const block_features *feat, const bool *matched,
				const block_label *labels, size_t n, bool node_dump, ptrdiff_t first, ptrdiff_t main_first,
				ptrdiff_t last, size_t *value_start, size_t *value_end)
{
	word_bag	bag;
	ptrdiff_t	best_i = -1,
				lo,
				hi;
	int			best = -100;
	/* what is kept of the candidates from lo on (HEADLINE_KEPT of them) for the rules after the scoring */
	int			scores[HEADLINE_KEPT];
	size_t		tails[HEADLINE_KEPT],
				ends[HEADLINE_KEPT];
	bool		printed_before[HEADLINE_KEPT],
				menu_text[HEADLINE_KEPT];
	long		prose_before = 0;
	uint64_t	inner[64];
	int			n_inner = 0;
	uint8_t		repeats_inside[HEADLINE_LOOKBACK];
	ltext		feed_title,
				first_line;

	*value_start = *value_end = 0;
	if (first < 0)
		return -1;
	bag_init(&bag);
	for (ptrdiff_t i = first, used = 0; i <= last && used < 4; i++)
		if (!matched[i] && feat[i].prose)
		{
			bag_add_words(&bag, blocks[i].text.s, blocks[i].text.len, true, NULL);
			used++;
		}
	/* short lines inside the article: subheadings a contents list repeats */
	for (ptrdiff_t i = first; i <= last && n_inner < 64; i++)
		if (!feat[i].prose && feat[i].words <= 20)
			inner[n_inner++] = ap_hash_text(blocks[i].text.s, blocks[i].text.len);

	lo = first > HEADLINE_LOOKBACK ? first - HEADLINE_LOOKBACK : 0;
	feed_title = comments_feed_title(blocks, n);
	/* a dump of text nodes opens with the page's <title> */
	first_line = node_dump ? blocks[0].text : (ltext) {0};
	if (first_line.len > 0)
	{
		size_t		cs,
					ce;

		title_core(first_line, &cs, &ce);
		first_line.s += cs;
		first_line.len = ce - cs;
	}
	/* lines before the window that the article repeats, as many times as it does */
	for (ptrdiff_t i = lo; i < first; i++)
	{
		uint64_t	h = ap_hash_text(blocks[i].text.s, blocks[i].text.len);

		repeats_inside[i - lo] = 0;
		for (int k = 0; k < n_inner; k++)
			repeats_inside[i - lo] += inner[k] == h;
	}
	/* the title may sit inside the window when a short lede opens it */
	hi = first + 40 < last ? first + 40 : last;
	for (size_t k = 0; k < HEADLINE_KEPT; k++)
	{
		scores[k] = -1000;
		printed_before[k] = false;
		menu_text[k] = false;
	}
	for (ptrdiff_t i = lo; i <= hi && i < (ptrdiff_t) n; i++)
	{
		const block_features *f = &feat[i];

		/* prose of the window's main run: a part joined before it (join_island_before) is not the article's body yet */
		if (i > main_first && !matched[i - 1] && feat[i - 1].prose)
			prose_before += feat[i - 1].words;
		ltext		t = blocks[i].text;
		int			score = 0,
					hits = 0,
					fv[HF_COUNT] = {0};
		int32_t		c0 = utf8_at(t.s, t.len, 0, NULL);
		ptrdiff_t	dist = first - i;
		size_t		tail,
					ts,
					te;

		if (matched[i] && !(labels[i].role == ROLE_DROP &&
							(labels[i].reason == AP_REASON_RELATED || labels[i].reason == AP_REASON_NAVIGATION)))
			continue;
		/* nor a line ending in a colon: it opens what follows ("Services include:") */
		if (f->words < 2 || f->words > 30 || (f->terminal && !f->question) || f->tags ||
			prose_not_title(f) || t.s[t.len - 1] == ':' || is_head_link(t))
			continue;
		tail = breadcrumb_tail(t);
		/* "Title / Dec 2025": a date after the separator is not a breadcrumb */
		if (tail && find_time_expression(t.s + tail, t.len - tail, &ts, &te) && ts == 0 &&
			te == t.len - tail)
			tail = 0;
		if (tail)
		{
			/* a breadcrumb: its last part may be the title */
			t.s += tail;
			t.len -= tail;
		}
		{
			/* without a site-name suffix or a date around it */
			size_t		cs,
						ce;

			title_core(t, &cs, &ce);
			t.s += cs;
			t.len = ce - cs;
			tail += cs;
		}
		fv[HF_TITLE_CASE] = title_like(f);
		fv[HF_WORDS_4_20] = f->words >= 4 && f->words <= 20;
		fv[HF_WORDS_UNDER_3] = f->words < 3;
		fv[HF_GLYPH_START] = (!char_is_alnum(c0) && !char_is_quote_mark(c0)) || starts_with_pager_arrow(t);
		fv[HF_NUMBERED] = starts_numbered(t);
		fv[HF_BAR_OR_AT] = memchr(t.s, '|', t.len) || memchr(t.s, '@', t.len);
		fv[HF_GLUED] = glued_word_joins(t) >= 2;
		bool		menu = is_menu_text(t, f);

		fv[HF_MENU] = menu;
		/* six words or more without one function word: a menu or a tag list, seldom a title */
		fv[HF_NO_FUNCTION_WORD] = f->words >= 6 && f->function_words == 0 && f->numbers == 0 && !starts_number_word(t);
		fv[HF_SHOUTING] = shouting(t);
		fv[HF_CALL_TO_ACTION] = ends_with_call_to_action(t);
		menu = menu || fv[HF_NO_FUNCTION_WORD] || fv[HF_CALL_TO_ACTION];
		fv[HF_LOWER_START] = t.len > 0 && t.s[0] >= 'a' && t.s[0] <= 'z';
		fv[HF_MOSTLY_DIGITS] = f->alnum > 0 && f->letters * 2 < f->alnum;
		bag_add_words(&bag, t.s, t.len, false, &hits);
		fv[HF_OPENING_WORDS] = hits > 4 ? 4 : hits;
		if (dist < 0)
		{
			/*
			 * inside the window: past a paragraph it is a subheading more
			 * likely than the title, and title case, the mark of headings,
			 * counts for less there
			 */
			dist = -dist;
			fv[HF_PAST_PROSE] = prose_before > 50;
			fv[HF_INSIDE_TITLE_CASE] = fv[HF_TITLE_CASE];
		}
		fv[HF_NEAR_3] = dist <= 3;
		fv[HF_NEAR_8] = dist > 3 && dist <= 8;
		fv[HF_NEAR_20] = dist > 8 && dist <= 20;
		fv[HF_DROPPED] = matched[i];
		fv[HF_WORDS_6] = f->words >= 6;
		fv[HF_META_OR_NAME] = rx_search(re_meta_line, t.s, t.len, 0, NULL, NULL) ||
			is_name_line(t, f, true) || two_names_joined(t);
		/* a job title by a byline: "By Jane Roe", "Dec. 18, 2025", "National Biotech Reporter" */
		for (ptrdiff_t k = i > 3 ? i - 3 : 0; !fv[HF_META_OR_NAME] && k < (ptrdiff_t) n && k <= i + 3; k++)
			if (k != i && labels[k].role == ROLE_BYLINE)
			{
				fv[HF_META_OR_NAME] = is_role_line(t, f);
				break;
			}
		/* just above the byline or dateline */
		for (ptrdiff_t k = i + 1; k < (ptrdiff_t) n && k <= i + 3; k++)
			if (labels[k].role == ROLE_BYLINE || labels[k].role == ROLE_DATELINE)
			{
				fv[HF_OVER_BYLINE] = 1;
				break;
			}
		/* just under the date: "Nov 30, 2025" then the post's title */
		fv[HF_UNDER_DATE] = i > 0 && labels[i - 1].role == ROLE_DATELINE;
		{
			size_t		bs,
						be;

			/* "Jane Roe is a reporter at ..." */
			fv[HF_BIO] = starts_with_bio(t, false, &bs, &be);
		}
		/* the page repeats its title (document title and heading) */
		bool		repeated = false;

		for (ptrdiff_t k = lo; k < i && !repeated; k++)
			repeated = feat[k].words == f->words && same_text(blocks[k].text, blocks[i].text);
		fv[HF_PRINTED_BEFORE] = repeated && f->words >= 3;
		/*
		 * A contents list: the line and two more within three lines of it
		 * are repeated inside.  The title alone is often repeated there.
		 */
		if (i < first && repeats_inside[i - lo] > 0)
		{
			int			others = 0;

			for (ptrdiff_t k = i - 3; k <= i + 3; k++)
				others += k != i && k >= lo && k < first && repeats_inside[k - lo] > 0;
			if (others >= 2)
				fv[HF_CONTENTS_ENTRY] = repeats_inside[i - lo];
		}
		fv[HF_FEED_TITLE] = feed_title.len > 0 && same_text_ascii_folded(t, feed_title);
		fv[HF_HEADING_1] = blocks[i].heading == 1;
		fv[HF_HEADING_LOWER] = blocks[i].heading > 1 && blocks[i].heading < HEADING_AT_MARGIN;
		fv[HF_AT_MARGIN] = blocks[i].heading >= HEADING_AT_MARGIN;
		fv[HF_FIRST_AT_MARGIN] = blocks[i].heading == HEADING_FIRST_AT_MARGIN;
		fv[HF_FIRST_LINE] = i > 0 && first_line.len > 0 && (same_text_ascii_folded(t, first_line) ||
															 site_suffix_after(first_line, t));
		fv[HF_OPENS_TEXT] = i == 0 && first == 1 && !menu && !fv[HF_BAR_OR_AT];
		for (int k = 0; k < HF_COUNT; k++)
			score += headline_weight[k] * fv[k];
#ifdef AP_TRACE
		TRACE("hfeat\t%d", (int) i);
		for (int k = 0; k < HF_COUNT; k++)
			TRACE("\t%d", fv[k]);
		TRACE("\t|%d\t%d\t%d\t%d\t%d\n", (int) f->words, repeated, menu, (int) title_like(f), (int) f->terminal);
#endif
		TRACE("headline\t%d\t%d\t%.*s\n", (int) i, score, (int) t.len, t.s);
		if (i - lo < HEADLINE_KEPT)
		{
			scores[i - lo] = score;
			printed_before[i - lo] = repeated;
			menu_text[i - lo] = menu || fv[HF_GLUED] || fv[HF_GLYPH_START];
			tails[i - lo] = tail;
			ends[i - lo] = tail + t.len;
		}
		if (score > best)
		{
			best = score;
			best_i = i;
			*value_start = tail;
			*value_end = tail + t.len;
		}
	}
	/*
	 * A title and the standfirst under it score alike: the title comes
	 * first.  Not a line the page printed before (a menu entry repeated
	 * above the article: "Book a Demo Log In"), nor a menu line.
	 *
	 * A standfirst proper, a sentence-case line without a full stop over
	 * the byline or date, outscores the title by the opening's words it
	 * repeats (up to 4) and its length (1): the line right above it, of
	 * five words or more, is the title within that margin.  Shorter lines
	 * there are section labels ("Healthy aging and longevity").  A heading
	 * (marked up, centred or at the margin) keeps its place over a line
	 * that is none.
	 */
	bool		standfirst = best_i >= 0 && !title_like(&feat[best_i]) && !feat[best_i].terminal;

	for (ptrdiff_t k = best_i + 1; standfirst; k++)
	{
		if (k >= (ptrdiff_t) n || k > best_i + 3)
			standfirst = false;
		else if (labels[k].role == ROLE_BYLINE || labels[k].role == ROLE_DATELINE)
			break;
	}
	/* ... nor over a best line the page printed before itself (its document title) */
	bool		best_printed = best_i >= lo && best_i - lo < HEADLINE_KEPT && printed_before[best_i - lo];

	for (ptrdiff_t k = best_i - 3; best_i >= 0 && !best_printed && k < best_i; k++)
		if (k >= lo && k - lo < HEADLINE_KEPT &&
			scores[k - lo] >= best - (standfirst && k == best_i - 1 && feat[k].words >= 5 ? 5 : 1) &&
			feat[k].words >= 3 && !printed_before[k - lo] && !menu_text[k - lo] &&
			!(blocks[best_i].heading && !blocks[k].heading))
		{
			best_i = k;
			*value_start = tails[k - lo];
			*value_end = ends[k - lo];
			break;
		}
	if (best < 4)
		return -1;
	{
		ptrdiff_t	inner_line = headline_inner_line(blocks, feat, labels, n, best_i, *value_start, *value_end);

		TRACE("hpick\t%d\t%d\n", (int) best_i, (int) inner_line);
		if (inner_line >= 0)
		{
			best_i = inner_line;
			*value_start = 0;
			*value_end = blocks[inner_line].text.len;
		}
	}
	headline_trim(blocks[best_i].text, value_start, value_end);
	return best_i;
}

/*
 * An author's bio: "Jane Roe is a reporter who covers ...", "Dr. Jane Roe
 * has twenty years of experience ...", "Jane joined the paper in 2019":
 * one to three capitalized words, the first a given name (or after
 * "Dr."/"Prof."), then a verb of biography.
 */
static bool
starts_with_bio(ltext t, bool any_given, size_t *name_start, size_t *name_end)
{
	static const char *const titles[] = {"dr", "dr.", "prof", "prof.", "professor", NULL};
	size_t		i = 0;
	int			names = 0;
	bool		titled = false,
				unknown = false;	/* the first name is not a given name we know: a surname must follow */

	while (i < t.len)
	{
		size_t		ws = i;

		while (i < t.len && t.s[i] != ' ')
			i++;
		if (i == ws || i - ws > 40)
			return false;
		if (names == 0 && !titled && in_list(titles, t.s + ws, i - ws))
			titled = true;
		else if (names >= 1 && !unknown && in_list(bio_verbs, t.s + ws, i - ws))
			return true;
		else if (names >= 2 && unknown && i - ws == 2 && memcmp(t.s + ws, "is", 2) == 0)
		{
			/* an unknown name: "Mirel Zaman is the health director", "... is a writer" */
			static const char *const articles[] = {"a", "an", "the", NULL};
			size_t		as = i + 1,
						ae = as;

			while (ae < t.len && t.s[ae] != ' ')
				ae++;
			return as < t.len && in_list(articles, t.s + as, ae - as);
		}
		else
		{
			if (names == 3 || !char_is_upper(utf8_at(t.s, t.len, ws, NULL)))
				return false;
			if (names == 0 && !titled && !gaz_lookup(GAZ_GIVEN_NAME, t.s + ws, i - ws))
			{
				/* a name nonetheless, not a word: "Mirel", not "The" or "Consumer" */
				if (!any_given || is_dictionary_word(t.s + ws, i - ws))
					return false;
				unknown = true;
			}
			if (names == 0)
				*name_start = ws;
			*name_end = i;
			names++;
		}
		while (i < t.len && t.s[i] == ' ')
			i++;
	}
	return false;
}

static bool has_bio_cue(ltext t);

/*
 * A bio that opens with the person's role: "As a writer, Pavlina creates
 * ...", "As the site's shopping editor, Emily has covered ...": "As", a
 * role with a bio's word, a comma, then a given name and a lower-case verb.
 */
static bool
role_first_bio(ltext t, size_t *name_start, size_t *name_end)
{
	size_t		comma,
				e;

	if (t.len < 12 || memcmp(t.s, "As ", 3) != 0)
		return false;
	for (comma = 3; comma < t.len && comma < 64 && t.s[comma] != ','; comma++)
		;
	if (comma + 2 >= t.len || t.s[comma] != ',' || t.s[comma + 1] != ' ' ||
		!has_bio_cue((ltext) {t.s + 3, comma - 3, NULL}))
		return false;
	for (e = comma + 2; e < t.len && t.s[e] != ' '; e++)
		;
	if (e + 1 >= t.len || !(t.s[e + 1] >= 'a' && t.s[e + 1] <= 'z') ||
		!gaz_lookup(GAZ_GIVEN_NAME, t.s + comma + 2, e - comma - 2))
		return false;
	*name_start = comma + 2;
	*name_end = e;
	return true;
}

/* a word that only an author's bio uses: "reporter", "years of experience", "based in" */
static bool
has_bio_cue(ltext t)
{
	static const char *const cues[] = {
		"writer", "editor", "reporter", "journalist", "author", "contributor", "columnist",
		"correspondent", "blogger", "freelance", "founder", "co-founder", "experience", "expertise",
		"specializes", "specialises", "specializing", "passionate", "degree", "graduate", "covers",
		"writes", "based", "manager", "director", "owner", "ceo", "cto", "vp", "president", "professor",
		"faculty", "specialist", "enthusiast", "consultant", "strategist", "executive", "economist",
		"instructor", "educator", "marketer", NULL
	};
	size_t		i = 0;

	while (i < t.len)
	{
		size_t		ws = i;

		while (i < t.len && t.s[i] != ' ' && t.s[i] != ',' && t.s[i] != '.')
			i++;
		if (i > ws && in_list(cues, t.s + ws, i - ws))
			return true;
		while (i < t.len && (t.s[i] == ' ' || t.s[i] == ',' || t.s[i] == '.'))
			i++;
	}
	return false;
}

/*
 * A bio's next paragraph: "She has covered ...", "His work has appeared in
 * ...", "When she's not ...".  Not one that reports speech ("She said the
 * agency ..."), which is the article's.
 */
static bool
continues_bio(ltext t)
{
	static const char *const openers[] = {
		"he", "she", "they", "his", "her", "their", "when", "he's", "she's", "he\xE2\x80\x99s", "she\xE2\x80\x99s", NULL
	};
	static const char *const reporting[] = {"said", "says", "told", "added", NULL};
	size_t		i = 0;

	if (t.len == 0 || t.s[0] < 'A' || t.s[0] > 'Z' || !first_word_in(openers, t))
		return false;
	while (i < t.len)
	{
		size_t		ws;

		while (i < t.len && !ascii_is_letter(t.s[i]))
			i++;
		ws = i;
		while (i < t.len && ascii_is_letter(t.s[i]))
			i++;
		if (i > ws && in_list(reporting, t.s + ws, i - ws))
			return false;
	}
	return true;
}

/*
 * The short name, role and "About the author" lines just above a bio, up
 * to reach blocks up: where the author box starts.
 */
static ptrdiff_t
author_box_start(const block_features *feat, ptrdiff_t first, ptrdiff_t bio, ptrdiff_t reach)
{
	ptrdiff_t	from = bio;

	while (from - 1 > first && bio - (from - 1) <= reach && !feat[from - 1].prose &&
		   !feat[from - 1].terminal && feat[from - 1].words <= 6)
		from--;
	return from;
}

/* blocks [from, to] that are still the article's are an author box: footer */
static void
drop_author_box(block_features *feat, bool *matched, block_label *labels, ptrdiff_t from, ptrdiff_t to)
{
	for (ptrdiff_t k = from; k <= to; k++)
		if (!matched[k] || labels[k].role == ROLE_BODY)
		{
			drop_as(&labels[k], AP_REASON_FOOTER);
			matched[k] = true;
			feat[k].prose = false;
		}
}

/*
 * An author box's bio under its name line: a line of two to four words up
 * to four blocks above ("Chen Zhao", "Jared Spataro" over a role or social
 * links) whose name the paragraph opens with (after any image
 * placeholder), in full or by its first word alone, and says what the
 * person does: a verb of biography right after the name
 * ("Chen Zhao is the head of ...", "Jared leads ...", "Jean-Luc started
 * ..."), or a word of biography after the full name ("Jane Roe, a
 * licensed CPA, specializes in ...").  "Rocky Hill Ranch" over "Rocky Hill
 * is another great day trip" is no name line.
 */
static bool
named_in_line_above(const block *blocks, const block_features *feat, ptrdiff_t first, ptrdiff_t i,
					ptrdiff_t *name_block, size_t *name_start, size_t *name_end)
{
	ltext		t = without_lead_furniture(blocks[i].text),
				given = first_word_of(t);
	size_t		lead = (size_t) (t.s - blocks[i].text.s);
	if (given.len < 2 || !char_is_upper(utf8_at(t.s, t.len, 0, NULL)))
		return false;
	/* up to four blocks above: social links may sit between ("• X (Twitter)", "• LinkedIn") */
	for (ptrdiff_t j = i - 1; j > first && j >= i - 4; j--)
	{
		ltext		name = blocks[j].text;
		size_t		after;
		bool		full;

		if (feat[j].prose || feat[j].terminal || feat[j].words < 2 || feat[j].words > 4 ||
			name.len > 60 || !same_text(first_word_of(name), given))
			continue;
		full = t.len > name.len && memcmp(t.s, name.s, name.len) == 0 &&
			(t.s[name.len] == ' ' || t.s[name.len] == ',');
		after = full ? name.len : given.len;
		while (after < t.len && (t.s[after] == ' ' || t.s[after] == ','))
			after++;
		if (after < t.len && first_word_in(bio_verbs, (ltext) {t.s + after, t.len - after, NULL}))
		{
			/* the first name alone: the name line gives the full name when it is one */
			if (!full && is_name_line(name, &feat[j], true))
			{
				*name_block = j;
				*name_start = 0;
				*name_end = name.len;
				return true;
			}
			*name_block = i;
			*name_start = lead;
			*name_end = lead + (full ? name.len : given.len);
			return true;
		}
		if (full && has_bio_cue(t))
		{
			*name_block = i;
			*name_start = lead;
			*name_end = lead + name.len;
			return true;
		}
	}
	return false;
}

#define PITCH_WORDS_MAX 80		/* the pitch's question and what follows it */
#define PITCH_ARTICLE_MIN 150	/* words of prose above it */

/*
 * The sales pitch that closes a page's article: a short question that
 * asks the reader ("Ready to sleep again?", "Want to learn more?", "Need
 * professional help with your project?") in its last three blocks, with
 * at most PITCH_WORDS_MAX words from it to the end.  It and what follows
 * are the page's footer.
 */
static ptrdiff_t
trim_closing_pitch(const block *blocks, block_features *feat, const bool *matched, block_label *labels,
				   ptrdiff_t first, ptrdiff_t last)
{
	static rx_code *re;
	long		words = 0,
				above = 0;

	if (first < 0)
		return last;
	if (!re)
		re = rx_compile_builtin("^(?:ready to|want to|want more|need (?:more|some|any|a|professional|expert) |"
								"need help|looking for|interested in|not sure|still have questions|have questions)\\b"
								"[^?]*\\?$", true);
	for (ptrdiff_t i = last; i > first && last - i < 3; i--)
	{
		if (matched[i] || labels[i].role != ROLE_BODY)
			continue;
		words += feat[i].words;
		if (words > PITCH_WORDS_MAX)
			return last;
		if (feat[i].words > 14 || !feat[i].question ||
			!rx_search(re, blocks[i].text.s, blocks[i].text.len, 0, NULL, NULL))
			continue;
		for (ptrdiff_t k = first; k < i; k++)
			if (!matched[k] && feat[k].prose)
				above += feat[k].words;
		if (above < PITCH_ARTICLE_MIN)
			return last;
		for (ptrdiff_t k = i; k <= last; k++)
			if (!matched[k] && labels[k].role == ROLE_BODY)
			{
				drop_as(&labels[k], AP_REASON_FOOTER);
				feat[k].prose = false;
			}
		last = i - 1;
		while (last > first && (matched[last] || labels[last].role != ROLE_BODY))
			last--;
		return last;
	}
	return last;
}

/*
 * The author box that closes some articles: a bio paragraph among the last
 * blocks of the window with no prose after it but more about the person
 * ("She has ...", "Karina holds ..."), and the short name and role lines
 * just above it.  Dropped as footer; returns the new last block, before
 * the short lines between the article and the box (tags, a sign-off) but
 * not before a line of eight words or more.
 */
static ptrdiff_t
trim_closing_bio(const block *blocks, block_features *feat, bool *matched, block_label *labels,
				 ptrdiff_t first, ptrdiff_t last, ptrdiff_t *bio_block, size_t *name_start, size_t *name_end)
{
	ptrdiff_t	bio = -1,
				name_block = -1;
	ltext		given;

	*bio_block = -1;
	if (first < 0)
		return last;
	for (ptrdiff_t i = last; i > first && i >= last - 3 && bio < 0; i--)
	{
		if (matched[i] || feat[i].words < 8)
			continue;
		if ((starts_with_bio(blocks[i].text, true, name_start, name_end) && has_bio_cue(blocks[i].text)) ||
			role_first_bio(blocks[i].text, name_start, name_end))
			bio = name_block = i;
		else if (named_in_line_above(blocks, feat, first, i, &name_block, name_start, name_end))
			bio = i;
	}
	if (bio < 0)
		return last;
	given = first_word_of(without_lead_furniture(blocks[bio].text));
	/* prose after a bio is part of the article, unless it goes on about the person */
	for (ptrdiff_t k = bio + 1; k <= last; k++)
		if (!matched[k] && feat[k].prose && !continues_bio(blocks[k].text) &&
			!same_text(first_word_of(blocks[k].text), given))
			return last;
	/* the name, role and "About the author" lines above it */
	ptrdiff_t	from = author_box_start(feat, first, bio, 3);

	drop_author_box(feat, matched, labels, from, last);
	*bio_block = name_block;
	last = from - 1;
	while (last > first && (matched[last] || (!feat[last].prose && feat[last].words < 8)))
		last--;
	return last;
}

/*
 * An author box inside the window's last third, with more after it (a
 * FAQ, related posts): the bio under its name line that names a role or
 * experience ("Trevor Jackins is a Senior Digital Marketing Manager at
 * ...", "Lisa has over 20 years of experience ..."), the short lines just
 * above it and the paragraphs that go on about the person.  Dropped as
 * footer; the window keeps its ends.  The name must open with a given
 * name: listed companies and places are described the same way.  Returns
 * the block that names the earliest such author (the bio, or its name line
 * when the bio gives the first name alone), the name in [*name_start,
 * *name_end); -1 when there is none.
 */
static ptrdiff_t
drop_inner_bios(const block *blocks, block_features *feat, bool *matched, block_label *labels,
				ptrdiff_t first, ptrdiff_t last, size_t *name_start, size_t *name_end)
{
	ptrdiff_t	earliest = -1;

	if (first < 0 || last - first < 6)
		return -1;
	for (ptrdiff_t i = first + (last - first) * 2 / 3; i <= last; i++)
	{
		size_t		ns,
					ne;
		ptrdiff_t	to = i,
					name_block;

		/* the name line first: it rules out most blocks at once */
		if (matched[i] || feat[i].words < 8 || !named_in_line_above(blocks, feat, first, i, &name_block, &ns, &ne) ||
			!has_bio_cue(blocks[i].text))
			continue;
		/* a person: the name opens with a given name ("Goat is a global agency ..." is a listed company) */
		{
			ltext		given = first_word_of((ltext) {blocks[name_block].text.s + ns, ne - ns, NULL});

			if (!gaz_lookup(GAZ_GIVEN_NAME, given.s, given.len))
				continue;
		}
		while (to + 1 <= last && !matched[to + 1] && feat[to + 1].prose && continues_bio(blocks[to + 1].text))
			to++;
		drop_author_box(feat, matched, labels, author_box_start(feat, first, i, 4), to);
		if (earliest < 0)
		{
			earliest = name_block;
			*name_start = ns;
			*name_end = ne;
		}
		i = to;
	}
	return earliest;
}

/*
 * An author as a line of its own beside a date: one to five capitalized
 * words ("Supermove", "LEONARDO GARCIA", "BCBSOK Connect Team", "Chen Zhao
 * and Daryl Fairweather"), no date words, and not all plain dictionary
 * words unless a given name leads ("Sustainability", "Latest News" are
 * not authors).
 */
/* words of dates and times, never part of a name */
static const char *const date_words[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt",
	"pst", "pdt", "bst", "cet", "cest", "ist", NULL
};

static bool
is_author_name(ltext t, const block_features *f)
{
	static const char *const joins[] = {"and", "&", NULL};
	size_t		i = 0;
	int			words = 0,
				plain = 0;
	bool		given_first = false,
				joined = false;

	if (f->words < 1 || f->words > 5 || f->terminal || f->tags || f->numbers || t.len > 60 ||
		rx_search(re_meta_line, t.s, t.len, 0, NULL, NULL))
		return false;
	while (i < t.len)
	{
		size_t		ws = i;
		char		low[32];

		while (i < t.len && t.s[i] != ' ')
			i++;
		if (in_list(joins, t.s + ws, i - ws) && words > 0 && i < t.len)
		{
			joined = true;
			while (i < t.len && t.s[i] == ' ')
				i++;
			continue;
		}
		if (!char_is_upper(utf8_at(t.s, t.len, ws, NULL)) || i - ws >= sizeof(low) ||
			in_list(date_words, t.s + ws, i - ws))
			return false;
		for (size_t k = ws; k < i; k++)
		{
			unsigned char c = (unsigned char) t.s[k];

			if (!(char_is_letter((int32_t) c) || c >= 0x80 || c == '.' || c == '\'' || c == '-'))
				return false;
			low[k - ws] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
		}
		{
			/* a hyphenated word is plain when its parts are ("Walk-Through") */
			size_t		ps = 0;
			bool		all_plain = true;

			for (size_t k = 0; k <= i - ws && all_plain; k++)
				if (k == i - ws || low[k] == '-')
				{
					all_plain = k > ps && gaz_lookup(GAZ_COMMON_WORD, low + ps, k - ps);
					ps = k + 1;
				}
			plain += all_plain;
		}
		for (size_t k = 0; k + 4 <= i - ws; k++)
			if (memcmp(low + k, "logo", 4) == 0 || memcmp(low + k, "icon", 4) == 0)
				return false;	/* an image's name: "Acme-logo" */
		if (i - ws > 4 && low[i - ws - 4] == '.' && (memcmp(low + (i - ws - 3), "com", 3) == 0 ||
													  memcmp(low + (i - ws - 3), "org", 3) == 0 ||
													  memcmp(low + (i - ws - 3), "net", 3) == 0))
			return false;		/* a site's address: "TopGear.com" */
		if (words == 0 && gaz_lookup(GAZ_GIVEN_NAME, t.s + ws, i - ws))
			given_first = true;
		words++;
		while (i < t.len && t.s[i] == ' ')
			i++;
	}
	/* two people are joined by "and" ("Chen Zhao and Daryl Fairweather"), a section's words by "&" too */
	return words > 0 && (given_first || (plain < words && !joined));
}

/* the block beside i (skipping image placeholders and markup) is a short date or reading-time line */
static bool
beside_short_dateline(const block *blocks, const block_features *feat, const block_label *labels, size_t n,
					  ptrdiff_t i)
{
	for (int dir = -1; dir <= 1; dir += 2)
	{
		bool		crossed = false;

		for (ptrdiff_t k = i + dir, steps = 0; k >= 0 && k < (ptrdiff_t) n && steps < 3; k += dir, steps++)
		{
			if (labels[k].role == ROLE_DROP && labels[k].reason == AP_REASON_MARKUP)
				continue;
			if ((labels[k].role == ROLE_DATELINE && feat[k].words <= 8) ||
				(feat[k].words <= 6 && rx_search(re_reading_time, blocks[k].text.s, blocks[k].text.len, 0, NULL, NULL)))
				return true;
			/* one word between them, a section or category: "Jane Roe", "Marketing", "August 26, 2025" */
			if (dir == 1 && feat[k].words == 1 && !feat[k].terminal && !crossed)
			{
				crossed = true;
				continue;
			}
			break;
		}
	}
	return false;
}

static bool find_full_date(ltext t, size_t *start, size_t *end);

/* length of a separator between a date and a name at t.s[i] ("|", "·", "•", "—", "-", ","), 0 if none */
static size_t
meta_separator_len(ltext t, size_t i)
{
	const unsigned char *u = (const unsigned char *) t.s;

	if (u[i] == '|' || u[i] == ',')
		return 1;
	/* a dash or slash between spaces, not inside "Jean-Pierre" or "and/or" */
	if ((u[i] == '-' || u[i] == '/') && (i == 0 || u[i - 1] == ' ') && (i + 1 >= t.len || u[i + 1] == ' '))
		return 1;
	if (i + 1 < t.len && u[i] == 0xC2 && u[i + 1] == 0xB7)
		return 2;				/* · */
	if (i + 2 < t.len && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA2 || u[i + 2] == 0x94 || u[i + 2] == 0x93))
		return 3;				/* • — – */
	return 0;
}

static bool
names_author(ltext t)
{
	block_features f;

	if (t.len == 0)
		return false;
	compute_features(t, &f);
	return is_name_line(t, &f, false) || is_author_name(t, &f);
}

/*
 * The author a dateline names around its date: "Jane Roe Published March
 * 4, 2025", "Jane Roe | March 4, 2025", "Dec. 19, 2025 · Jane Roe on behalf
 * of the team".  Sets [*start, *end) and returns true when found.
 */
static bool
dateline_author(ltext t, const block_label *l, size_t *start, size_t *end)
{
	static const char *const labels_before[] = {
		"published", "updated", "posted", "on", "date", "last", "modified", NULL
	};
	ltext		pre = t;
	size_t		i;

	/* before the date, without separators and "Published" or "Updated on" */
	pre.len = l->value_start;
	for (bool again = true; again && pre.len > 0;)
	{
		size_t		ws;

		again = false;
		/* a dash glued to the name before the date is a separator too: "EcoFlow- 2025/4/29" */
		while (pre.len > 0 && (pre.s[pre.len - 1] == ' ' || pre.s[pre.len - 1] == ':' || pre.s[pre.len - 1] == '-' ||
							   meta_separator_len(pre, pre.len - 1) == 1))
		{
			pre.len--;
			again = true;
		}
		while (pre.len > 0 && ((unsigned char) pre.s[pre.len - 1] & 0xC0) == 0x80)
		{
			/* a multi-byte separator ending here */
			ws = utf8_prev(pre.s, pre.len);
			if (meta_separator_len(pre, ws) == pre.len - ws)
			{
				pre.len = ws;
				again = true;
			}
			else
				break;
		}
		for (ws = pre.len; ws > 0 && pre.s[ws - 1] != ' '; ws--)
			;
		/* "Published on", and a handle after the name: "Jane Roe @janeroe" */
		if (ws < pre.len && (in_list(labels_before, pre.s + ws, pre.len - ws) || (pre.s[ws] == '@' && ws > 0)))
		{
			pre.len = ws;
			again = true;
		}
	}
	{
		size_t		skip = lead_furniture_len(pre);	/* "[avatar] Jane Roe December 9, 2024" */

		/* "0 · by Jane Roe · Updated on ...": the name after a "by" of its own */
		for (size_t k = pre.len; k >= skip + 3 && k > 0; k--)
			if (ascii_ieq(pre.s + k - 3, 3, "by ") && (k == 3 || pre.s[k - 4] == ' '))
			{
				skip = k;
				break;
			}
		if (names_author((ltext) {pre.s + skip, pre.len - skip, NULL}))
		{
			*start = skip;
			*end = pre.len;
			return true;
		}
	}
	/*
	 * After the date: glued to it ("Dec 17, 2025Jane Roe"), or behind a
	 * separator, up to the next one or a lower-case word; else the last
	 * part of the line ("December 15, 2025 · 30 min · Jane Roe").
	 */
	i = l->value_end;
	{
		size_t		bs = 0,
					be = 0,
					ds,
					de;

		/* "September 1, 2016September 8, 2016Jane Roe": past the dates glued after it */
		while (find_full_date((ltext) {t.s + i, t.len - i, NULL}, &ds, &de) && ds <= 1)
			i += de;
		/* "Posted on December 20, 2025 by Jane Roe - 5 Comments" */
		by_after_date(t, i, &bs, &be);
		if (be > bs)
		{
			*start = bs;
			*end = be;
			return true;
		}
	}
	while (i < t.len && t.s[i] == ' ')
		i++;
	if (i >= t.len)
		return false;
	if (!(i > 0 && t.s[i - 1] >= '0' && t.s[i - 1] <= '9' && t.s[i] >= 'A' && t.s[i] <= 'Z'))
	{
		if (meta_separator_len(t, i) == 0)
		{
			/* only a space between: a person's name, a given name first ("Sep 01, 2023 Jane Roe") */
			ltext		rest = {t.s + i, t.len - i, NULL};
			block_features rf;

			compute_features(rest, &rf);
			if (!is_name_line(rest, &rf, true))
				return false;
			*start = i;
			*end = t.len;
			return true;
		}
		i += meta_separator_len(t, i);
	}
	for (int part = 0; part < 2; part++)
	{
		size_t		e;

		while (i < t.len && t.s[i] == ' ')
			i++;
		i += lead_furniture_len((ltext) {t.s + i, t.len - i, NULL});	/* "• [avatar] Jane Roe" */
		e = i;
		while (e < t.len && meta_separator_len(t, e) == 0 &&
			   !(t.s[e] == ' ' && e + 1 < t.len && t.s[e + 1] >= 'a' && t.s[e + 1] <= 'z'))
			e++;
		while (e > i && t.s[e - 1] == ' ')
			e--;
		if (e > i && names_author((ltext) {t.s + i, e - i, NULL}))
		{
			*start = i;
			*end = e;
			return true;
		}
		/* the last part: after the last separator */
		for (size_t k = t.len; k > e; k--)
			if (meta_separator_len(t, k - 1) > 0 && (k - 1 == 0 || (unsigned char) t.s[k - 1] < 0x80 ||
													  ((unsigned char) t.s[k - 1] & 0xC0) == 0xC0))
			{
				i = k - 1 + meta_separator_len(t, k - 1);
				break;
			}
		if (i <= e)
			break;
	}
	return false;
}

/* bytes of a list glyph or image placeholder (and spaces) that open t: "• ", "[jane-150x150]" */
static size_t
lead_furniture_len(ltext t)
{
	size_t		i = 0;

	for (;;)
	{
		ltext		rest;
		size_t		pl;

		while (i < t.len && t.s[i] == ' ')
			i++;
		rest = (ltext) {t.s + i, t.len - i, NULL};
		if (rest.len == 0)
			return i;
		if (starts_with_glyph(rest))
			i += (size_t) utf8_decode((const unsigned char *) rest.s, rest.len, &(int32_t) {0});
		else if (rest.s[0] != '[')
			return i;
		else if ((pl = placeholder_len(t.s, t.len, i)) > 0)
			i += pl;
		else
		{
			/* an image's name or inline data: no spaces up to the bracket */
			size_t		k = 1;

			while (k < rest.len && k < 8192 && rest.s[k] != ']' && rest.s[k] != ' ')
				k++;
			if (k >= rest.len || rest.s[k] != ']')
				return i;
			i += k + 1;
		}
	}
}

/* t after its lead furniture ("• [avatar] Jane Roe" -> "Jane Roe") */
static ltext
without_lead_furniture(ltext t)
{
	size_t		skip = lead_furniture_len(t);

	return (ltext) {t.s + skip, t.len - skip, t.src ? t.src + skip : NULL};
}

/*
 * t names an author, behind any list glyph or image placeholder: a name
 * line (see is_name_line) or an author-like name (is_author_name).  Sets
 * [*start, *end) to the name.
 */
static bool
author_line(ltext t, size_t *start, size_t *end)
{
	size_t		skip = lead_furniture_len(t);
	ltext		u = {t.s + skip, t.len - skip, NULL};
	block_features f;

	if (u.len == 0)
		return false;
	/* "Jane RoeJane RoeJane Roe", "Jane Roe Jane Roe": the name glued to itself or repeated */
	for (size_t p = 3; p <= u.len / 2; p++)
	{
		if (u.len % p == 0 && u.s[p] >= 'A' && u.s[p] <= 'Z' && memcmp(u.s, u.s + p, u.len - p) == 0)
		{
			u.len = p;
			break;
		}
		if ((u.len + 1) % (p + 1) == 0 && u.s[p] == ' ' && memcmp(u.s, u.s + p + 1, u.len - p - 1) == 0)
		{
			u.len = p;
			break;
		}
	}
	compute_features(u, &f);
	if (!(is_name_line(u, &f, true) || is_name_line(u, &f, false) || is_author_name(u, &f)))
		return false;
	*start = skip;
	*end = skip + u.len;
	return true;
}

/* "Audrey Huang, Managing Editor", "Jane Roe | Guest Columnist": the name before a job title */
static bool
name_with_role(ltext t, size_t *start, size_t *end)
{
	for (size_t i = 0; i + 2 < t.len; i++)
		if ((t.s[i] == ',' && t.s[i + 1] == ' ') || (t.s[i] == ' ' && t.s[i + 1] == '|'))
		{
			ltext		name = {t.s, i, NULL};
			ltext		role = {t.s + i + 2, t.len - i - 2, NULL};
			block_features rf;

			while (role.len && role.s[0] == ' ')
			{
				role.s++;
				role.len--;
			}
			/* the title ends at the next separator: "Jane Roe | Senior Writer | July 2, 2025" */
			for (size_t k = 0; k + 1 < role.len; k++)
				if (role.s[k] == '|' || (role.s[k] == ',' && role.s[k + 1] == ' '))
				{
					role.len = k;
					break;
				}
			while (role.len && role.s[role.len - 1] == ' ')
				role.len--;
			while (name.len && name.s[name.len - 1] == ' ')
				name.len--;
			compute_features(role, &rf);
			return is_role_line(role, &rf) && author_line(name, start, end);
		}
	return false;
}

/*
 * A user name after "by": "by jsteinhardt", "by whova | Apr 21, 2025",
 * "by @jane_roe" (re_byline wants a capital).  Sets [*start, *end).
 */
static bool
username_byline(ltext t, size_t *start, size_t *end)
{
	size_t		i = 0,
				s,
				e;
	bool		lower = false;

	if (t.len > 7 && (ascii_ieq(t.s, 7, "posted ") || ascii_ieq(t.s, 8, "written ")))
		i = t.s[0] == 'p' || t.s[0] == 'P' ? 7 : 8;
	if (i + 3 > t.len || !ascii_ieq(t.s + i, 2, "by") || !(t.s[i + 2] == ' ' || t.s[i + 2] == ':'))
		return false;
	i += 3;
	while (i < t.len && (t.s[i] == ' ' || t.s[i] == ':' || t.s[i] == '@'))
		i++;
	s = e = i;
	while (e < t.len && (((t.s[e] | 32) >= 'a' && (t.s[e] | 32) <= 'z') || (t.s[e] >= '0' && t.s[e] <= '9') ||
						 t.s[e] == '_' || t.s[e] == '.' || t.s[e] == '-'))
	{
		lower = lower || (t.s[e] >= 'a' && t.s[e] <= 'z');
		e++;
	}
	size_t		g = glued_month(t, s);	/* "janeroeFebruary 3, 2025" */

	if (g && g < e)
		e = g;
	if (e - s < 3 || e - s >= DICTIONARY_WORD_MAX || !lower || !((t.s[s] | 32) >= 'a' && (t.s[s] | 32) <= 'z') ||
		in_list(date_words, t.s + s, e - s))
		return false;
	if (is_dictionary_word(t.s + s, e - s))
		return false;			/* "by design", "by hand" */
	/* then nothing, or a separator or a date */
	for (i = e; i < t.len && t.s[i] == ' '; i++)
		;
	if (i < t.len && i != g && meta_separator_len(t, i) == 0 && !(t.s[i] >= '0' && t.s[i] <= '9'))
		return false;
	*start = s;
	*end = e;
	return true;
}

/*
 * "This post was written by Jane Roe, ...": the name after a sentence that
 * says who wrote the piece.  Sets [*start, *end).
 */
static bool
written_by_sentence(ltext t, size_t *start, size_t *end)
{
	static rx_code *re;
	size_t		ms,
				me,
				i;
	int			words = 0;

	if (!re)
		re = rx_compile_builtin("\\b(?:this|the) (?:blog )?(?:post|article|story|piece|guide|review) (?:was|is|has been) "
								"(?:written|authored|contributed|researched and written) by ", true);
	if (!rx_search(re, t.s, t.len, 0, &ms, &me))
		return false;
	i = me;
	*start = i;
	*end = i;
	while (i < t.len && words < 4)
	{
		size_t		ws = i;

		if (!char_is_upper(utf8_at(t.s, t.len, i, NULL)))
			break;
		while (i < t.len && t.s[i] != ' ' && t.s[i] != ',' && !(t.s[i] == '.' && (i + 1 == t.len || t.s[i + 1] == ' ') &&
																  i - ws > 2))
			i++;
		*end = i;
		words++;
		if (i >= t.len || t.s[i] != ' ')
			break;
		i++;
	}
	return words >= 2;
}

/*
 * Furniture that sits among the article's own lines and is only known
 * once the article is found (dropping it earlier would shrink the window
 * on product reviews): shop buttons ("Check Price at Amazon"), share
 * buttons ("Click to share on X (Opens in new window)"), page numbers
 * ("• 2"), percentages and "#3" alone, form and modal controls.
 */
static bool
is_inline_furniture(ltext t)
{
	static rx_code *re;

	if (!re)
		re = rx_compile_builtin(
			"^(?:[-*\\x{2022}\\x{00B7}]\\s*)?(?:"
			"book now|check (?:the )?(?:latest )?prices?(?: (?:at|on) [\\w .&'-]{2,30})?(?: \\(on sale!?\\))?|"
			"buy (?:it )?(?:now|(?:on|at|from) [\\w .&'-]{2,30})|view (?:the )?deal|see (?:the )?(?:latest )?price|"
			"get (?:the|this) deal|view on [\\w .&'-]{2,30}|copy link|link copied|"
			"click to (?:share|print|email)(?: on [\\w .]+)?(?: \\(opens in new window\\))?(?: [\\w.]+)?|"
			"share this:?.*|close modal|expand all(?: collapse all)?|collapse all|"
			"this field is for validation purposes.*)\\W*$"
			"|^(?:[-*\\x{2022}\\x{00B7}]\\s*[0-9]{1,4}|[0-9]{1,3}(?:\\.[0-9])?%|#[0-9]{1,4})$"
			/* a shop button's price, alone or with its retailer: "$115 at Wayfair", "£25" */
			"|^(?:[-*\\x{2022}\\x{00B7}]\\s*)?(?:(?:[$\\x{00A3}\\x{20AC}]\\s?[0-9][0-9.,]*|[0-9][0-9.,]*\\s?(?:USD|EUR|GBP))"
			"(?:\\s+(?:at|from|on)\\s+[\\w.&'-]+(?:\\s[\\w.&'-]+){0,2})?){1,4}$", true);
	return rx_search(re, t.s, t.len, 0, NULL, NULL);
}

/* a contents list's entry or a heading past its glyph and list number: "• 1. Set Goals" -> "Set Goals" */
static ltext
contents_entry(ltext t)
{
	size_t		i = 0;

	t = without_lead_furniture(t);
	while (i < t.len && i < 4 && t.s[i] >= '0' && t.s[i] <= '9')
		i++;
	if (i > 0 && i + 1 < t.len && (t.s[i] == '.' || t.s[i] == ')') && t.s[i + 1] == ' ')
		return (ltext) {t.s + i + 2, t.len - i - 2, t.src ? t.src + i + 2 : NULL};
	return t;
}

#define CONTENTS_REACH 400		/* blocks from a contents list to the headings it names */

/* one of blocks[from..to), past its glyph and list number, is entry */
static bool
entry_named_in(ltext entry, const block *blocks, size_t from, size_t to)
{
	for (size_t m = from; m < to; m++)
		if (same_text(entry, contents_entry(blocks[m].text)))
			return true;
	return false;
}

/*
 * "Table of Contents" in the article and the short lines under it: the
 * headings it lists come again where they stand.  The list ends at a
 * paragraph, or at the first line it has already listed (that heading
 * itself).
 */
static void
drop_contents_lists(const block *blocks, const block_features *feat, block_label *labels, size_t n)
{
	static rx_code *re;

	if (!re)
		re = rx_compile_builtin("^(?:table of contents|contents|in this (?:article|post|guide)|on this page|"
								"jump to(?: section)?|article contents|skip to section)\\s*:?$", true);
	for (size_t i = 0; i < n; i++)
	{
		size_t		j;
		bool		reappears = false;

		if (labels[i].role != ROLE_BODY || feat[i].words > 5 ||
			!rx_search(re, blocks[i].text.s, blocks[i].text.len, 0, NULL, NULL))
			continue;
		/* the list: short body lines up to a paragraph or a line it already holds */
		for (j = i + 1; j < n && j <= i + 60; j++)
		{
			bool		listed = false;

			if (labels[j].role != ROLE_BODY)
				continue;
			/* entries may be questions, or cut short ("A Cost-Based App...") */
			if (feat[j].prose || (feat[j].terminal && !feat[j].question && ellipsis_cut_len(blocks[j].text) == 0) ||
				feat[j].words > 14)
				break;
			for (size_t k = i + 1; k < j && !listed; k++)
				listed = labels[k].role == ROLE_BODY &&
					same_text(contents_entry(blocks[k].text), contents_entry(blocks[j].text));
			if (listed)
				break;
		}
		/*
		 * a contents list names headings that come later ("• Step 1" lists
		 * "Step 1"), or above it when printed beside or under the article:
		 * one at least
		 */
		for (size_t k = i + 1; k < j && !reappears; k++)
		{
			ltext		entry = contents_entry(blocks[k].text);

			reappears = labels[k].role == ROLE_BODY && entry.len > 0 &&
				(entry_named_in(entry, blocks, j, j + CONTENTS_REACH + 1 < n ? j + CONTENTS_REACH + 1 : n) ||
				 entry_named_in(entry, blocks, i > CONTENTS_REACH ? i - CONTENTS_REACH : 0, i));
		}
		if (!reappears)
		{
			/* the heading alone: the list was drawn by a script, or the lines under it are the article's */
			drop_as(&labels[i], AP_REASON_NAVIGATION);
			continue;
		}
		for (size_t k = i; k < j; k++)
			if (labels[k].role == ROLE_BODY)
				drop_as(&labels[k], AP_REASON_NAVIGATION);
		i = j - 1;
	}
}

/*
 * A "References" or "Sources" list in the second half of the article and
 * everything after it: citations and links, not the article's text.
 */
static void
drop_closing_sources(const block *blocks, const block_features *feat, block_label *labels, size_t n)
{
	static rx_code *re;
	size_t		body = 0,
				seen = 0;

	if (!re)
		re = rx_compile_builtin("^(?:references|sources|article sources|sources cited|citations|bibliography|"
								"works cited|footnotes|resources|further reading|additional resources)\\s*:?$", true);
	for (size_t i = 0; i < n; i++)
		body += labels[i].role == ROLE_BODY;
	for (size_t i = 0; i < n; i++)
	{
		if (labels[i].role != ROLE_BODY)
			continue;
		if (++seen * 2 > body && feat[i].words <= 3 &&
			rx_search(re, blocks[i].text.s, blocks[i].text.len, 0, NULL, NULL))
		{
			/*
			 * "References", "Sources", "Bibliography": to the end.  "Resources",
			 * "Further reading", "Footnotes" may head a section of prose: up to
			 * the next paragraph.
			 */
			bool		to_end = !(ascii_ieq(blocks[i].text.s, 9, "resources") ||
								   ascii_ieq(blocks[i].text.s, 9, "footnotes") ||
								   ascii_ieq(blocks[i].text.s, 7, "further") ||
								   ascii_ieq(blocks[i].text.s, 10, "additional"));

			for (size_t k = i; k < n; k++)
				if (labels[k].role == ROLE_BODY)
				{
					if (k > i && feat[k].prose && !to_end)
						break;
					drop_as(&labels[k], AP_REASON_FOOTER);
				}
			return;
		}
	}
}

/*
 * The length of t before the ellipsis it ends in, as a text cut short
 * does ("...", "…", "[…]", "[...]"); 0 when it ends otherwise.
 */
static size_t
ellipsis_cut_len(ltext t)
{
	size_t		e = t.len;

	while (e > 0 && t.s[e - 1] == ' ')
		e--;
	if (e > 0 && t.s[e - 1] == ']')
		e--;
	if (e >= 3 && (memcmp(t.s + e - 3, "...", 3) == 0 || memcmp(t.s + e - 3, "\xE2\x80\xA6", 3) == 0))
		e -= 3;
	else
		return 0;
	while (e > 0 && (t.s[e - 1] == ' ' || t.s[e - 1] == '['))
		e--;
	return e;
}

#define TEASER_MIN_WORDS 12		/* an excerpt, not a heading that trails off ("6-9 Months To Go…") */
#define TEASER_LINE_MAX_WORDS 14	/* a teaser card's title, section or author line */
#define TEASER_ARTICLE_MIN_WORDS 100	/* body words above the run: the article itself */

/*
 * Teasers of other articles where the article ends: excerpts cut short with
 * an ellipsis ("... Dr. Friday was the fe..."), each under its card's
 * title, section and author lines.  When the body ends in a run of two or
 * more such excerpts with only short lines between them, and the body
 * above the run holds an article, the run goes, and with it the short
 * unterminated lines just above its first excerpt, as many as a card holds
 * (the most blocks between two excerpts).
 */
static void
drop_closing_teasers(const block *blocks, const block_features *feat, block_label *labels, size_t n)
{
	ptrdiff_t	first = -1,
				prev = -1,
				card = 0,
				from;
	int			teasers = 0;
	size_t		above = 0;

	for (ptrdiff_t i = (ptrdiff_t) n - 1; i >= 0; i--)
	{
		if (labels[i].role != ROLE_BODY)
			continue;
		if (feat[i].words >= TEASER_MIN_WORDS && ellipsis_cut_len(blocks[i].text) > 0)
		{
			teasers++;
			if (prev >= 0 && prev - i > card)
				card = prev - i;
			prev = first = i;
		}
		else if (feat[i].words > TEASER_LINE_MAX_WORDS)
			break;
	}
	if (teasers < 2)
		return;
	/* the first excerpt's card */
	from = first;
	for (ptrdiff_t i = first - 1; i >= 0 && first - i < card; i--)
	{
		if (labels[i].role != ROLE_BODY)
			continue;
		if (feat[i].words > TEASER_LINE_MAX_WORDS || feat[i].terminal || feat[i].prose)
			break;
		from = i;
	}
	for (ptrdiff_t i = 0; i < from; i++)
		if (labels[i].role == ROLE_BODY)
			above += feat[i].words;
	if (above < TEASER_ARTICLE_MIN_WORDS)
		return;
	for (size_t i = (size_t) from; i < n; i++)
		if (labels[i].role == ROLE_BODY)
			drop_as(&labels[i], AP_REASON_RELATED);
}

#define CUT_COPY_MIN 20			/* bytes before the ellipsis: a sentence's opening, not a word */

/*
 * An image's description cut short, printed beside its caption in full:
 * "staying hydrated is key, and having a simple way to filter your..."
 * next to "Staying hydrated is key, and having a simple way to filter
 * your drinking water ...".  The cut copy goes when a block within two of
 * it opens with the same text (ASCII case folded) and is not cut there too.
 */
static void
drop_cut_copies(const block *blocks, block_label *labels, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		size_t		cut;

		if (labels[i].role != ROLE_BODY || (cut = ellipsis_cut_len(blocks[i].text)) < CUT_COPY_MIN)
			continue;
		for (size_t k = i > 2 ? i - 2 : 0; k < n && k <= i + 2; k++)
			if (k != i && blocks[k].text.len > cut && ellipsis_cut_len(blocks[k].text) != cut &&
				same_text_ascii_folded((ltext) {.s = blocks[i].text.s, .len = cut},
									   (ltext) {.s = blocks[k].text.s, .len = cut}))
			{
				drop_as(&labels[i], AP_REASON_DUPLICATE);
				break;
			}
	}
}

/* a block with this role within d blocks of i */
static bool
near_role(const block_label *labels, size_t n, ptrdiff_t i, block_role role, ptrdiff_t d)
{
	for (ptrdiff_t k = i - d; k <= i + d; k++)
		if (k >= 0 && k < (ptrdiff_t) n && k != i && labels[k].role == role)
			return true;
	return false;
}

/* a numbered step of the article: "Step 2: …", "Tip #3 – …", "Chapter 4. …" */
static bool
starts_labelled_step(ltext t)
{
	static const char *const labels[] = {
		"step", "tip", "goal", "chapter", "part", "phase", "day", "week", "stage", "rule", "lesson",
		"option", "method", "way", "reason", "mistake", "idea", "level", "round", "question", "myth", NULL
	};
	size_t		i = 0,
				w,
				d;

	while (i < t.len && !ascii_is_letter((unsigned char) t.s[i]) && (unsigned char) t.s[i] < 0x80 && i < 4)
		i++;
	for (w = i; w < t.len && ascii_is_letter((unsigned char) t.s[w]); w++)
		;
	if (w == i || !in_list(labels, t.s + i, w - i))
		return false;
	while (w < t.len && t.s[w] == ' ')
		w++;
	if (w < t.len && t.s[w] == '#')
		w++;
	for (d = w; d < t.len && d - w < 3 && t.s[d] >= '0' && t.s[d] <= '9'; d++)
		;
	if (d == w)
		return false;
	while (d < t.len && t.s[d] == ' ')
		d++;
	return d < t.len && (t.s[d] == ':' || t.s[d] == '.' || t.s[d] == ')' || t.s[d] == '-' ||
						 (d + 3 <= t.len && (memcmp(t.s + d, "\u2013", 3) == 0 || memcmp(t.s + d, "\u2014", 3) == 0)));
}

#define SECTIONS_MIN 3			/* title-case lines over paragraphs that make a page of sections */

/* a paragraph comes right under block i, or under one short line (an image's caption, a date) */
static bool
heads_paragraph(const block_features *feat, const bool *matched, size_t n, size_t i)
{
	for (size_t k = i + 1; k < n && k <= i + 2; k++)
	{
		if (!matched[k] && feat[k].prose)
			return true;
		if (feat[k].words > 12)
			return false;
	}
	return false;
}

typedef enum line_label
{
	LABEL_NONE = 0,
	LABEL_FACT,					/* "Key Services: ...", "Office Location: ..." */
	LABEL_LINK_CUE				/* "Read More: ...", "Also read: ...", "» Related: ...", "Check Out: ..." */
} line_label;

/*
 * The label of one to three words and a colon that opens the line: a
 * link's cue when one of its words says so (the headline after it is
 * another article's), else a fact's.
 */
static line_label
opening_label(ltext t)
{
	static const char *const cues[] = {"read", "related", "see", "also", "learn", "check", "more", "must",
		"compare", "get", "save", "icymi", "watch", "listen", "explore", "discover", "recommended", "next",
		"previous", "plan", "guide", "resource", "reading", "useful", "helpful", NULL};
	int			spaces = 0;
	size_t		i;

	for (i = 0; i < t.len && i < 40 && t.s[i] != ':'; i++)
		if (t.s[i] == ' ' && ++spaces == 3)
			return LABEL_NONE;
	if (i == 0 || i + 1 >= t.len || t.s[i] != ':' || t.s[i + 1] != ' ')
		return LABEL_NONE;
	for (size_t w = 0; w < i;)
	{
		size_t		e = w;

		while (e < i && t.s[e] != ' ')
			e++;
		if (e > w && in_list(cues, t.s + w, e - w))
			return LABEL_LINK_CUE;
		w = e + 1;
	}
	return LABEL_FACT;
}

/*
 * A title-case line of six words or more, no list item, table row or
 * labelled fact ("Key Services: SEO, Paid Search"): a related headline or
 * a subheading.
 */
static bool
is_inner_title(const block *b, const block_features *f)
{
	return !f->prose && !f->terminal && f->words >= 6 && title_like(f) && f->numbers < 2 &&
		!starts_with_glyph(b->text) && !is_table_row(b) && opening_label(b->text) != LABEL_FACT;
}

/*
 * An inner title that heads a section of the article: over a paragraph,
 * and no link's cue ("Read More: ...") in front
 */
static bool
heads_section(const block *blocks, const block_features *feat, const bool *matched, size_t n, size_t i)
{
	return heads_paragraph(feat, matched, n, i) && opening_label(blocks[i].text) != LABEL_LINK_CUE;
}

/*
 * A subheading of the article, not a related headline: numbered ("3. Plan
 * Ahead", "Step 2:"), ending with a colon or question mark, or sharing two content
 * words with the paragraph under it.
 */
static bool
is_subheading(const block *blocks, const block_features *feat, size_t n, size_t i)
{
	ltext		t = blocks[i].text;
	word_bag	bag;
	int			hits = 0;

	if (starts_numbered(t) || starts_labelled_step(t) || feat[i].question || (t.len && t.s[t.len - 1] == ':'))
		return true;
	if (i + 1 >= n)
		return false;
	bag_init(&bag);
	bag_add_words(&bag, t.s, t.len, true, NULL);
	bag_add_words(&bag, blocks[i + 1].text.s, blocks[i + 1].text.len > 600 ? 600 : blocks[i + 1].text.len,
				  false, &hits);
	return hits >= 2;
}

/*
 * An image's description written as a sentence without a verb: "A woman
 * holding a baby duck.", "Two women sitting back to back ...": it opens
 * with an article, a count or a person, has a participle of pose or
 * action, and no finite verb, pronoun of the reader or writer, or word in
 * "-ed" before the participle (which may be a verb's past: "Two men walked
 * ..."; after it, an adjective: "holding bottled water").
 */
static bool
describes_image(ltext t, const block_features *f)
{
	static const char *const openers[] = {
		"a", "an", "two", "three", "four", "five", "several", "close-up", "closeup", "man", "woman",
		"person", "people", "child", "children", "group", "couple", "family", "hand", "hands", "overhead",
		"aerial", NULL
	};
	static const char *const participles[] = {
		"sitting", "standing", "holding", "wearing", "smiling", "looking", "walking", "lying", "posing",
		"using", "working", "showing", "featuring", "depicting", "overlooking", "displaying", "drinking",
		"eating", "laughing", "pointing", "typing", "carrying", "kneeling", "leaning", "hugging", "pouring",
		"laying", "sits", "stands", "holds", NULL
	};
	static const char *const finite[] = {
		"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
		"should", "may", "might", "must", "do", "does", "did", "cannot", "can't", "won't", "don't",
		"doesn't", "isn't", "aren't", "i", "you", "we", "our", "your", "my", "it's", "you're", "we're", NULL
	};
	size_t		i = 0;
	int			k = 0;
	bool		participle = false;

	if (f->words < 4 || f->words > 40 || !char_is_upper(utf8_at(t.s, t.len, 0, NULL)))
		return false;
	while (i < t.len)
	{
		size_t		ws = i,
					we;

		while (i < t.len && t.s[i] != ' ')
			i++;
		we = i;
		while (we > ws && memchr(",.;:!?\"()", t.s[we - 1], 9))
			we--;
		if (k++ == 0 && !in_list(openers, t.s + ws, we - ws))
			return false;
		if (in_list(finite, t.s + ws, we - ws) ||
			(!participle && we - ws > 3 && (t.s[we - 2] | 32) == 'e' && (t.s[we - 1] | 32) == 'd'))
			return false;
		participle = participle || in_list(participles, t.s + ws, we - ws);
		while (i < t.len && t.s[i] == ' ')
			i++;
	}
	return participle;
}

/*
 * Image descriptions that scrapers keep as text ("girl typing on laptop",
 * "a man slouching in an office chair"): a lower-case line with no
 * sentence end that does not continue a list or a sentence before it, or
 * a sentence describing an image (describes_image).
 */
static bool
is_alt_text(const block *blocks, const block_features *feat, size_t i)
{
	ltext		t = blocks[i].text;
	int32_t		c0 = t.len ? utf8_at(t.s, t.len, 0, NULL) : 0;

	if (t.len && describes_image(t, &feat[i]))
		return true;
	if (feat[i].terminal || feat[i].words < 2 || feat[i].words > 25 || !char_is_lower(c0) ||
		looks_like_code(t) || memchr(t.s, ':', t.len))
		return false;
	if (i > 0)
	{
		ltext		p = blocks[i - 1].text;
		char		last = p.len ? p.s[p.len - 1] : '.';

		if (last == ':' || last == ',' || last == ';' || starts_with_glyph(p))
			return false;
	}
	return true;
}

/* "Updated …", "Last modified …" */
static bool
says_updated(ltext t)
{
	static const char *const words[] = {"updated", "modified", "revised", NULL};

	for (int k = 0; words[k]; k++)
	{
		size_t		wl = strlen(words[k]);

		for (size_t i = 0; i + wl <= t.len && i < 24; i++)
			if (ascii_ieq(t.s + i, wl, words[k]))
				return true;
	}
	return false;
}

static bool
have_dateline_name(const block_label *labels, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (labels[i].role == ROLE_DATELINE && labels[i].name_end > 0)
			return true;
	return false;
}

/*
 * A name line (two or three capitalized words, see is_name_line) that the
 * page prints at least twice, one copy shortly before or at the start of the
 * article: author boxes repeat the author's name.  Returns that copy.
 */
static ptrdiff_t
repeated_name_line(const block *blocks, const block_features *feat, const bool *matched, size_t n,
				   ptrdiff_t first)
{
	ptrdiff_t	lo = first > 30 ? first - 30 : 0,
				hi = first + 5 < (ptrdiff_t) n ? first + 5 : (ptrdiff_t) n - 1,
				best = -1;

	for (ptrdiff_t i = lo; i <= hi; i++)
	{
		if (feat[i].words > 3 || feat[i].prose || (matched[i] && i >= first) ||
			!is_name_line(blocks[i].text, &feat[i], false))
			continue;
		for (size_t k = 0; k < n; k++)
			if ((ptrdiff_t) k != i && feat[k].words == feat[i].words && same_text(blocks[k].text, blocks[i].text))
			{
				best = i;
				break;
			}
		if (best >= 0)
			break;
		ap_tick();
	}
	return best;
}

/* block i names the author at [vs, ve) of its text: it is the byline */
static void
label_name_byline(block_label *labels, bool *matched, ptrdiff_t i, size_t vs, size_t ve)
{
	labels[i].role = ROLE_BYLINE;
	labels[i].reason = AP_REASON_BYLINE;
	labels[i].value_start = vs;
	labels[i].value_end = ve;
	labels[i].has_value = true;
	matched[i] = true;
}

/* bio opens with the name line's text and a bio verb: "Jane Roe" over "Jane Roe is a content writer at ..." */
static bool
bio_of_name(ltext bio, ltext name)
{
	if (name.len == 0 || bio.len <= name.len + 1 || memcmp(bio.s, name.s, name.len) != 0 || bio.s[name.len] != ' ')
		return false;
	return first_word_in(bio_verbs, (ltext) {bio.s + name.len + 1, bio.len - name.len - 1, NULL});
}

/*
 * The name in a description of the author's photo: "Picture of Jane Roe",
 * "Headshot of Jane Roe", "Jane Roe photo", "Jane Roe profile image".
 */
static bool
author_photo_name(ltext t, size_t *start, size_t *end)
{
	static const char *const before[] = {
		"picture of ", "photo of ", "image of ", "headshot of ", "avatar of ", "portrait of ",
		"profile photo of ", "profile picture of ", "profile image of ", "an avatar representing ",
		"avatar for ", NULL
	};
	static const char *const after[] = {	/* longest first */
		" profile photo", " profile picture", " profile image", " headshot", " avatar", " photo",
		" image", " picture", NULL
	};
	size_t		skip = lead_furniture_len(t);
	ltext		name;
	block_features nf;

	/* "• Picture of Jane Roe": behind a list glyph or placeholder */
	t.s += skip;
	t.len -= skip;
	if (t.src)
		t.src += skip;
	name = t;
	for (int k = 0; before[k]; k++)
	{
		size_t		l = strlen(before[k]);

		if (t.len > l && ascii_ieq(t.s, l, before[k]))
		{
			name.s += l;
			name.src += l;
			name.len -= l;
			break;
		}
	}
	if (name.len == t.len)
		for (int k = 0; after[k]; k++)
		{
			size_t		l = strlen(after[k]);

			if (t.len > l && ascii_ieq(t.s + t.len - l, l, after[k]))
			{
				name.len -= l;
				break;
			}
		}
	if (name.len == t.len)
		return false;
	/* "Jane Roe's avatar" */
	if (name.len > 3 && name.s[name.len - 2] == '\'' && name.s[name.len - 1] == 's')
		name.len -= 2;
	else if (name.len > 5 && memcmp(name.s + name.len - 4, "\xE2\x80\x99s", 4) == 0)
		name.len -= 4;
	/*
	 * The name printed again after it, glued or not, or the description
	 * repeated: "Jane Roe Jane Roe", "Jane RoePicture of Jane Roe Jane Roe"
	 */
	for (size_t i = 1; i < name.len; i++)
	{
		size_t		first_word = 0,
					rest = name.len - i;
		bool		again = false;

		if (!(name.s[i] >= 'A' && name.s[i] <= 'Z'))
			continue;
		while (first_word < name.len && name.s[first_word] != ' ')
			first_word++;
		if (name.s[i - 1] == ' ' || (name.s[i - 1] >= 'a' && name.s[i - 1] <= 'z'))
		{
			again = rest >= first_word && memcmp(name.s, name.s + i, first_word) == 0;
			for (int k = 0; !again && before[k]; k++)
				again = rest > strlen(before[k]) && ascii_ieq(name.s + i, strlen(before[k]), before[k]);
		}
		if (again)
		{
			name.len = name.s[i - 1] == ' ' ? i - 1 : i;
			if (name.len > 3 && ascii_ieq(name.s + name.len - 3, 3, " by"))
				name.len -= 3;	/* "Picture of Jane Roe By Jane Roe" */
			break;
		}
	}
	compute_features(name, &nf);
	if (!is_name_line(name, &nf, true))
		return false;
	*start = skip + (size_t) (name.s - t.s);
	*end = *start + name.len;
	return true;
}

/* a job title under an author's name: "Senior Reporter", "Trending Editor", "WCI Columnist" */
static bool
is_role_line(ltext t, const block_features *f)
{
	static const char *const roles[] = {
		"editor", "reporter", "writer", "contributor", "columnist", "correspondent", "journalist",
		"author", "analyst", "editors", "writers", "blogger", "producer", "columnists", "contributors",
		"reporters", "expert", NULL
	};
	size_t		i = 0;

	if (f->words < 1 || f->words > 5 || f->terminal)
		return false;
	while (i < t.len)
	{
		size_t		ws = i;

		while (i < t.len && t.s[i] != ' ' && t.s[i] != ',')
			i++;
		if (in_list(roles, t.s + ws, i - ws))
			return true;
		while (i < t.len && (t.s[i] == ' ' || t.s[i] == ','))
			i++;
	}
	return false;
}

static inline char
ascii_fold(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

/* an image placeholder ("[jane-roe-150x150]") that carries the first name of the line under it */
static bool
portrait_placeholder_names(ltext ph, ltext name)
{
	size_t		w = 0;

	if (ph.len < 5 || ph.len > 80 || ph.s[0] != '[' || ph.s[ph.len - 1] != ']')
		return false;
	while (w < name.len && name.s[w] != ' ')
		w++;
	if (w < 3 || w > 20)
		return false;
	for (size_t i = 1; i + w < ph.len; i++)
	{
		size_t		k = 0;

		while (k < w && ascii_fold(ph.s[i + k]) == ascii_fold(name.s[k]))
			k++;
		if (k == w)
			return true;
	}
	return false;
}

/* a "By" line whose name runs from vs to ve (time_start and time_end set) */
static void
label_by_line(block_label *l, size_t vs, size_t ve)
{
	l->has_time = l->time_end > l->time_start;
	l->role = ROLE_BYLINE;
	l->reason = AP_REASON_BYLINE;
	l->value_start = vs;
	l->value_end = ve;
	l->has_value = true;
}

static bool
have_byline_block(const block_label *labels, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (labels[i].role == ROLE_BYLINE)
			return true;
	return false;
}

void
classify_blocks(const block *blocks, size_t n, const ap_options *opt, block_label *labels)
{
	block_features *feat;
	bool	   *matched;
	ptrdiff_t	bio_block = -1,
				inner_bio = -1;
	size_t		inner_name_start = 0,
				inner_name_end = 0;
	size_t		bio_name_start = 0,
				bio_name_end = 0;
	ptrdiff_t	first_prose = -1,
				main_first = -1,
				last_prose = -1,
				headline = -1,
				comments_from = -1;
	bool		have_byline = false,
				have_dateline = false,
				node_dump = blocks_text_node_dump(blocks, n);	/* one text node per line (BeautifulSoup) */
	int			thread_headers = 0,
				headed_sections = 0;	/* title-case lines over paragraphs inside the article */

	memset(labels, 0, n * sizeof(block_label));
	if (n == 0)
		return;
	if (!opt->clean)
	{
		for (size_t i = 0; i < n; i++)
			labels[i].role = ROLE_BODY;
		return;
	}
	classify_init();
	feat = ap_alloc(n * sizeof(block_features));
	matched = ap_alloc0(n * sizeof(bool));

	/* pass 1: features and pattern families */
	for (size_t i = 0; i < n; i++)
	{
		ltext		t = blocks[i].text;
		block_features *f = &feat[i];
		ap_reason	reason;
		size_t		vs,
					ve,
					by_s,
					by_e;
		uint64_t	literals;

		if ((i & 255) == 0)
			ap_check_interrupts();
		compute_features(t, f);
		if (is_thread_header(t, f))
		{
			f->thread_header = true;
			thread_headers++;
		}
		literals = f->words > family_max_words ? 0 :
			literal_set_scan(f->words > SHORT_FAMILY_WORDS ? &family_literals_long : &family_literals, t.s,
							 literal_scan_len(t, f));
		if (opt->keep && patterns_match_set(opt->keep, t.s, t.len))
		{
			labels[i].role = ROLE_BODY;
			matched[i] = true;
			f->prose = true;
			continue;
		}
		labels[i].role = ROLE_DROP;
		matched[i] = true;
		if (opt->drop && patterns_match_set(opt->drop, t.s, t.len))
			labels[i].reason = AP_REASON_PATTERN;
		else if (is_byline_block(t, f, true, &vs, &ve, &labels[i].time_start, &labels[i].time_end))
			label_by_line(&labels[i], vs, ve);	/* before markup: "[svg]ByJane Roe" behind a placeholder */
		else if (is_markup_block(f) || is_script_data(t) || is_attribute_residue(t, f) || is_style_rules(t, f))
			labels[i].reason = AP_REASON_MARKUP;
		else if ((blocks[i].doubled && !title_like(f)) || is_bracketed_alt_text(t, f) || is_stock_photo_title(t, f) ||
				 is_file_name_title(t))
			labels[i].reason = AP_REASON_CAPTION;	/* an image's description printed with its caption, or alone */
		else if (is_share_block(t, f))
			labels[i].reason = AP_REASON_SHARE;
		else if (match_families(t, f, literals, &reason))
			labels[i].reason = reason;
		else if (is_dateline_block(t, f, literals, &vs, &ve, &by_s, &by_e))
		{
			labels[i].name_start = by_s;
			labels[i].name_end = by_e;
			labels[i].role = ROLE_DATELINE;
			labels[i].reason = AP_REASON_DATELINE;
			labels[i].value_start = vs;
			labels[i].value_end = ve;
			labels[i].has_value = true;
		}
		else
		{
			labels[i].role = ROLE_BODY;
			matched[i] = false;
			f->prose = f->prose && f->tags * 4 < f->words;
			continue;
		}
		f->prose = false;
	}

	/* a comment thread: three or more comment headers are comments, fewer are left as they are */
	for (size_t i = 0; i < n; i++)
		if (feat[i].thread_header)
		{
			if (thread_headers < 3 || (matched[i] && labels[i].reason != AP_REASON_COMMENTS))
				feat[i].thread_header = false;
			else
			{
				drop_as(&labels[i], AP_REASON_COMMENTS);
				matched[i] = true;
				feat[i].prose = false;
			}
		}

	/* pass 2: neighbours */
	group_majority(blocks, n, feat, matched, labels);
	for (size_t i = 0; i + 1 < n; i++)
	{
		/* "By" or "Written by" on a line of its own: the name is on the next line */
		if (feat[i].words <= 3 && feat[i + 1].words >= 1 && feat[i + 1].words <= 8 &&
			!feat[i + 1].terminal && !matched[i + 1] && !matched[i] &&
			char_is_letter(utf8_at(blocks[i + 1].text.s, blocks[i + 1].text.len, 0, NULL)) &&
			rx_search(re_byline_cue, blocks[i].text.s, blocks[i].text.len, 0, NULL, NULL) &&
			/* "Author" over "Written by" over the name: the second cue takes it */
			!rx_search(re_byline_cue, blocks[i + 1].text.s, blocks[i + 1].text.len, 0, NULL, NULL))
		{
			size_t		ve = blocks[i + 1].text.len;
			size_t		g = glued_month(blocks[i + 1].text, 0);

			if (g)
				ve = g;
			for (size_t k = 0; k < ve; k++)
				if (blocks[i + 1].text.s[k] == '|')
				{
					ve = k;
					break;
				}
			while (ve > 0 && (blocks[i + 1].text.s[ve - 1] == ' ' || blocks[i + 1].text.s[ve - 1] == ','))
				ve--;
			if (ve > 0)
			{
				drop_as(&labels[i], AP_REASON_BYLINE);
				matched[i] = true;
				feat[i].prose = false;
				labels[i + 1].role = ROLE_BYLINE;
				labels[i + 1].reason = AP_REASON_BYLINE;
				labels[i + 1].value_start = 0;
				labels[i + 1].value_end = ve;
				labels[i + 1].has_value = true;
				labels[i + 1].has_time = false;
				matched[i + 1] = true;
				feat[i + 1].prose = false;
				i++;
				continue;
			}
		}
		/*
		 * a caption followed by its credit line; not a paragraph of more
		 * than 30 words, as a scrape without blank lines has above an image
		 */
		if (!matched[i] && matched[i + 1] && labels[i + 1].reason == AP_REASON_CAPTION &&
			!blocks[i + 1].blank_before && feat[i].words <= 45 && !(feat[i].prose && feat[i].words > 30) &&
			is_credit_line(blocks[i + 1].text))
		{
			drop_as(&labels[i], AP_REASON_CAPTION);
			matched[i] = true;
			feat[i].prose = false;
		}
	}
	/* a section header ("Related", "Sponsored", "Most read") owns the short lines under it */
	for (size_t i = 0; i < n; i++)
	{
		ap_reason	r = labels[i].reason;
		size_t		k;

		if (!matched[i] || labels[i].role != ROLE_DROP || feat[i].words > 6 ||
			!(r == AP_REASON_RELATED || r == AP_REASON_ADVERTISEMENT || r == AP_REASON_NAVIGATION))
			continue;
		for (k = i + 1; k < n; k++)
		{
			if (matched[k])
			{
				if (labels[k].reason == r)
					continue;
				break;
			}
			/* headlines under a header: short, no sentence; an ad marker only owns its own group */
			if (feat[k].words > (r == AP_REASON_NAVIGATION ? 4 : 20) || feat[k].prose || feat[k].terminal ||
				(r == AP_REASON_ADVERTISEMENT && blocks[k].blank_before))
				break;
			drop_as(&labels[k], r);
			matched[k] = true;
			feat[k].prose = false;
		}
		/* the blocks up to k are settled: go on from there (linear over runs of headers) */
		if (k > i + 1)
			i = k - 1;
	}

	/* a short text with no full paragraph: its sentences are the body */
	{
		bool		any_prose = false;

		for (size_t i = 0; i < n && !any_prose; i++)
			any_prose = !matched[i] && feat[i].prose;
		for (size_t i = 0; i < n && !any_prose; i++)
			if (!matched[i] && feat[i].terminal && feat[i].words >= 2 &&
				feat[i].function_words + 1 >= feat[i].words / 4)
				feat[i].prose = true;
	}

	/* the article: the window of blocks with the highest content score */
	article_window(blocks, feat, matched, labels, n, node_dump, &first_prose, &last_prose, &main_first);
	TRACE("window\t%d\t%d\n", (int) first_prose, (int) last_prose);
	inner_bio = drop_inner_bios(blocks, feat, matched, labels, first_prose, last_prose,
								&inner_name_start, &inner_name_end);
	/* the sales pitch under the article, then two or three authors' boxes: the earliest names the byline */
	last_prose = trim_closing_pitch(blocks, feat, matched, labels, first_prose, last_prose);
	for (int box = 0; box < 3; box++)
	{
		ptrdiff_t	bio;
		size_t		ns,
					ne;

		last_prose = trim_closing_bio(blocks, feat, matched, labels, first_prose, last_prose, &bio, &ns, &ne);
		if (bio < 0)
			break;
		bio_block = bio;
		bio_name_start = ns;
		bio_name_end = ne;
	}
	if (inner_bio >= 0)
	{
		/* an author box inside the window comes before the closing ones */
		bio_block = inner_bio;
		bio_name_start = inner_name_start;
		bio_name_end = inner_name_end;
	}

	/* a dateline that starts with a name: "Christian Roth September 18, 2025" */
	for (ptrdiff_t i = first_prose > 15 ? first_prose - 15 : 0;
		 first_prose >= 0 && i <= first_prose + 3 && i < (ptrdiff_t) n && !have_byline_block(labels, n); i++)
		if (labels[i].role == ROLE_DATELINE && labels[i].name_end == 0 &&
			dateline_author(blocks[i].text, &labels[i], &labels[i].name_start, &labels[i].name_end))
			break;
	/* an author box printed twice (top and bottom): the repeated name near the article */
	if (first_prose >= 0 && !have_byline_block(labels, n) && !have_dateline_name(labels, n))
	{
		ptrdiff_t	found = repeated_name_line(blocks, feat, matched, n, first_prose);

		if (found >= 0)
			label_name_byline(labels, matched, found, 0, blocks[found].text.len);
	}

	/* where a comment section starts after the article */
	for (ptrdiff_t i = last_prose + 1; last_prose >= 0 && i < (ptrdiff_t) n && comments_from < 0; i++)
		if (matched[i] && labels[i].role == ROLE_DROP && labels[i].reason == AP_REASON_COMMENTS)
			comments_from = i;

	/* the headline: the best title-like block shortly before the article */
	{
		size_t		tail,
					tail_end;

		headline = choose_headline(blocks, feat, matched, labels, n, node_dump, first_prose, main_first, last_prose, &tail,
								   &tail_end);
		if (headline >= 0)
		{
			labels[headline].role = ROLE_HEADLINE;
			labels[headline].value_start = tail;
			labels[headline].value_end = tail_end;
			labels[headline].has_value = tail > 0 || tail_end < blocks[headline].text.len;
			matched[headline] = true;
		}
	}

	/*
	 * Under the headline a "By" line names the author even in plain words
	 * ("By Quiet Light"): the menus that sort "By Role" sit elsewhere.
	 */
	for (ptrdiff_t i = headline + 1; headline >= 0 && i < (ptrdiff_t) n && i <= headline + 12 &&
		 (first_prose <= headline || i <= first_prose + 2) && (i > headline + 1 || !have_byline_block(labels, n)); i++)
	{
		size_t		vs,
					ve,
					ts = 0,
					te = 0;

		if ((matched[i] && (labels[i].role == ROLE_BODY || labels[i].reason == AP_REASON_PATTERN)) ||
			(starts_with_glyph(blocks[i].text) && !beside_short_dateline(blocks, feat, labels, n, i)))
			continue;			/* kept or dropped by a user pattern; a bulleted menu entry, not by a date */
		bool		by_user = false;

		if (is_byline_block(blocks[i].text, &feat[i], false, &vs, &ve, &ts, &te) ||
			(feat[i].words <= 8 && (by_user = username_byline(blocks[i].text, &vs, &ve))))
		{
			size_t		ds,
						de;

			/* "by whova | Apr 21, 2025": keep the date */
			if (by_user && find_full_date((ltext) {blocks[i].text.s + ve, blocks[i].text.len - ve, NULL}, &ds, &de))
			{
				ts = ve + ds;
				te = ve + de;
			}
			labels[i].time_start = ts;
			labels[i].time_end = te;
			label_by_line(&labels[i], vs, ve);
			matched[i] = true;
			break;
		}
	}

	/* an author's name on a line of its own next to the headline is the byline */
	if (headline >= 0 && !have_byline_block(labels, n))
		for (ptrdiff_t i = headline > 4 ? headline - 4 : 0;
			 i < (ptrdiff_t) n && (i <= headline + 6 || (i <= headline + 12 && i < first_prose)); i++)
			if (i != headline && !matched[i] && (i < first_prose || !feat[i].prose) &&
				(is_name_line(blocks[i].text, &feat[i], true) ||
				 (is_name_line(blocks[i].text, &feat[i], false) && near_role(labels, n, i, ROLE_DATELINE, 2))))
			{
				label_name_byline(labels, matched, i, 0, blocks[i].text.len);
				break;
			}
	/*
	 * ... or any author-like name right beside a short date line
	 * ("Supermove" over "February 8, 2022", "• West Bell Dental Care"), or
	 * before a job title on its line ("Audrey Huang, Managing Editor")
	 */
	if (headline >= 0 && !have_byline_block(labels, n))
		for (ptrdiff_t i = headline > 8 ? headline - 8 : 0;
			 i < (ptrdiff_t) n && i <= headline + 12 && (first_prose <= headline || i <= first_prose + 2); i++)
		{
			size_t		ns,
						ne;

			if (i == headline || feat[i].prose || feat[i].words > 12 ||
				(matched[i] && !(labels[i].role == ROLE_DROP && (labels[i].reason == AP_REASON_NAVIGATION ||
																  labels[i].reason == AP_REASON_RELATED ||
																  labels[i].reason == AP_REASON_SHARE))))
				continue;		/* only lines a menu or share bar took in by its majority */
			if (labels[i].reason == AP_REASON_SHARE && is_share_block(blocks[i].text, &feat[i]))
				continue;		/* "Facebook" in a share bar */
			/* the cheap test of the neighbours first */
			if ((beside_short_dateline(blocks, feat, labels, n, i) && author_line(blocks[i].text, &ns, &ne)) ||
				name_with_role(blocks[i].text, &ns, &ne))
			{
				size_t		ds,
							de;

				label_name_byline(labels, matched, i, ns, ne);
				/* "Jane Roe | Senior Writer | July 2, 2025": the date too */
				if (find_full_date(blocks[i].text, &ds, &de) && ds >= ne)
				{
					labels[i].time_start = ds;
					labels[i].time_end = de;
					labels[i].has_time = true;
				}
				break;
			}
		}
	/*
	 * The author's photo: described in words ("Picture of Jane Roe", "Jane
	 * Roe headshot"), or an image placeholder named after the person above
	 * the name ("[jane-roe-150x150]" then "Jane Roe"); near the headline,
	 * else in an author box after the article.
	 */
	for (int pass = 0; pass < 2 && headline >= 0 && !have_byline_block(labels, n); pass++)
	{
		ptrdiff_t	from = pass == 0 ? (headline > 4 ? headline - 4 : 0) : last_prose + 1,
					to = pass == 0 ? headline + 12 : last_prose + 12;

		for (ptrdiff_t i = from; i < (ptrdiff_t) n && i <= to && (pass == 0 || last_prose >= 0); i++)
		{
			size_t		ns,
						ne;

			if (i == headline || feat[i].words > 12 || feat[i].terminal ||
				(matched[i] && (labels[i].role == ROLE_BODY || labels[i].reason == AP_REASON_PATTERN)))
				continue;			/* kept or dropped by a user pattern */
			if (author_photo_name(blocks[i].text, &ns, &ne))
			{
				label_name_byline(labels, matched, i, ns, ne);
				break;
			}
			if (((i > 0 && portrait_placeholder_names(blocks[i - 1].text, blocks[i].text)) ||
				 (i + 1 < (ptrdiff_t) n && is_role_line(blocks[i + 1].text, &feat[i + 1]))) &&
				author_line(blocks[i].text, &ns, &ne))
			{
				label_name_byline(labels, matched, i, ns, ne);
				break;
			}
		}
	}

	/*
	 * An author box after the article: a name line printed twice, or over
	 * a first-person bio ("I'm the founder of ..."); or a sentence in or
	 * after the article that says who wrote it.
	 */
	for (ptrdiff_t k = first_prose; first_prose >= 0 && k < (ptrdiff_t) n && k <= last_prose + 12 &&
		 (k > first_prose || !have_byline_block(labels, n)); k++)
	{
		size_t		ns,
					ne;

		if (matched[k] && (labels[k].role == ROLE_BODY || labels[k].reason == AP_REASON_PATTERN))
			continue;
		/* the next line first: the name test is the dearer one */
		if (k + 1 < (ptrdiff_t) n && feat[k].words <= 5 &&
			/* inside the article a heading may repeat too: there, a given name first */
			((same_text(blocks[k].text, blocks[k + 1].text) &&
			  (k > last_prose || is_name_line(blocks[k].text, &feat[k], true))) ||
			 (blocks[k + 1].text.len > 4 && (ascii_ieq(blocks[k + 1].text.s, 4, "i'm ") ||
											 ascii_ieq(blocks[k + 1].text.s, 5, "i am ") ||
											 (blocks[k + 1].text.len > 6 && memcmp(blocks[k + 1].text.s, "I\xE2\x80\x99m ", 6) == 0))) ||
			 /* past the article, no author named nor author box found: "Jane Roe" over "Jane Roe is a writer ..." */
			 (k > last_prose && bio_block < 0 && !have_byline_block(labels, n) &&
			  bio_of_name(blocks[k + 1].text, blocks[k].text) && has_bio_cue(blocks[k + 1].text))) &&
			author_line(blocks[k].text, &ns, &ne))
		{
			label_name_byline(labels, matched, k, ns, ne);
			break;
		}
		if (feat[k].words >= 6 && written_by_sentence(blocks[k].text, &ns, &ne))
		{
			label_name_byline(labels, matched, k, ns, ne);
			break;			/* a credit line, not article text */
		}
	}

	/* no byline near the top: the name that opens a closing author bio */
	for (ptrdiff_t k = last_prose + 1; bio_block < 0 && last_prose >= 0 && k < (ptrdiff_t) n &&
		 k <= last_prose + 6; k++)
		if (labels[k].role == ROLE_DROP && labels[k].reason == AP_REASON_FOOTER && feat[k].words >= 8 &&
			starts_with_bio(blocks[k].text, true, &bio_name_start, &bio_name_end) && has_bio_cue(blocks[k].text))
			bio_block = k;
	if (bio_block >= 0 && !have_byline_block(labels, n))
	{
		labels[bio_block].role = ROLE_BYLINE;
		labels[bio_block].reason = AP_REASON_BYLINE;
		labels[bio_block].value_start = bio_name_start;
		labels[bio_block].value_end = bio_name_end;
		labels[bio_block].has_value = true;
	}

	/*
	 * Title-case lines inside the article over a paragraph: three or more
	 * are the article's subheadings (a guide's sections); one or two may
	 * be related headlines pasted between its paragraphs.
	 */
	for (ptrdiff_t i = first_prose; i >= 0 && i < last_prose && headed_sections < SECTIONS_MIN; i++)
		if (!matched[i] && is_inner_title(&blocks[i], &feat[i]) && heads_section(blocks, feat, matched, n, i))
			headed_sections++;
	/* pass 3: position relative to the prose */
	for (size_t i = 0; i < n; i++)
	{
		block_features *f = &feat[i];

		if (labels[i].role == ROLE_BYLINE)
		{
			if (have_byline)
				labels[i].has_value = false;
			have_byline = true;
			continue;
		}
		if (labels[i].role == ROLE_DATELINE)
		{
			/* the first dateline counts; one after the article only when none came before */
			if (have_dateline)
				labels[i].has_value = false;
			have_dateline = have_dateline || labels[i].has_value;
			continue;
		}
		if (matched[i])
		{
			/* a repeat of the headline */
			if (headline >= 0 && (ptrdiff_t) i != headline && same_text(blocks[i].text, blocks[headline].text))
				drop_as(&labels[i], AP_REASON_DUPLICATE);
			continue;
		}
		if (headline >= 0 && same_text(blocks[i].text, blocks[headline].text))
		{
			drop_as(&labels[i], AP_REASON_DUPLICATE);
			continue;
		}
		if (first_prose < 0 || (ptrdiff_t) i < first_prose)
		{
			/* before the article */
			drop_as(&labels[i], first_prose >= 0 && f->words >= 5 && title_like(f) && !f->prose ?
					AP_REASON_RELATED : AP_REASON_NAVIGATION);
			continue;
		}
		if ((ptrdiff_t) i > last_prose)
		{
			/* after the article: comments once their section starts, else the page's end */
			if (comments_from >= 0 && (ptrdiff_t) i > comments_from)
				drop_as(&labels[i], AP_REASON_COMMENTS);
			else
				drop_as(&labels[i], ((f->words >= 4 && title_like(f) && !f->terminal) ||
									 (f->words >= TEASER_MIN_WORDS && ellipsis_cut_len(blocks[i].text) > 0)) ?
						AP_REASON_RELATED : f->words <= 4 && !f->terminal ? AP_REASON_NAVIGATION : AP_REASON_FOOTER);
			continue;
		}
		/* inside the article: a title-case line is a related headline unless it heads what follows */
		if (is_inner_title(&blocks[i], f) && !is_subheading(blocks, feat, n, i) &&
			!(headed_sections >= SECTIONS_MIN && heads_section(blocks, feat, matched, n, i)))
		{
			drop_as(&labels[i], AP_REASON_RELATED);
			continue;
		}
		if (is_alt_text(blocks, feat, i))
		{
			drop_as(&labels[i], AP_REASON_CAPTION);
			continue;
		}
		if (f->words <= 12 && is_inline_furniture(blocks[i].text))
		{
			drop_as(&labels[i], AP_REASON_NAVIGATION);
			continue;
		}
		labels[i].role = ROLE_BODY;
	}
	drop_contents_lists(blocks, feat, labels, n);
	drop_closing_sources(blocks, feat, labels, n);
	drop_closing_teasers(blocks, feat, labels, n);
	drop_cut_copies(blocks, labels, n);

	/*
	 * A meta line by the headline that carries more than a date ("On Behalf
	 * of Firm | Apr 21, 2017 | Products", "Dec. 19, 2025 · Jane Roe on
	 * behalf of ..."): its first full date is a dateline too.
	 */
	for (ptrdiff_t i = headline > 3 ? headline - 3 : 0;
		 headline >= 0 && i < (ptrdiff_t) n && i <= headline + 12 && (first_prose < 0 || i < first_prose ||
																	   first_prose < headline); i++)
	{
		size_t		ds,
					de;

		if (i == headline || labels[i].role != ROLE_DROP || feat[i].words > 30 || feat[i].prose ||
			(feat[i].terminal && feat[i].words > 12) || labels[i].reason == AP_REASON_MARKUP ||
			labels[i].reason == AP_REASON_CAPTION || labels[i].reason == AP_REASON_PATTERN)
			continue;			/* a sentence, a caption ("... in Berlin, March 22, 2025.") */
		if (find_full_date(blocks[i].text, &ds, &de))
		{
			labels[i].role = ROLE_DATELINE;
			labels[i].reason = AP_REASON_DATELINE;
			labels[i].value_start = ds;
			labels[i].value_end = de;
			labels[i].has_value = !have_dateline;
			have_dateline = true;
			if (!have_byline_block(labels, n) && !have_dateline_name(labels, n))
				(void) dateline_author(blocks[i].text, &labels[i], &labels[i].name_start, &labels[i].name_end);
		}
	}

	/*
	 * The article's date, not the page's (a masthead prints today's date
	 * above everything, a sidebar lists other articles' dates): the
	 * dateline nearest the headline, from a dozen blocks above it to the
	 * end of the article.
	 */
	if (headline >= 0)
	{
		ptrdiff_t	pick = -1,
					best_dist = PTRDIFF_MAX;

		for (ptrdiff_t i = headline > 12 ? headline - 12 : 0;
			 i < (ptrdiff_t) n && (last_prose < 0 || i <= last_prose) && i - headline < best_dist; i++)
			if (labels[i].role == ROLE_DATELINE)
			{
				ptrdiff_t	dist = i < headline ? headline - i : i - headline;

				if (dist < best_dist)
				{
					pick = i;
					best_dist = dist;
				}
			}
		if (pick >= 0)
			for (size_t i = 0; i < n; i++)
				if (labels[i].role == ROLE_DATELINE)
					labels[i].has_value = (ptrdiff_t) i == pick;
	}

	/* the publication time, not the last update, when the page gives both */
	{
		ptrdiff_t	chosen = -1,
					other = -1;

		for (size_t i = 0; i < n; i++)
			if (labels[i].role == ROLE_DATELINE)
			{
				if (labels[i].has_value)
					chosen = (ptrdiff_t) i;
				else if (other < 0 && !says_updated(blocks[i].text) &&
						 (last_prose < 0 || (ptrdiff_t) i <= last_prose) &&
						 (headline < 0 || ((ptrdiff_t) i >= headline - 15 && (ptrdiff_t) i <= headline + 15)))
					other = (ptrdiff_t) i;	/* by the headline: not a comment's or sidebar's date */
			}
		if (chosen >= 0 && other >= 0 && says_updated(blocks[chosen].text))
		{
			labels[chosen].has_value = false;
			labels[other].has_value = true;
		}
	}

	/* a run of three or more short link-like blocks inside the body is a menu */
	for (size_t i = 0; i < n;)
	{
		size_t		j = i;

		while (j < n && labels[j].role == ROLE_BODY && !feat[j].prose && feat[j].words <= 4 &&
			   !feat[j].terminal && title_like(&feat[j]))
			j++;
		if (j - i >= 3)
			for (size_t k = i; k < j; k++)
				drop_as(&labels[k], AP_REASON_NAVIGATION);
		i = j > i ? j : i + 1;
	}

	ap_release(feat);
	ap_release(matched);
}

/* ---- markup stripping for kept text ---------------------------------------- */

ltext
strip_markup(ltext t, ap_arena *arena)
{
	ltext_buf	b;
	size_t		i = 0,
				copied = 0;
	bool		changed = false;

	if (memchr(t.s, '<', t.len) == NULL && memchr(t.s, '[', t.len) == NULL && memchr(t.s, '(', t.len) == NULL)
		return t;
	ltext_buf_init(&b);
	while (i < t.len)
	{
		ap_tick();
		if (t.s[i] == '<' || t.s[i] == '[' || t.s[i] == '(')
		{
			size_t		tl = markup_tag_len(t.s, t.len, i);

			if (tl)
			{
				ltext_buf_append(&b, t.s + copied, i - copied, t.src + copied);
				i += tl;
				copied = i;
				changed = true;
				continue;
			}
		}
		i++;
	}
	if (!changed)
	{
		ltext_buf_free(&b);
		return t;
	}
	ltext_buf_append(&b, t.s + copied, t.len - copied, t.src + copied);
	/* fold the spaces the tags left behind */
	{
		sbuf	   *s = &b.text;
		int32_t    *src = b.src.items;
		size_t		w = 0;

		for (size_t r = 0; r < s->len; r++)
		{
			if (s->s[r] == ' ' && (w == 0 || s->s[w - 1] == ' '))
				continue;
			s->s[w] = s->s[r];
			src[w] = src[r];
			w++;
		}
		while (w > 0 && s->s[w - 1] == ' ')
			w--;
		s->len = w;
		b.src.n = w;
	}
	ltext		out = ltext_buf_finish(&b, arena, t.src[t.len]);

	ltext_buf_free(&b);
	return out;
}
