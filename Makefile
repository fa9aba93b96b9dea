# The two commands of the README. Both set everything up on a fresh machine.
.PHONY: demo test bench clean

# Run the main job on the embedded store with the bundled example corpus.
demo:
	bash scripts/demo.sh

# Run the whole test suite (Neo4j provisioned from Maven where Java exists).
test:
	bash scripts/test.sh -q

bench:
	bash scripts/setup.sh
	for b in bench/*.py; do PYTHONPATH=. .venv/bin/python $$b; done  # the browser benches use tests/chromium.py

clean:
	rm -rf .venv out .kg build *.egg-info
