"""kg cypher --explain (the plan), the database's warnings and what a --write changed, on both stores."""

from __future__ import annotations

import pytest

from policy_kg.graph.store import GraphStore, unknown_names

PLANS = {
    "embedded": "Results\n    Project\n        Filter\n            Node By Label Scan | (z:Zone)\n",
    "neo4j": "ProduceResults | z\n    Filter | z.name = $name\n        NodeByLabelScan | z:Zone\n",
}
MISSPELT = {
    "embedded": "warning: 'Zoen' is no label or relationship type of the ontology, so it matches nothing "
                "(did you mean Zone?)\n",
    "neo4j": "warning: label does not exist. The label `Zoen` does not exist. Verify that the spelling is correct.\n",
}
CREATED = {
    "embedded": "nodes created: 1, properties set: 2\n",
    "neo4j": "nodes created: 1, properties set: 2, labels added: 2\n",
}


def test_explain_prints_the_plan_and_runs_nothing(kg, seed_store: GraphStore) -> None:
    code, out, _ = kg("cypher", "--explain", "MATCH (z:Zone) WHERE z.name = $name RETURN z", "-p", "name=两江新区")
    assert (code, out) == (0, PLANS[seed_store.name])
    before = seed_store.stats()
    code, out, _ = kg("cypher", "--explain", "--write", "CREATE (:Zone:Entity {id: 'Zone:新', name: '新'})")
    assert code == 0 and out.splitlines()[-1].lstrip().startswith("Create")
    assert seed_store.stats() == before


def test_explain_plans_each_statement_of_a_script(kg, seed_store: GraphStore) -> None:
    code, out, _ = kg("cypher", "--explain", "MATCH (z:Zone) WHERE z.name = $name RETURN z; MATCH (p:Plan) RETURN p",
                      "-p", "name=两江新区")
    plans = out.split("\n\n")
    assert code == 0 and len(plans) == 2 and plans[0] + "\n" == PLANS[seed_store.name]
    assert plans[1].splitlines()[-1].endswith("(p:Plan)" if seed_store.name == "embedded" else "p:Plan")


def test_a_misspelt_label_is_a_warning_not_a_bare_empty_result(kg, seed_store: GraphStore) -> None:
    code, out, err = kg("cypher", "MATCH (z:Zoen) RETURN z.name AS zone", "--format", "json")
    assert (code, out, err) == (0, "[]\n", MISSPELT[seed_store.name])
    code, _, err = kg("cypher", "MATCH (z:Zone) RETURN count(z) AS n")
    assert code == 0 and "warning" not in err


def test_a_write_reports_what_it_changed(kg, seed_store: GraphStore) -> None:
    code, _, err = kg("cypher", "--write", "MATCH (e:Entity {name: $name}) SET e.kind = 'city'", "-p", "name=重庆市")
    assert (code, err) == (0, "properties set: 1\n")
    code, _, err = kg("cypher", "--write", "CREATE (:Zone:Entity {id: 'Zone:新', name: '新'})")
    assert (code, err) == (0, CREATED[seed_store.name])
    code, _, err = kg("cypher", "--write", "MATCH (z:Zone {id: 'Zone:新'}) DETACH DELETE z")
    assert (code, err) == (0, "nodes deleted: 1\n")
    code, _, err = kg("cypher", "--write", "MATCH (e:Entity {name: 'nobody'}) SET e.kind = 'city'")
    assert (code, err) == (0, "nothing changed\n")


@pytest.mark.unit
def test_unknown_names_are_looked_for_in_patterns_and_label_tests_only() -> None:
    cypher = ("MATCH (z:Zoen)-[:FINANCED_BYY|PART_OF]->(p:Plan) WHERE p:Zone AND z.name = 'a:Nope' // :Nope\n"
              "RETURN [x IN z.aliases | x], count(z), {k: z.kind}, z {.name}")
    assert [w.split("'")[1] for w in unknown_names(cypher)] == ["Zoen", "FINANCED_BYY"]
    assert unknown_names("MATCH (e:Entity {name: $name})-[:MENTIONS]-(d:Document) RETURN e") == []
