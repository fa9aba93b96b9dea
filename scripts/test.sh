#!/usr/bin/env bash
# The test command of the README: set up, start a throw-away Neo4j where Java
# and Maven exist (unless NEO4J_URI points at one already), run the suite.
# Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

if [[ -z ${NEO4J_URI:-} ]]; then
    if command -v java >/dev/null && command -v mvn >/dev/null; then
        # Its own port, so a Neo4j the user runs on 7687 is left alone.
        export NEO4J_BOLT_PORT=${NEO4J_BOLT_PORT:-7688}
        export PYTHON=.venv/bin/python
        bash scripts/neo4j.sh start
        trap 'bash scripts/neo4j.sh stop' EXIT
        eval "$(bash scripts/neo4j.sh env)"
    else
        echo "test: no Java/Maven and no NEO4J_URI: Neo4j tests will skip." \
             "Install Java 17 + Maven, or set NEO4J_URI/NEO4J_PASSWORD to a Neo4j 5 server." >&2
    fi
fi

.venv/bin/python -m pytest "$@"
