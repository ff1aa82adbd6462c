/*
 * test_gazetteer.c -- TAP-style checks for the gazetteer module.
 *
 *   gcc -std=c11 -O2 test_gazetteer.c gazetteer.c -o t && ./t
 *
 * Prints "ok - NAME" / "not ok - NAME" per check and a closing
 * summary comment line; exits non-zero if any check failed.
 */
#include "gazetteer.h"

#include <stdio.h>
#include <string.h>

static int n_pass, n_fail;

static void
check(int cond, const char *what)
{
    if (cond) {
        n_pass++;
        printf("ok - %s\n", what);
    } else {
        n_fail++;
        printf("not ok - %s\n", what);
    }
}

static const char *const list_names[GAZ_COUNT] = {
    "location", "nationality", "organization", "given_name",
    "person_title", "org_suffix", "facility", "common_word",
};

static const gaz_entry *
find(gaz_list l, const char *s)
{
    return gaz_lookup(l, s, strlen(s));
}

/* present in list l, with the given canonical (NULL: canonical == name) */
static void
expect(gaz_list l, const char *name, const char *canonical)
{
    char msg[256];
    const gaz_entry *e = find(l, name);
    const char *want = canonical ? canonical : name;

    snprintf(msg, sizeof msg, "%s: \"%s\" -> \"%s\"", list_names[l], name,
             want);
    check(e != NULL && strcmp(e->name, name) == 0 &&
          e->canonical != NULL && strcmp(e->canonical, want) == 0, msg);
}

static void
absent(gaz_list l, const char *name)
{
    char msg[256];

    snprintf(msg, sizeof msg, "%s: \"%s\" absent", list_names[l], name);
    check(find(l, name) == NULL, msg);
}

static void
check_list_invariants(gaz_list l, size_t min_count)
{
    char msg[256];
    size_t n = gaz_count(l), i, bad_order = 0, bad_str = 0, bad_find = 0;
    const gaz_entry *prev = NULL;

    snprintf(msg, sizeof msg, "%s: count %zu >= %zu", list_names[l], n,
             min_count);
    check(n >= min_count, msg);

    for (i = 0; i < n; i++) {
        const gaz_entry *e = gaz_entry_at(l, i);
        size_t len;

        if (e == NULL || e->name == NULL || e->canonical == NULL) {
            bad_str++;
            continue;
        }
        len = strlen(e->name);
        if (len == 0 || e->canonical[0] == '\0' || e->name[0] == ' ' ||
            e->name[len - 1] == ' ' || strstr(e->name, "  ") != NULL)
            bad_str++;
        if (prev != NULL && strcmp(prev->name, e->name) >= 0)
            bad_order++;
        if (gaz_lookup(l, e->name, len) != e)
            bad_find++;
        prev = e;
    }
    snprintf(msg, sizeof msg, "%s: entries well-formed, canonical non-NULL",
             list_names[l]);
    check(bad_str == 0, msg);
    snprintf(msg, sizeof msg, "%s: strictly sorted (strcmp), no duplicates",
             list_names[l]);
    check(bad_order == 0, msg);
    snprintf(msg, sizeof msg, "%s: every entry found by gaz_lookup",
             list_names[l]);
    check(bad_find == 0, msg);
    snprintf(msg, sizeof msg, "%s: gaz_entry_at past end is NULL",
             list_names[l]);
    check(gaz_entry_at(l, n) == NULL, msg);
}

