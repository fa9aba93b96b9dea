#!/usr/bin/env bash
# The main job on the embedded store: read the example corpus, store its
# graph, show what is in it and write the views and reports under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
kg() { .venv/bin/kg "$@"; }

kg store start
trap 'kg store stop' EXIT
kg load examples/
kg stats
kg export --format json -o out/graph.json
