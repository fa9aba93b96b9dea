#!/usr/bin/env bash
# The main job on the embedded store: read the example corpus, store its
# graph, question it, and write a view and reports under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
kg() { .venv/bin/kg "$@"; }

kg store start
trap 'kg store stop' EXIT
kg load examples/
kg stats
kg eval --gold tests/data/000_023085569cee03f2.gold.yaml examples/000_023085569cee03f2.txt
kg query approvals --param name=重庆建设国家数字经济创新发展试验区工作方案
kg query bank_borrowers --param bank=中国进出口银行重庆分行
kg export --format json -o out/graph.json
kg viz --entity 中国进出口银行重庆分行 -o out/中国进出口银行重庆分行.html
kg report --entity 中国进出口银行重庆分行 -o out/
kg report --overview -o out/
echo "demo: views and reports are in out/ (open them in a browser)" >&2
echo "demo: explore the graph live with: .venv/bin/kg serve --open" >&2
