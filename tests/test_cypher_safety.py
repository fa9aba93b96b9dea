"""Read-only safety on both stores: injections through parameters, writes and outside access refused."""

from __future__ import annotations

import pytest

from policy_kg.cypher.runner import run_cypher, run_saved
from policy_kg.graph.errors import QueryError, QueryTimeoutError, ReadOnlyViolationError
from policy_kg.graph.store import GraphStore

INJECTIONS = [
    "x' }) DETACH DELETE n //",
    '宗申集团"}) MATCH (n) DETACH DELETE n //',
    "x` DETACH DELETE n //",
    "') OR 1=1 //",
    "$name",
]


def counts(store: GraphStore) -> tuple[dict[str, int], dict[str, int]]:
    stats = store.stats()
    return stats.labels, stats.types


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_a_parameter_is_only_a_value(seed_store: GraphStore, value: str) -> None:
    before = counts(seed_store)
    assert run_saved("entity_profile", {"name": value}, seed_store) == []
    assert run_saved("search_entities", {"text": value}, seed_store) == []
    assert run_cypher("MATCH (e:Entity) WHERE e.name = $name RETURN e", {"name": value}, seed_store) == []
    assert counts(seed_store) == before


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Zone {id: 'Zone:x', name: 'x'})",
    "MATCH (e:Entity {name: '重庆市'}) SET e.kind = 'city'",
    "MATCH (e:Entity {name: '重庆市'}) REMOVE e.aliases",
    "MATCH (n) DETACH DELETE n",
    "MATCH ()-[r:PART_OF]->() DELETE r",
    "MERGE (n:Agency {id: 'Agency:x'})",
    "MATCH (e:Entity {name: '重庆市'}) WITH e CALL { WITH e SET e.kind = 'x' } RETURN 1",
    "CREATE INDEX FOR (n:Zone) ON (n.kind)",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "CALL dbms.components()",
    "CALL dbms.security.createUser('u', 'p', false)",
    "RETURN apoc.load.json('file:///etc/passwd')",
    # comments and odd line ends cannot hide LOAD CSV; administration is refused too
    "LOAD//x\rCSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
    "load /* */ csv FROM 'file:///x.csv' AS row RETURN row",
    "SHOW SETTINGS",
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "MATCH (n) RETURN count(n); SHOW USERS",
])
def test_writes_and_outside_access_refused_in_read_only_mode(seed_store: GraphStore, cypher: str) -> None:
    before = counts(seed_store)
    with pytest.raises(ReadOnlyViolationError):
        run_cypher(cypher, {}, seed_store)
    assert counts(seed_store) == before
    assert run_cypher("MATCH (e:Entity {name: '重庆市'}) RETURN e.kind AS kind", {}, seed_store) == [{"kind": None}]


def test_catalogue_procedures_and_subqueries_allowed(seed_store: GraphStore) -> None:
    labels = run_cypher("CALL db.labels() YIELD label RETURN label ORDER BY label", {}, seed_store)
    assert [r["label"] for r in labels] == ["Agency", "Document", "Enterprise", "Entity", "Industry", "Plan", "Project", "Zone"]
    rows = run_cypher("CALL { MATCH (z:Zone) RETURN count(z) AS n } RETURN n", {}, seed_store)
    assert rows == [{"n": 10}]


def test_write_mode_writes(seed_store: GraphStore) -> None:
    run_cypher("MATCH (e:Entity {name: $name}) SET e.kind = $kind", {"name": "重庆市", "kind": "city"}, seed_store,
               write=True)
    assert run_saved("entity_profile", {"name": "重庆"}, seed_store)[0]["kind"] == "city"


def test_bad_parameter_refused_before_the_store_is_asked(seed_store: GraphStore) -> None:
    with pytest.raises(QueryError, match="parameter depth must be int"):
        run_saved("neighbourhood", {"name": "两江新区", "depth": "1; MATCH (n) DETACH DELETE n"}, seed_store)
    with pytest.raises(QueryError, match="missing parameter"):
        run_saved("shortest_path", {"source": "两江新区"}, seed_store)


def test_keywords_inside_strings_and_comments_are_no_commands(seed_store: GraphStore) -> None:
    rows = run_cypher("MATCH (e:Entity {name: 'LOAD CSV'}) RETURN count(e) AS n // CALL dbms.x()", {}, seed_store)
    assert rows == [{"n": 0}]


def test_a_negative_limit_is_a_parameter_error(seed_store: GraphStore) -> None:
    with pytest.raises(QueryError) as raised:
        run_saved("top_connected", {"limit": -1}, seed_store)
    assert raised.value.code == "E300" and "from 0 to 2^63-1, got -1" in raised.value.message


def test_a_long_query_is_stopped_at_its_time_limit(seed_store: GraphStore) -> None:
    with pytest.raises(QueryTimeoutError) as raised:
        run_cypher("UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n", {}, seed_store,
                   timeout=0.3)
    assert raised.value.code == "E320"
    assert run_cypher("MATCH (e:Entity {name: '重庆市'}) RETURN e.name AS name", {}, seed_store) == [{"name": "重庆市"}]


def test_rows_past_the_cap_are_not_returned(seed_store: GraphStore) -> None:
    rows = run_cypher("UNWIND range(1, 50) AS x RETURN x", {}, seed_store, max_rows=7)
    assert rows == [{"x": x} for x in range(1, 8)]


def test_the_cli_says_when_it_cut_the_rows(kg) -> None:
    code, out, err = kg("cypher", "UNWIND range(1, 50) AS x RETURN x", "--limit", "5", "--format", "csv")
    assert code == 0 and out.splitlines() == ["x", "1", "2", "3", "4", "5"]
    assert "only the first 5 rows are shown; raise --limit for more" in err
