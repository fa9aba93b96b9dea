"""Faults in the middle of a load: the kg process or the embedded server killed, two loads at once.

Each document of the corpus comes in two versions whose entities have
different names, so a document stored half old and half new would show.
After every fault the store must hold each document whole, in one version,
and the next command must work without anyone removing a pid file or socket.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation, write_exchange
from policy_kg.graph.embedded import EmbeddedServer, EmbeddedStore, running
from policy_kg.graph.store import GraphStore

from .cli import run_kg
from .conftest import ROOT

DOCUMENTS = 40
ENTITIES = 150  # per document


def version(doc: int, v: str) -> Graph:
    """Document ``doc`` in version ``v``: a chain of ENTITIES firms named after both."""
    g = Graph()
    doc_id = f"doc{doc:03d}"
    g.add_document(Document(doc_id, f"第{doc}篇", extra={"version": v}))
    names = [f"企业{doc:03d}{v}{k:03d}" for k in range(ENTITIES)]
    for k, name in enumerate(names):
        g.add_entity(Entity("Enterprise", name, mentions={Mention(doc_id, 10 * k, 10 * k + len(name))}))
    for k in range(ENTITIES - 1):
        g.add_relation(Relation(f"Enterprise:{names[k]}", "PART_OF", f"Enterprise:{names[k + 1]}", {"version": v},
                                {Evidence(doc_id, 10 * k, 10 * k + 20, f"{names[k]}是{names[k + 1]}的子公司。", "test")}))
    return g


def corpus(folder: Path, v: str, docs: range = range(DOCUMENTS)) -> Path:
    for doc in docs:
        write_exchange(version(doc, v), folder / f"doc{doc:03d}.json")
    return folder


def stored_versions(home: Path) -> dict[str, str]:
    """Each document's version in the embedded store of ``home`` (see :func:`whole_versions`)."""
    with EmbeddedStore(home) as store:
        return whole_versions(store)


def whole_versions(store: GraphStore) -> dict[str, str]:
    """Each stored document's version, after checking it is whole and in that version only."""
    graph = store.export()
    found = {}
    for doc_id, document in graph.documents.items():
        v = document.extra["version"]
        names = {e.name for e in graph.entities.values() if any(m.document == doc_id for m in e.mentions)}
        relations = [r for r in graph.relations.values() if any(ev.document == doc_id for ev in r.evidence)]
        assert names == {f"企业{doc_id[3:]}{v}{k:03d}" for k in range(ENTITIES)}, doc_id
        assert len(relations) == ENTITIES - 1 and {r.properties["version"] for r in relations} == {v}, doc_id
        found[doc_id] = v
    assert len(graph.entities) == ENTITIES * len(found)  # nothing left over from a replaced version
    return found


