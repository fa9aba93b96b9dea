"""Fixtures shared by the suite: the two stores and the seed graph.

The embedded store runs for the whole session in a temporary folder. The
Neo4j store needs NEO4J_URI (``make test`` provisions a local server where
Java and Maven exist); without one its tests skip, unless KG_REQUIRE_NEO4J=1
makes them fail instead (CI sets it).
"""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policy_kg.graph import Graph, open_store, read_exchange
from policy_kg.graph.embedded import EmbeddedServer, EmbeddedStore
from policy_kg.graph.errors import StoreUnavailableError
from policy_kg.graph.store import GraphStore
from policy_kg.cli.app import main
from tests.chromium import chromium, find_chromium

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
SEED_TEXT = ROOT / "examples" / "000_023085569cee03f2.txt"
SEED_GOLD = DATA / "000_023085569cee03f2.gold.yaml"
SEED_GRAPH = DATA / "seed.graph.json"
# Fixtures that reach a database or a browser: a test marked unit uses none of them.
OUTSIDE = {"embedded_dir", "_embedded", "_neo4j", "browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = sorted(OUTSIDE & set(getattr(item, "fixturenames", ())))
        if item.get_closest_marker("unit") and used:
            raise pytest.UsageError(f"{item.nodeid} is marked unit but uses {', '.join(used)}: drop the mark")


@pytest.fixture(autouse=True)
def _unit_stays_in_memory(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit test that would start a store, reach Neo4j, run a process or serve on a socket fails at once,
    so that `pytest -m unit` never needs one."""
    if request.node.get_closest_marker("unit") is None:
        return

    def refuse(what: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> None:
            raise AssertionError(f"a unit test may not {what}: drop its unit mark")
        return refused

    import neo4j

    monkeypatch.setattr(EmbeddedServer, "start", refuse("start the embedded store"))
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", refuse("connect to Neo4j"))
    monkeypatch.setattr(subprocess.Popen, "__init__", refuse("run a process"))
    monkeypatch.setattr(socket.socket, "bind", refuse("serve on a socket"))


@pytest.fixture(scope="session")
def embedded_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("kg-home")
    yield path
    EmbeddedServer(path).stop()


@pytest.fixture(scope="session")
def _embedded(embedded_dir: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(embedded_dir, keep_running=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def _neo4j() -> Iterator[GraphStore]:
    if not os.environ.get("NEO4J_URI"):
        message = "Neo4j tests need NEO4J_URI (run `make test` where Java and Maven exist, or start Neo4j yourself)"
        if os.environ.get("KG_REQUIRE_NEO4J") == "1":
            pytest.fail(message)
        pytest.skip(message)
    try:
        store = open_store("neo4j")
    except StoreUnavailableError as exc:
        if os.environ.get("KG_REQUIRE_NEO4J") == "1":
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> GraphStore:
    """An empty store of each kind."""
    chosen: GraphStore = request.getfixturevalue("_embedded" if request.param == "embedded" else "_neo4j")
    chosen.clear()
    return chosen


@pytest.fixture
def seed_graph() -> Graph:
    """The required part of the seed's gold annotation, as a graph."""
    return read_exchange(SEED_GRAPH)


@pytest.fixture
def seed_store(store: GraphStore, seed_graph: Graph) -> GraphStore:
    """A store of each kind holding the seed graph."""
    store.load(seed_graph)
    return store


@pytest.fixture
def kg(seed_store: GraphStore, embedded_dir: Path, capsys: pytest.CaptureFixture):
    """Run ``kg`` on the seeded store; returns (exit code, stdout, stderr)."""
    store_args = ["--store", "neo4j"] if seed_store.name == "neo4j" else ["--store", "embedded", "--data-dir", str(embedded_dir)]

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            main([*store_args, *args])
            code = 0
        except SystemExit as exc:
            code = exc.code or 0
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (selenium); skips without it unless KG_REQUIRE_BROWSER=1."""
    missing = "chromium and chromium-driver (apt) and selenium (pip) are needed"
    try:
        import selenium  # noqa: F401
    except ImportError:
        found = None
    else:
        found = find_chromium()
    if found is None:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    with chromium() as driver:
        yield driver
