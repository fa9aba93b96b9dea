"""The store interface, once, against both stores."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import policy_kg.graph.queries as Q
from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation, open_store
from policy_kg.graph.errors import OntologyError, StoreError, StoreUnavailableError
from policy_kg.graph.store import GraphStore


def approvals(doc: str, plan: str, approvers: list[str]) -> Graph:
    """A one-document graph: ``plan`` approved by each of ``approvers``."""
    g = Graph()
    g.add_document(Document(doc, f"{doc} 标题", f"{doc}.txt"))
    g.add_entity(Entity("Plan", plan, {"方案"}, "方案", {Mention(doc, 0, len(plan))}))
    for i, name in enumerate(approvers):
        g.add_entity(Entity("Agency", name, set(), "ministry", {Mention(doc, 20 + 5 * i, 23 + 5 * i)}))
        g.add_relation(Relation(f"Plan:{plan}", "APPROVED_BY", f"Agency:{name}", {},
                                {Evidence(doc, 0, 40, f"《{plan}》获{name}批复同意。", "approval")}))
    return g


def merged(*graphs: Graph) -> Graph:
    result = Graph()
    for g in graphs:
        result.merge(g)
    return result


def test_load_then_export_gives_back_the_input(store: GraphStore, seed_graph: Graph) -> None:
    summary = store.load(seed_graph)
    assert summary.added == ["000_023085569cee03f2"] and summary.replaced == []
    assert store.export().dumps() == seed_graph.dumps()


def test_loading_twice_equals_loading_once(store: GraphStore, seed_graph: Graph) -> None:
    store.load(seed_graph)
    once = store.export().dumps()
    stats_once = store.stats()
    summary = store.load(seed_graph)
    assert summary.replaced == ["000_023085569cee03f2"] and summary.added == []
    assert store.export().dumps() == once
    assert store.stats() == stats_once
    # No evidence piles up inside the store either.
    rows = store.query("MATCH ()-[r:FINANCED_BY]->() RETURN size(r.evidence_document) AS n")
    assert {row["n"] for row in rows} == {1}


def test_stats_count_every_label_and_type(seed_store: GraphStore) -> None:
    stats = seed_store.stats()
    assert stats.labels == {"Plan": 4, "Zone": 10, "Industry": 19, "Enterprise": 17, "Project": 6, "Agency": 8,
                            "Document": 1}
    assert stats.types == {"APPROVED_BY": 3, "ISSUED_BY": 1, "COVERS": 3, "PART_OF": 9, "LOCATED_IN": 2,
                           "FOCUSES_ON": 21, "FINANCED_BY": 15, "IN_INDUSTRY": 3, "COORDINATED_BY": 2,
                           "SUPERVISED_BY": 2, "MENTIONS": 64}


def test_reloading_a_document_replaces_only_its_contribution(store: GraphStore) -> None:
    a = approvals("a", "甲方案", ["科技部", "财政部"])
    b = approvals("b", "甲方案", ["科技部"])
    store.load(a)
    store.load(b)
    a2 = approvals("a", "甲方案", ["商务部"])
    summary = store.load(a2)
    assert summary.replaced == ["a"]
    # 财政部 was only in the old "a": gone. 科技部 keeps b's evidence only.
    assert store.export().dumps() == merged(b, a2).dumps()
    kept = store.export().relations[("Plan:甲方案", "APPROVED_BY", "Agency:科技部")]
    assert {e.document for e in kept.evidence} == {"b"}


def test_aliases_follow_the_documents_that_use_them(store: GraphStore) -> None:
    a = approvals("a", "甲方案", ["科技部"])
    a.entities["Agency:科技部"].aliases = {"国家科技部"}
    store.load(a)
    assert store.export().entities["Agency:科技部"].aliases == {"国家科技部"}
    store.load(approvals("a", "甲方案", ["科技部"]))
    assert store.export().entities["Agency:科技部"].aliases == set()


@pytest.mark.parametrize("replace", [False, True], ids=["first-load", "replace"])
def test_a_failing_batch_leaves_nothing_half_written(
    store: GraphStore, seed_graph: Graph, monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    if replace:
        store.load(seed_graph)
    before = store.export().dumps()
    # Documents, entities and mentions are written before relations: make the
    # relation statement fail while it runs (a map is no property value), so
    # the failure comes mid-load, after earlier statements have done their work.
    monkeypatch.setattr(Q, "write_relations",
                        lambda rel_type: "UNWIND $rows AS row MATCH (s:Entity {id: row.source}) SET s.broken = {a: 1}")
    store.batch_size = 5
    try:
        with pytest.raises(StoreError):
            store.load(merged(seed_graph, approvals("other", "乙方案", ["科技部"])))
    finally:
        store.batch_size = 2000
    assert store.export().dumps() == before


def test_both_stores_export_the_same_bytes(_embedded: GraphStore, _neo4j: GraphStore, seed_graph: Graph) -> None:
    for s in (_embedded, _neo4j):
        s.clear()
        s.load(seed_graph)
    assert _embedded.export().dumps() == _neo4j.export().dumps()


def test_the_store_refuses_a_graph_outside_the_ontology(store: GraphStore) -> None:
    with pytest.raises(OntologyError, match="unknown label 'Person'"):
        Graph.from_exchange({"documents": [{"id": "d"}], "entities": [{"label": "Person", "name": "张三"}]})
    assert store.stats().labels["Document"] == 0


def test_read_only_query_cannot_write(store: GraphStore) -> None:
    from policy_kg.graph.errors import ReadOnlyViolationError

    with pytest.raises(ReadOnlyViolationError):
        store.query("CREATE (:Plan {id: 'x'})")
    with pytest.raises(ReadOnlyViolationError, match="LOAD CSV"):
        store.query("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")
    assert store.stats().labels["Plan"] == 0


def test_neo4j_down_is_a_clear_error() -> None:
    from policy_kg.graph.neo4j_store import Neo4jStore

    with pytest.raises(StoreUnavailableError, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        Neo4jStore(uri="bolt://127.0.0.1:1", password="x")


def test_kg_exits_69_when_neo4j_is_down() -> None:
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x"}
    done = subprocess.run([sys.executable, "-m", "policy_kg.cli", "stats"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 69
    assert "error: [E200] cannot reach Neo4j at bolt://127.0.0.1:1" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.neo4j
def test_wrong_neo4j_password_is_a_clear_error(_neo4j: GraphStore) -> None:
    with pytest.raises(StoreUnavailableError, match="refused user 'neo4j'"):
        open_store("neo4j", password="not-the-password")


@pytest.mark.neo4j
def test_the_cypher_script_export_rebuilds_the_graph_in_an_empty_neo4j(_neo4j: GraphStore, seed_graph: Graph) -> None:
    from policy_kg.graph.export import cypher_script

    _neo4j.clear()
    rows = None
    with _neo4j.driver.session(database=_neo4j.database) as session:  # as cypher-shell would run it
        for line in cypher_script(seed_graph).splitlines():
            if line.startswith(":param rows => "):
                rows = session.run("RETURN " + line.removeprefix(":param rows => ") + " AS rows").single()["rows"]
            elif line and not line.startswith("//"):
                session.run(line.rstrip(";"), {"rows": rows}).consume()
    assert _neo4j.export().dumps() == seed_graph.dumps()
