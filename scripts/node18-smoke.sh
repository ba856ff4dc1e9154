#!/usr/bin/env bash
# Checks the "engines": { "node": ">=18" } promise: loads the built bundle (require and import) and runs the
# smoke checks under Debian's Node 18, unpacked into a scratch folder (nothing is installed system-wide but the
# /usr/share/nodejs link that Debian's build of node expects).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${NODE18_DIR:-.ci/out/node18}
if [ ! -x "$dir/root/usr/bin/node" ]; then
  mkdir -p "$dir"
  ( cd "$dir"
    [ -n "$(find /var/lib/apt/lists -name '*bookworm*Packages*' -print -quit 2>/dev/null)" ] || apt-get update -qq >/dev/null
    ver=$(apt-cache madison nodejs | awk '$3 ~ /^18\./ {print $3; exit}')
    [ -n "$ver" ] || { echo "no Debian nodejs 18 found"; exit 1; }
    deps=$(apt-cache depends "libnode108=$ver" | awk '/Depends:/{print $2}' | grep -v '<' | sort -u)
    apt-get download "nodejs=$ver" "libnode108=$ver" $deps >/dev/null
    for f in *.deb; do dpkg-deb -x "$f" root; done )
fi
root=$(cd "$dir/root" && pwd)
[ -e /usr/share/nodejs/acorn ] || ln -sfn "$root/usr/share/nodejs" /usr/share/nodejs
node18() { LD_LIBRARY_PATH="$root/usr/lib/x86_64-linux-gnu:$root/lib/x86_64-linux-gnu" "$root/usr/bin/node" "$@"; }
echo "node $(node18 --version)"
node18 scripts/smoke.cjs
node18 scripts/smoke.mjs