int
main(void)
{
    static const char *const locs[] = {
        "United States", "Kyiv", "Moscow", "Beijing", "Luxembourg", "Alaska",
        "Slovakia", "Hungary", "Europe", "Ukraine", "Russia", "Germany",
        "Bratislava", "Budapest", "Washington", "California", "Crimea",
        "Donbas", "Middle East", "Gaza Strip", "Tokyo", "New York City",
        "São Paulo", "Mumbai", "Bavaria", "Asia", "Africa", "Latin America",
    };
    static const char *const nats[] = {
        "Russian", "Ukrainian", "Slovak", "German", "European", "American",
        "Chinese", "Hungarian", "British", "French", "Israeli", "Palestinian",
    };
    static const char *const orgs[] = {
        "NATO", "European Union", "Gazprom", "Westinghouse", "United Nations",
        "OPEC", "OPEC+", "International Monetary Fund", "World Bank",
        "Federal Reserve", "Kremlin", "Pentagon", "White House", "Congress",
        "Senate", "Bundestag", "Reuters", "Bloomberg", "Associated Press",
        "BBC", "CNN", "Apple", "Toyota", "Samsung", "Saudi Aramco", "FIFA",
        "UEFA", "NBA", "Harvard", "Oxford University", "World Trade Organization",
    };
    static const char *const given[] = {
        "Vladimir", "Volodymyr", "Donald", "Mark", "Robert", "Friedrich",
        "Emmanuel", "Narendra", "Recep", "Olaf", "Keir", "Kamala", "Viktor",
        "Xavier", "Mohammed", "Jinping", "Annalena", "Giorgia", "Pedro",
    };
    static const char *const titles[] = {
        "President", "Prime Minister", "Secretary General", "Chancellor",
        "leader", "prime minister", "Prime minister", "Minister",
        "Foreign Minister", "Defense Secretary", "Senator", "Governor",
        "Mayor", "King", "Queen", "Prince", "Pope", "Judge", "Justice",
        "General", "Dr.", "Mr.", "Mrs.", "Ms.", "Professor", "Chairman",
        "Chairwoman", "spokesman", "spokeswoman", "coach", "striker",
        "Chief Executive", "chief executive",
    };
    static const char *const suffixes[] = {
        "Organization", "Organisation", "Union", "Bank", "Inc", "Corp",
        "Corporation", "Company", "Ltd", "LLC", "Group", "Party", "Ministry",
        "Council", "Agency", "University", "Commission", "Fund", "Reserve",
        "Airlines", "Motors", "Police", "Army", "Navy",
    };
    static const char *const facilities[] = {
        "pipeline", "plant", "airport", "port", "bridge", "dam", "canal",
        "field", "station", "reactor", "mine", "refinery", "square",
        "street", "river", "lake", "island", "valley", "province", "region",
        "district",
    };
    static const char *const common[] = {
        "those", "hysteria", "summary", "the", "protests", "economy",
        "announced", "however",
    };
    static const char *const not_names[] = {
        "Putin", "Zelenskiy", "Zelensky", "Rutte", "Fico", "Orban",
    };
    size_t i;
    int l;

    /* --- locations and aliases --- */
    for (i = 0; i < sizeof locs / sizeof locs[0]; i++)
        expect(GAZ_LOCATION, locs[i], NULL);
    expect(GAZ_LOCATION, "US", "United States");
    expect(GAZ_LOCATION, "U.S.", "United States");
    expect(GAZ_LOCATION, "USA", "United States");
    expect(GAZ_LOCATION, "United States of America", "United States");
    expect(GAZ_LOCATION, "America", "United States");
    expect(GAZ_LOCATION, "UK", "United Kingdom");
    expect(GAZ_LOCATION, "Britain", "United Kingdom");
    expect(GAZ_LOCATION, "Great Britain", "United Kingdom");
    expect(GAZ_LOCATION, "Russian Federation", "Russia");
    expect(GAZ_LOCATION, "Kiev", "Kyiv");
    expect(GAZ_LOCATION, "Sao Paulo", "São Paulo");
    expect(GAZ_LOCATION, "Viet Nam", "Vietnam");
    absent(GAZ_LOCATION, "Tuesday");
    absent(GAZ_LOCATION, "Those");
    absent(GAZ_LOCATION, "kyiv");

    /* --- nationalities --- */
    for (i = 0; i < sizeof nats / sizeof nats[0]; i++)
        expect(GAZ_NATIONALITY, nats[i], NULL);
    expect(GAZ_NATIONALITY, "Russians", "Russian");
    expect(GAZ_NATIONALITY, "Americans", "American");
    expect(GAZ_NATIONALITY, "Ukrainians", "Ukrainian");
    expect(GAZ_NATIONALITY, "Slovaks", "Slovak");

    /* --- organizations --- */
    for (i = 0; i < sizeof orgs / sizeof orgs[0]; i++)
        expect(GAZ_ORGANIZATION, orgs[i], NULL);
    expect(GAZ_ORGANIZATION, "EU", "European Union");
    expect(GAZ_ORGANIZATION, "U.N.", "United Nations");
    expect(GAZ_ORGANIZATION, "IMF", "International Monetary Fund");
    expect(GAZ_ORGANIZATION, "Fed", "Federal Reserve");
    expect(GAZ_ORGANIZATION, "AP", "Associated Press");
    expect(GAZ_ORGANIZATION, "North Atlantic Treaty Organization", "NATO");

    /* --- given names --- */
    for (i = 0; i < sizeof given / sizeof given[0]; i++)
        expect(GAZ_GIVEN_NAME, given[i], NULL);

    /* --- person titles --- */
    for (i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        const gaz_entry *e = find(GAZ_PERSON_TITLE, titles[i]);
        char msg[128];

        snprintf(msg, sizeof msg, "person_title: \"%s\" present", titles[i]);
        check(e != NULL, msg);
    }
    expect(GAZ_PERSON_TITLE, "Secretary-General", "Secretary General");
    expect(GAZ_PERSON_TITLE, "Sen.", "Senator");
    expect(GAZ_PERSON_TITLE, "Rep.", "Representative");
    expect(GAZ_PERSON_TITLE, "Gov.", "Governor");
    expect(GAZ_PERSON_TITLE, "Gen.", "General");
    expect(GAZ_PERSON_TITLE, "Col.", "Colonel");
    expect(GAZ_PERSON_TITLE, "Prof.", "Professor");
    expect(GAZ_PERSON_TITLE, "CEO", "Chief Executive Officer");
    expect(GAZ_PERSON_TITLE, "prime minister", "Prime Minister");

    /* --- organization suffixes --- */
    for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        expect(GAZ_ORG_SUFFIX, suffixes[i], NULL);
    expect(GAZ_ORG_SUFFIX, "Inc.", "Inc");
    expect(GAZ_ORG_SUFFIX, "Corp.", "Corp");
    expect(GAZ_ORG_SUFFIX, "Co.", "Co");
    expect(GAZ_ORG_SUFFIX, "Ltd.", "Ltd");
    expect(GAZ_ORG_SUFFIX, "plc", "PLC");

    /* --- facilities --- */
    for (i = 0; i < sizeof facilities / sizeof facilities[0]; i++)
        expect(GAZ_FACILITY, facilities[i], NULL);
    expect(GAZ_FACILITY, "Pipeline", "pipeline");
    expect(GAZ_FACILITY, "nuclear power plant", NULL);
    expect(GAZ_FACILITY, "Nuclear Power Plant", "nuclear power plant");

    /* --- common words --- */
    for (i = 0; i < sizeof common / sizeof common[0]; i++)
        expect(GAZ_COMMON_WORD, common[i], NULL);
    absent(GAZ_COMMON_WORD, "Those");      /* case-sensitive */
    absent(GAZ_COMMON_WORD, "Hysteria");
    absent(GAZ_COMMON_WORD, "aardvark's"); /* no possessives */

    /* --- negatives: surnames are neither common words nor given names --- */
    for (i = 0; i < sizeof not_names / sizeof not_names[0]; i++) {
        char lower[32];
        size_t k;

        absent(GAZ_GIVEN_NAME, not_names[i]);
        absent(GAZ_COMMON_WORD, not_names[i]);
        for (k = 0; not_names[i][k] && k + 1 < sizeof lower; k++)
            lower[k] = (char) (not_names[i][k] | 0x20);
        lower[k] = '\0';
        absent(GAZ_COMMON_WORD, lower);
    }

    /* --- API edge cases --- */
    {
        const char buf[] = "Moscowxyz";   /* not NUL-terminated at 6 */
        const gaz_entry *e = gaz_lookup(GAZ_LOCATION, buf, 6);

        check(e != NULL && strcmp(e->name, "Moscow") == 0,
              "lookup of a non-NUL-terminated slice");
        check(gaz_lookup(GAZ_LOCATION, buf, 5) == NULL,
              "prefix slice \"Mosco\" not found");
        check(gaz_lookup(GAZ_LOCATION, buf, 0) == NULL, "len 0 -> NULL");
        check(gaz_lookup(GAZ_LOCATION, NULL, 3) == NULL, "NULL name -> NULL");
        check(gaz_lookup(GAZ_COUNT, "Moscow", 6) == NULL,
              "invalid list -> NULL");
        check(gaz_lookup((gaz_list) -1, "Moscow", 6) == NULL,
              "negative list -> NULL");
        check(gaz_count(GAZ_COUNT) == 0, "gaz_count(invalid) == 0");
        check(gaz_entry_at(GAZ_COUNT, 0) == NULL, "gaz_entry_at(invalid)");
        check(gaz_max_words(GAZ_COUNT) == 0, "gaz_max_words(invalid) == 0");
        check(gaz_max_words(GAZ_LOCATION) >= 3, "location max words >= 3");
        check(gaz_max_words(GAZ_COMMON_WORD) == 1, "common words are 1 word");
        check(find(GAZ_LOCATION, "New York") != NULL &&
              find(GAZ_LOCATION, "New  York") == NULL,
              "multi-word entries use single spaces");
    }

    /* --- one key asked of several lists --- */
    {
        gaz_key k = gaz_key_make("Moscowxyz", 6);
        gaz_key none = gaz_key_make(NULL, 3);
        /* longer than any name: rejected before a probe */
        static char long_name[4096];

        memset(long_name, 'a', sizeof(long_name));
        check(gaz_lookup_key(GAZ_LOCATION, &k) == gaz_lookup(GAZ_LOCATION, "Moscow", 6) &&
              gaz_lookup_key(GAZ_LOCATION, &k) != NULL,
              "a key finds what gaz_lookup finds");
        check(gaz_lookup_key(GAZ_ORGANIZATION, &k) == NULL &&
              gaz_lookup_key(GAZ_GIVEN_NAME, &k) == NULL,
              "the same key in lists without the name");
        check(gaz_lookup_key(GAZ_LOCATION, &none) == NULL, "a key of a NULL name finds nothing");
        k = gaz_key_make(long_name, sizeof(long_name));
        check(gaz_lookup_key(GAZ_COMMON_WORD, &k) == NULL, "a key longer than every name finds nothing");
        check(gaz_lookup_key(GAZ_COUNT, &k) == NULL, "a key in an invalid list finds nothing");
    }

    /* --- whole-list invariants --- */
    {
        static const size_t min_counts[GAZ_COUNT] = {
            5000, 400, 400, 3000, 300, 100, 100, 50000,
        };

        for (l = 0; l < GAZ_COUNT; l++)
            check_list_invariants((gaz_list) l, min_counts[l]);
    }

    for (l = 0; l < GAZ_COUNT; l++)
        printf("# %-12s %zu entries, max %u words\n", list_names[l],
               gaz_count((gaz_list) l), gaz_max_words((gaz_list) l));
    printf("# gazetteer: %d checks, %d failed\n", n_pass + n_fail, n_fail);
    return n_fail == 0 ? 0 : 1;
}