def start_kg(*args: str, home: Path, store: str = "embedded") -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if store == "neo4j" or not k.startswith("NEO4J_")}
    env.update(KG_HOME=str(home), KG_STORE=store)
    return subprocess.Popen([sys.executable, "-m", "policy_kg.cli", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


NEW_DOCUMENTS = "MATCH (d:Document {version: 'B'}) RETURN count(d) AS n"


def wait_for_new_versions(home: Path, load: subprocess.Popen, at_least: int = 3) -> None:
    """Until the load has replaced a few documents (and is still running)."""
    def replaced() -> int:
        server = EmbeddedServer(home)
        if server.pid() is None or not server.socket.exists():
            return 0
        with EmbeddedStore(home) as store:
            return store.query(NEW_DOCUMENTS)[0]["n"]

    wait_until(lambda: replaced() >= at_least, load)


def wait_until(condition: Callable[[], bool], load: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert load.poll() is None, "the load finished before the fault: make the corpus larger"
        if condition():
            return
        time.sleep(0.05)
    pytest.fail("the load did not get going")


@pytest.fixture
def home(tmp_path: Path):
    """A store holding version A of every document."""
    path = tmp_path / "home"
    assert run_kg("load", str(corpus(tmp_path / "A", "A")), home=path).returncode == 0
    yield path
    EmbeddedServer(path).stop()


def test_killing_kg_mid_load_leaves_whole_documents(home: Path, tmp_path: Path) -> None:
    new = corpus(tmp_path / "B", "B")
    load = start_kg("load", str(new), home=home)
    wait_for_new_versions(home, load)
    load.send_signal(signal.SIGKILL)
    load.wait()
    versions = stored_versions(home)
    assert len(versions) == DOCUMENTS and set(versions.values()) == {"A", "B"}
    # the server kg started is still up, or gone: either way the next commands just work
    assert run_kg("load", str(new), home=home).returncode == 0
    assert set(stored_versions(home).values()) == {"B"}


def test_killing_the_server_mid_load_leaves_whole_documents(home: Path, tmp_path: Path) -> None:
    new = corpus(tmp_path / "B", "B")
    load = start_kg("load", str(new), home=home)
    wait_for_new_versions(home, load)
    server = EmbeddedServer(home)
    os.kill(server.pid(), signal.SIGKILL)
    _, err = load.communicate(timeout=60)
    assert load.returncode == 1 and "the store could not be reached" in err
    versions = stored_versions(home)
    assert len(versions) == DOCUMENTS and set(versions.values()) == {"A", "B"}
    assert run_kg("load", str(new), home=home).returncode == 0
    assert set(stored_versions(home).values()) == {"B"}


def test_a_dead_servers_pid_file_and_socket_are_no_obstacle(home: Path) -> None:
    assert run_kg("store", "start", home=home).returncode == 0
    server = EmbeddedServer(home)
    os.kill(server.pid(), signal.SIGKILL)
    time.sleep(0.2)
    assert server.pid_file.exists() and server.socket.exists() and server.pid() is None  # left behind
    assert run_kg("store", "status", home=home).returncode == 3
    stats = run_kg("stats", "--format", "json", home=home)
    assert stats.returncode == 0, stats.stderr
    assert set(stored_versions(home).values()) == {"A"}


def test_two_loads_at_once_of_different_documents_both_complete(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = corpus(tmp_path / "first", "A", range(0, DOCUMENTS // 2))
    second = corpus(tmp_path / "second", "B", range(DOCUMENTS // 2, DOCUMENTS))
    try:
        loads = [start_kg("load", str(folder), home=home) for folder in (first, second)]
        for load in loads:
            _, err = load.communicate(timeout=300)
            assert load.returncode == 0, err
        versions = stored_versions(home)
    finally:
        EmbeddedServer(home).stop()
    assert versions == {f"doc{d:03d}": "A" if d < DOCUMENTS // 2 else "B" for d in range(DOCUMENTS)}


def neo4j_script(command: str) -> subprocess.CompletedProcess[str]:
    """scripts/neo4j.sh for the server at NEO4J_URI (its port)."""
    port = os.environ["NEO4J_URI"].rsplit(":", 1)[-1]
    return subprocess.run(["bash", str(ROOT / "scripts" / "neo4j.sh"), command], capture_output=True, text=True,
                          env={**os.environ, "NEO4J_BOLT_PORT": port, "PYTHON": sys.executable}, timeout=300)


@pytest.mark.neo4j
def test_stopping_neo4j_mid_load_leaves_whole_documents(store: GraphStore, tmp_path: Path) -> None:
    if store.name != "neo4j":
        pytest.skip("the Neo4j server's turn")
    if neo4j_script("status").stdout.strip() != "running":
        pytest.skip("this Neo4j was not started by scripts/neo4j.sh, which the test stops and starts")
    for doc in range(DOCUMENTS):
        store.load(version(doc, "A"))
    load = start_kg("load", str(corpus(tmp_path / "B", "B")), home=tmp_path, store="neo4j")
    try:
        wait_until(lambda: store.query(NEW_DOCUMENTS)[0]["n"] >= 3, load)
        assert neo4j_script("stop").returncode == 0
        _, err = load.communicate(timeout=120)
        assert load.returncode == 1 and "the store could not be reached" in err
    finally:
        assert neo4j_script("start").returncode == 0
    versions = whole_versions(store)  # the driver reconnects by itself
    assert len(versions) == DOCUMENTS and set(versions.values()) == {"A", "B"}


# -------------------------------------------------------------- store health
def test_a_backup_taken_mid_load_restores_whole_documents(home: Path, tmp_path: Path) -> None:
    load = start_kg("load", str(corpus(tmp_path / "B", "B")), home=home)
    wait_for_new_versions(home, load)
    backup = run_kg("store", "backup", str(tmp_path / "kg.rdb"), home=home)
    assert backup.returncode == 0, backup.stderr
    assert load.wait(timeout=300) == 0 and set(stored_versions(home).values()) == {"B"}
    restored = run_kg("store", "restore", str(tmp_path / "kg.rdb"), home=home)
    assert restored.returncode == 0, restored.stderr
    # every document whole, in its old or new version (on a busy machine the load may end before the
    # backup starts: then all are new)
    versions = stored_versions(home)
    assert len(versions) == DOCUMENTS and "B" in versions.values() and set(versions.values()) <= {"A", "B"}


def test_a_backup_outlives_a_server_that_stops_before_its_snapshot(home: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # another kg's server answers when backup looks, then that kg ends (and stops it) before the snapshot
    assert run_kg("store", "start", home=home).returncode == 0
    server, save, saves = EmbeddedServer(home), EmbeddedServer._save, []

    def stopped_before_the_first(self: EmbeddedServer) -> None:
        if not saves:
            server.stop()
        saves.append(self.pid())
        save(self)

    monkeypatch.setattr(EmbeddedServer, "_save", stopped_before_the_first)
    written = server.backup(tmp_path / "kg.rdb")
    assert saves[0] is None and saves[1] is not None and len(saves) == 2  # the second, on a server of its own
    assert written.read_bytes()[:5] == b"REDIS" and server.pid() is None  # and that server stopped again
    assert run_kg("store", "restore", str(written), home=home).returncode == 0
    assert set(stored_versions(home).values()) == {"A"}


@pytest.mark.parametrize("content", [b"not a backup", b"REDIS0011\xfa\x09truncated"])
def test_restore_refuses_a_bad_file_and_leaves_the_store(home: Path, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "bad.rdb").write_bytes(content)
    restored = run_kg("store", "restore", str(tmp_path / "bad.rdb"), home=home)
    assert restored.returncode == 66 and "[E220]" in restored.stderr and "bad.rdb" in restored.stderr
    assert set(stored_versions(home).values()) == {"A"} and not (home / "restore.part").exists()


def test_status_shows_data_file_size_and_last_compaction(home: Path) -> None:
    assert run_kg("store", "start", home=home).returncode == 0
    status = run_kg("store", "status", home=home).stdout
    assert re.search(r"\n  data: +[\d,]+ bytes\n  on disk: +[\d,]+ bytes .*\n  last compaction: 20\d\d-", status), status


def test_a_server_counts_as_stopped_only_once_its_process_is_gone() -> None:
    # redis removes its pid file before it unlinks its socket: a stop that waited for the pid file alone let a
    # new server start whose socket the old one's exit then removed (E200 on the next kg command)
    child = subprocess.Popen(["sleep", "30"])
    assert running(child.pid) is True
    child.kill()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and running(child.pid):
        time.sleep(0.01)
    assert running(child.pid) is False  # a zombie not yet reaped has stopped
    child.wait()
    assert running(child.pid) is False

