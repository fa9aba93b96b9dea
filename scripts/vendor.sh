#!/usr/bin/env bash
# The explorer's front-end library (kg serve), from the npm registry into the
# package: `npm pack` of a pinned version in a temporary folder, then the
# built files and their licences copied to viz/serve/static/vendor/. Run by
# scripts/setup.sh when the files are missing; pages never fetch them online.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=vis-network
VERSION=9.1.9
DEST=viz/serve/static/vendor
FILES=(dist/vis-network.min.js dist/dist/vis-network.min.css LICENSE-MIT LICENSE-APACHE-2.0)

if [[ -f $DEST/VERSION ]] && [[ $(cat "$DEST/VERSION") == "$PACKAGE@$VERSION" ]]; then
    exit 0
fi
command -v npm >/dev/null || { echo "vendor: npm is needed to fetch $PACKAGE@$VERSION (apt-get install npm)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null && tar xzf "$PACKAGE-$VERSION.tgz")
mkdir -p "$DEST"
for file in "${FILES[@]}"; do
    cp "$work/package/$file" "$DEST/$(basename "$file")"
done
echo "$PACKAGE@$VERSION" > "$DEST/VERSION"
echo "vendor: $PACKAGE@$VERSION copied to $DEST" >&2
