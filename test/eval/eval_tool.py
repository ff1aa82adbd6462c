#!/usr/bin/env python3
"""Helpers for test/eval/run_eval.sh (python3 standard library only).

  eval_tool.py load DIR OUT.copy      write a COPY file (id, raw) of every DIR/<id>.txt
  eval_tool.py split OUT.jsonl PRED   write PRED/<id>.txt (paragraphs, one per line) and
                                      PRED/<id>.title from the parse dumped by psql
  eval_tool.py agree OUT.jsonl GOLD   byline and dateline agreement with the gold
                                      "author" / "publish_date" fields; prints two lines
"""
import json
import os
import re
import sys

WORD = re.compile(r"\w+", re.UNICODE)

MONTHS = {
    # English, Spanish, French, German, Italian, Portuguese, Dutch month names
    "jan": 1, "january": 1, "enero": 1, "janvier": 1, "januar": 1, "gennaio": 1, "janeiro": 1, "januari": 1,
    "feb": 2, "february": 2, "febrero": 2, "février": 2, "fevrier": 2, "februar": 2, "febbraio": 2,
    "fevereiro": 2, "februari": 2,
    "mar": 3, "march": 3, "marzo": 3, "mars": 3, "märz": 3, "marz": 3, "março": 3, "maart": 3,
    "apr": 4, "april": 4, "abril": 4, "avril": 4, "aprile": 4,
    "may": 5, "mayo": 5, "mai": 5, "maggio": 5, "maio": 5, "mei": 5,
    "jun": 6, "june": 6, "junio": 6, "juin": 6, "juni": 6, "giugno": 6, "junho": 6,
    "jul": 7, "july": 7, "julio": 7, "juillet": 7, "juli": 7, "luglio": 7, "julho": 7,
    "aug": 8, "august": 8, "agosto": 8, "août": 8, "aout": 8, "augustus": 8,
    "sep": 9, "sept": 9, "september": 9, "septiembre": 9, "septembre": 9, "settembre": 9, "setembro": 9,
    "oct": 10, "october": 10, "octubre": 10, "octobre": 10, "oktober": 10, "ottobre": 10, "outubro": 10,
    "nov": 11, "november": 11, "noviembre": 11, "novembre": 11, "novembro": 11,
    "dec": 12, "december": 12, "diciembre": 12, "décembre": 12, "decembre": 12, "dezember": 12,
    "dicembre": 12, "dezembro": 12,
}


def load(src, out):
    with open(out, "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(src)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(src, name), "rb") as g:
                raw = g.read().decode("utf-8", errors="replace").replace("\x00", "")
            esc = raw.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
            f.write("%s\t%s\n" % (name[:-4], esc))


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def split(path, pred):
    os.makedirs(pred, exist_ok=True)
    for r in rows(path):
        with open(os.path.join(pred, r["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(r["paragraphs"] or []))
        with open(os.path.join(pred, r["id"] + ".title"), "w", encoding="utf-8") as f:
            f.write(r["headline"] or "")


def words(s):
    return [w.casefold() for w in WORD.findall(s or "")]


def parse_date(s):
    """(year, month, day) from a dateline as written, or None."""
    if not s:
        return None
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = re.search(r"(\d{4})/(\d{1,2})/(\d{1,2})", s) or re.search(r"\b(\d{4})\.(\d{2})\.(\d{2})\b", s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    # clock times ("10:19am", "21:47:05") are not days
    s = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", " ", s, flags=re.I)
    toks = [t.casefold().rstrip(".") for t in re.findall(r"[^\W\d_]+\.?|\d+", s)]
    year = month = day = None
    for t in toks:
        if t.isdigit():
            v = int(t)
            if len(t) == 4 and 1900 <= v <= 2100 and year is None:
                year = v
            elif 1 <= v <= 31 and day is None and len(t) <= 2:
                day = v
        elif t in MONTHS and month is None:
            month = MONTHS[t]
    if year and month and day:
        return year, month, day
    m = re.search(r"\b(\d{1,2})([./])(\d{1,2})[./](\d{4}|\d{2})\b", s)
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if y < 100:
            y += 2000
        if a > 12 >= b:
            return y, b, a
        if b > 12 >= a:
            return y, a, b
        if a <= 12 and b <= 12:
            # ambiguous: slashes read month first (US), dots day first (Europe)
            return (y, a, b) if sep == "/" else (y, b, a)
    return None


def agree(path, gold_path):
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    by_n = by_ok = by_found = 0
    dl_n = dl_ok = dl_found = 0
    for r in rows(path):
        g = gold.get(r["id"])
        if not g:
            continue
        if (g.get("author") or "").strip():
            by_n += 1
            gw, ow = set(words(g["author"])), set(words(r["byline"]))
            if ow:
                by_found += 1
            if gw and ow and (gw <= ow or ow <= gw) and len(ow & gw) >= min(2, len(gw)):
                by_ok += 1
        if (g.get("publish_date") or "").strip():
            dl_n += 1
            want = parse_date(g["publish_date"])
            got = parse_date(r.get("published") or "") or parse_date(r["dateline"])
            if r["dateline"]:
                dl_found += 1
            if want and got == want:
                dl_ok += 1
    print("byline\t%d\t%d\t%d" % (by_n, by_found, by_ok))
    print("dateline\t%d\t%d\t%d" % (dl_n, dl_found, dl_ok))


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "load" and len(sys.argv) == 4:
        load(sys.argv[2], sys.argv[3])
    elif cmd == "split" and len(sys.argv) == 4:
        split(sys.argv[2], sys.argv[3])
    elif cmd == "agree" and len(sys.argv) == 4:
        agree(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
