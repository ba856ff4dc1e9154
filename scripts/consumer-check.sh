#!/usr/bin/env bash
# A newcomer's path, checked: clone the committed tree, pack it WITHOUT building first (prepack must build),
# install the tarball into a scratch consumer app, then type-check that app with TypeScript 5.9 and 7.x and run it
# through require() and import(). Uses only the npm registry.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone --quiet "$root" "$work/clone"
cd "$work/clone"
[ ! -e dist ] || { echo "a clean clone must have no dist/"; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
tarball=$(npm pack --silent | tail -n 1)
listing=$(tar -tzf "$tarball")
for f in dist/index.js dist/index.mjs dist/index.d.ts dist/index.d.mts dist/cetak.js dist/cetak.mjs dist/cetak.d.ts dist/cetak.d.mts dist/siasn.js dist/siasn.mjs dist/siasn.d.ts dist/siasn.d.mts; do
  grep -qx "package/$f" <<<"$listing" || { echo "the tarball ships no $f"; exit 1; }
done

app="$work/app"
mkdir -p "$app"
cp "$root/scripts/consumer/app.ts" "$root/scripts/consumer/esm.mjs" "$root/scripts/consumer/tsconfig.json" "$app/"
cd "$app"
cat > package.json <<'JSON'
{ "name": "consumer-check", "private": true, "type": "commonjs" }
JSON
zod=$(node -p "require('$work/clone/package.json').devDependencies.zod")
npm install --no-audit --no-fund --loglevel=error "$work/clone/$tarball" "zod@$zod" "typescript@~5.9.3" "@types/node@^20"

echo "consumer: TypeScript $(npx tsc --version)"
npx tsc -p tsconfig.json
node out/app.js
node esm.mjs

# The operator's bin from the installed tarball, on the sample the tarball ships (its bad rows make it exit 1), by the
# path its help names.
contoh=$(npx --no-install pengelolaan-kinerja pak --help | sed -n 's/^Contoh: npx pengelolaan-kinerja pak \([^ ]*\) .*/\1/p')
[ "$contoh" = "node_modules/pengelolaan-kinerja/examples/data/guru.csv" ] || { echo "help names the sample as '$contoh'"; exit 1; }
set +e
npx --no-install pengelolaan-kinerja pak "$contoh" --kop node_modules/pengelolaan-kinerja/examples/data/kop.json --keluar out-pak
kode=$?
set -e
[ "$kode" -eq 1 ] || { echo "bin: exit $kode, expected 1 (the sample's bad rows)"; exit 1; }
# 50 guru in the sample, 3 of them held (a refused row): a page only for a complete guru.
[ "$(ls out-pak/pak | wc -l)" -eq 47 ] || { echo "bin: expected 47 PAK pages (50 guru, 3 held)"; exit 1; }
npx --no-install pengelolaan-kinerja skema out-skema >/dev/null
[ -s out-skema/pak-penetapan.json ] || { echo "bin: skema wrote nothing"; exit 1; }

mkdir -p "$work/ts7" && cd "$work/ts7" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "typescript@^7"
cd "$app"
echo "consumer: TypeScript $("$work/ts7/node_modules/.bin/tsc" --version)"
"$work/ts7/node_modules/.bin/tsc" -p tsconfig.json --noEmit
echo "consumer check: packed from a clean clone, type-checked with TypeScript 5.9 and 7, run via require and import"
