"""The model, the ontology and the exchange JSON, in memory."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation, read_exchange, write_exchange
from policy_kg.graph.errors import ExchangeFormatError, OntologyError
from policy_kg.graph.export import export_graph
from policy_kg.graph.ontology import check_relation

from .conftest import SEED_GRAPH

pytestmark = pytest.mark.unit


def small_graph() -> Graph:
    g = Graph()
    g.add_document(Document("d1", "标题", "a.txt", ["张三"]))
    g.add_entity(Entity("Plan", "某某工作方案", {"方案"}, "工作方案", {Mention("d1", 0, 6)}))
    g.add_entity(Entity("Agency", "科技部", set(), "ministry", {Mention("d1", 10, 13)}))
    g.add_relation(Relation("Plan:某某工作方案", "APPROVED_BY", "Agency:科技部", {},
                            {Evidence("d1", 0, 20, "《某某工作方案》获科技部批复。", "approval")}))
    return g


def test_exchange_round_trip_is_exact(tmp_path: Path) -> None:
    path = write_exchange(small_graph(), tmp_path / "g.json")
    assert read_exchange(path).dumps() == small_graph().dumps()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["entities"][0] == {
        "id": "Agency:科技部", "label": "Agency", "name": "科技部", "aliases": [], "kind": "ministry",
        "mentions": [{"document": "d1", "start": 10, "end": 13}],
    }
    assert data["relations"][0]["evidence"] == [
        {"document": "d1", "sentence": "《某某工作方案》获科技部批复。", "start": 0, "end": 20, "rule": "approval"}
    ]


def test_networkx_round_trip_keeps_everything() -> None:
    g = read_exchange(SEED_GRAPH)
    nxg = g.to_networkx()
    assert nxg.number_of_nodes() == 1 + 64
    assert nxg.number_of_edges() == 64 + 61  # MENTIONS + relations
    assert Graph.from_networkx(nxg).dumps() == g.dumps()


def test_adding_a_known_fact_merges_it() -> None:
    g = small_graph()
    g.add_entity(Entity("Agency", "科技部", {"国家科技部"}, None, {Mention("d1", 30, 33)}))
    g.add_relation(Relation("Plan:某某工作方案", "APPROVED_BY", "Agency:科技部", {},
                            {Evidence("d1", 25, 40, "科技部批复了该方案。", "approval")}))
    assert len(g.entities) == 2 and len(g.relations) == 1
    agency = g.entities["Agency:科技部"]
    assert agency.aliases == {"国家科技部"} and agency.kind == "ministry" and len(agency.mentions) == 2
    assert len(g.relations[("Plan:某某工作方案", "APPROVED_BY", "Agency:科技部")].evidence) == 2


@pytest.mark.parametrize(
    ("source", "rel_type", "target", "message"),
    [
        ("Plan", "APPROVED_BY", "Zone", "APPROVED_BY cannot go from Plan to Zone"),
        ("Agency", "PART_OF", "Zone", "PART_OF cannot go from Agency to Zone"),
        ("Plan", "FUNDS", "Agency", "unknown relationship type 'FUNDS'"),
        ("Plan", "MENTIONS", "Agency", "MENTIONS is derived from entity mentions"),
    ],
)
def test_ontology_rejects_relations_outside_it(source: str, rel_type: str, target: str, message: str) -> None:
    with pytest.raises(OntologyError) as info:
        check_relation(source, rel_type, target)
    assert message in str(info.value)


def test_unknown_label_names_the_allowed_ones() -> None:
    with pytest.raises(OntologyError) as info:
        Graph().add_entity(Entity("Person", "张三"))
    assert "unknown label 'Person'" in str(info.value)
    assert "Plan, Zone, Industry, Enterprise, Project, Agency" in str(info.value)


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ([], ExchangeFormatError, "top level: must be an object"),
        ({"documents": []}, ExchangeFormatError, "at least one document is needed"),
        ({"documents": [{"id": "d"}], "entities": [{"label": "Person", "name": "x"}]}, OntologyError,
         "entities[0]: unknown label 'Person'"),
        ({"documents": [{"id": "d"}], "entities": [{"label": "Plan", "name": "x", "mentions": [{"document": "e",
          "start": 0, "end": 1}]}]}, ExchangeFormatError, "document 'e' is not listed"),
        ({"documents": [{"id": "d"}], "entities": [{"label": "Plan", "name": "x", "id": "Plan:y"}]},
         ExchangeFormatError, "entities[0].id: must be 'Plan:x'"),
        ({"documents": [{"id": "d"}], "entities": [{"label": "Plan", "name": "x"}, {"label": "Zone", "name": "z"}],
          "relations": [{"source": "Plan:x", "type": "APPROVED_BY", "target": "Zone:z"}]}, OntologyError,
         "relations[0]: APPROVED_BY cannot go from Plan to Zone"),
        ({"documents": [{"id": "d"}], "relations": [{"source": "Plan:x", "type": "COVERS", "target": "Zone:z"}]},
         OntologyError, "unknown entity 'Plan:x'"),
    ],
)
def test_bad_exchange_json_names_the_item(data: object, error: type, message: str) -> None:
    with pytest.raises(error) as info:
        Graph.from_exchange(data, "in.json")
    assert "in.json" in str(info.value) and message in str(info.value)


def test_unreadable_exchange_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"documents": [', encoding="utf-8")
    with pytest.raises(ExchangeFormatError) as info:
        read_exchange(bad)
    assert f"{bad}: not JSON" in str(info.value)


def test_graph_without_provenance_is_refused() -> None:
    g = Graph()
    g.add_document(Document("d1"))
    g.add_entity(Entity("Zone", "某新区"))
    with pytest.raises(ExchangeFormatError, match="'Zone:某新区' has no mentions"):
        g.check_provenance()


def test_csv_and_graphml_exports(tmp_path: Path) -> None:
    g = read_exchange(SEED_GRAPH)
    files = export_graph(g, "csv", tmp_path / "csv")
    tables = {f.name: list(csv.reader(f.open(encoding="utf-8", newline=""))) for f in files}
    assert len(tables["entities.csv"]) == 1 + 64 and len(tables["relations.csv"]) == 1 + 61
    # the layout neo4j-admin database import reads (run with --array-delimiter='|')
    assert tables["entities.csv"][0] == ["id:ID", ":LABEL", "name", "aliases:string[]", "kind", "properties"]
    assert tables["relations.csv"][0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = {row[0] for name in ("documents.csv", "entities.csv") for row in tables[name][1:]}
    ends = {end for name in ("mentions.csv", "relations.csv") for row in tables[name][1:] for end in row[:2]}
    assert ends <= ids  # every relationship joins exported nodes
    zongshen = next(row for row in tables["relations.csv"] if row[0] == "Enterprise:宗申集团")
    assert zongshen[2] == "FINANCED_BY" and len(zongshen[4].split("|")) == len(zongshen[8].split("|")) >= 1
    (graphml,) = export_graph(g, "graphml", tmp_path / "g.graphml")
    import networkx as nx

    back = nx.read_graphml(graphml)
    assert back.number_of_nodes() == 65 and back.number_of_edges() == 125
    assert back.nodes["Enterprise:宗申集团"]["label"] == "宗申集团"  # what Gephi and yEd show
    assert back.nodes["Enterprise:宗申集团"]["type"] == "Enterprise"
    edge_ids = [data["id"] for _, _, data in back.edges(data=True)]
    assert len(set(edge_ids)) == len(edge_ids) == 125
    assert "Enterprise:宗申集团|FINANCED_BY|Enterprise:中国进出口银行重庆分行" in edge_ids
