#!/usr/bin/env bash
# Everything policy-kg needs on a fresh Debian machine: a virtualenv with the
# package and its test tools, plus (as root, where apt-get exists) Chromium for
# the browser tests and a CJK font for figures.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip "setuptools>=68"  # the build backend tests/test_packaging.py builds with
"$VENV/bin/python" -m pip install -q -e '.[test]'
# the explorer's front-end files (kg serve), from the npm registry; without them kg serve says so
bash scripts/vendor.sh || echo "setup: kg serve's front-end files could not be fetched (see above)" >&2

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
if ((${#need_apt[@]})); then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "setup: installing ${need_apt[*]} with apt-get" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
        echo "setup: ${need_apt[*]} missing (install them with apt-get as root); browser tests will skip" >&2
    fi
fi
