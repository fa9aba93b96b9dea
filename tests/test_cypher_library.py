"""The saved-query files, their headers and parameter checking (no store needed)."""

from __future__ import annotations

import pytest

from policy_kg.cypher.library import (
    Param,
    check_params,
    get_saved,
    guess_value,
    list_saved,
    parse_param_strings,
    parse_query,
)
from policy_kg.cypher.output import cell_text, format_rows, saved_query_text
from policy_kg.cypher.runner import normalise
from policy_kg.graph.errors import QueryError, ReadOnlyViolationError
from policy_kg.graph.store import check_read_only_text

pytestmark = pytest.mark.unit

TWO_DIALECTS = """\
// name: demo
// description: A demo.
// param: name: string (example: "重庆市")
// param: depth: int = 1
// param: weights: list = []
// param: ratio: float = 0.5
// param: exact: bool = true
// param: label: string = null
// a comment for readers
// variant: neo4j
MATCH (n) RETURN COUNT { (n)--() } AS d
// variant: falkordb
MATCH (n) RETURN indegree(n) AS d
"""


def test_header_params_and_variants() -> None:
    query = parse_query(TWO_DIALECTS)
    assert (query.name, query.description) == ("demo", "A demo.")
    assert query.params == (
        Param("name", "string", example="重庆市"),
        Param("depth", "int", 1), Param("weights", "list", []), Param("ratio", "float", 0.5),
        Param("exact", "bool", True), Param("label", "string", None),
    )
    assert query.cypher_for("neo4j") == "MATCH (n) RETURN COUNT { (n)--() } AS d"
    assert query.cypher_for("embedded") == "MATCH (n) RETURN indegree(n) AS d"
    assert [p.name for p in query.params if p.required] == ["name"]


@pytest.mark.parametrize("text, message", [
    ("// description: x\nRETURN 1", "header lacks name"),
    ("// name: x\n// description: x\n", "no Cypher after the header"),
    ("// name: x\n// description: x\n// param: n: integer\nRETURN 1", "cannot read parameter 'n: integer'"),
    ("// name: x\n// description: x\n// param: n: int = \"a\"\nRETURN 1", "parameter n must be int"),
    ("// name: x\n// description: x\n// variant: memgraph\nRETURN 1", "unknown variant 'memgraph'"),
    ("// name: x\n// description: x\nRETURN 1\n// variant: neo4j\nRETURN 2", "Cypher outside the variant sections"),
])
def test_bad_headers_are_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(text)


def test_library_has_documented_queries_named_like_their_files() -> None:
    queries = list_saved()
    assert len(queries) >= 15
    for query in queries:
        assert query.path is not None and query.path.stem == query.name
        assert query.description.endswith(".")
        assert all(p.example is not None for p in query.params if p.required), query.name


def test_unknown_saved_query_lists_the_others() -> None:
    with pytest.raises(QueryError, match="no saved query 'nope'") as caught:
        get_saved("nope")
    assert "bank_borrowers" in caught.value.hint


def test_check_params_fills_defaults() -> None:
    assert check_params(get_saved("bank_borrowers"), {"bank": "某银行"}) == {"bank": "某银行", "limit": 100}
    assert check_params(get_saved("search_entities"), {"text": "银行"}) == {"text": "银行", "label": None, "limit": 50}


def test_missing_and_unknown_params_list_the_declared_ones() -> None:
    with pytest.raises(QueryError) as caught:
        check_params(get_saved("bank_borrowers"), {"name": "x"})
    assert caught.value.message == "bank_borrowers: unknown parameter(s) name; missing parameter(s) bank"
    assert caught.value.hint == 'bank_borrowers takes: bank: string (required), e.g. "中国进出口银行重庆分行"; limit: int = 100'


@pytest.mark.parametrize("params", [
    {"bank": 5}, {"bank": ["a"]}, {"bank": None}, {"bank": "x", "limit": "10"}, {"bank": "x", "limit": 1.5},
    {"bank": "x", "limit": True},
])
def test_bad_param_types_are_refused_before_anything_runs(params: dict) -> None:
    with pytest.raises(QueryError, match="must be"):
        check_params(get_saved("bank_borrowers"), params)


def test_command_line_values_converted_per_declared_type() -> None:
    query = parse_query(TWO_DIALECTS)
    params = parse_param_strings(query, ["name=重庆=市", "depth=2", "weights=a, b", "ratio=1", "exact=no"])
    assert params == {"name": "重庆=市", "depth": 2, "weights": ["a", "b"], "ratio": 1.0, "exact": False, "label": None}
    assert parse_param_strings(query, ["name=x", 'weights=[1, "2"]'])["weights"] == [1, "2"]


@pytest.mark.parametrize("pair, message", [
    ("depth=two", "parameter depth must be int, got 'two'"),
    ("exact=maybe", "parameter exact must be bool"),
    ("weights=[1,", "parameter weights must be list"),
    ("size=3", "unknown parameter size"),
    ("depth", "parameter 'depth' is not key=value"),
])
def test_bad_command_line_values(pair: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_param_strings(parse_query(TWO_DIALECTS), ["name=x", pair])


def test_guess_value_for_ad_hoc_params() -> None:
    assert [guess_value(t) for t in ("5", "true", "[1, 2]", '"5"', "重庆", "x'y")] == [5, True, [1, 2], "5", "重庆", "x'y"]


@pytest.mark.parametrize("cypher", [
    "MATCH (n) RETURN n", "CALL db.labels()", "CALL db.relationshipTypes() YIELD relationshipType RETURN 1",
    "MATCH (n) CALL { WITH n RETURN n.id AS x } RETURN x", "MATCH (n) CALL (n) { RETURN n.id AS x } RETURN x",
    "MATCH (n) CALL{RETURN 1 AS x} RETURN x", "MATCH (n) WHERE n.recall = 1 RETURN n", "CALL db.meta.stats()",
])
def test_read_only_text_allows_reads_and_subqueries(cypher: str) -> None:
    check_read_only_text(cypher)


@pytest.mark.parametrize("cypher", [
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "load /* x */ csv from 'x' as r return r",
    "CALL dbms.components()", "call  apoc.load.json('http://x')", "RETURN apoc.load.jsonArray('x')",
    "CALL /* hidden */ dbms.listConfig()", "CALL db.labelsX()", "CALL db.idx.fulltext.queryNodes('a', 'b')",
    "CALL `dbms`.components()",
])
def test_read_only_text_refuses_files_and_procedures(cypher: str) -> None:
    with pytest.raises(ReadOnlyViolationError):
        check_read_only_text(cypher)


def test_normalise_orders_keys_label_first() -> None:
    value = normalise({"z": ({"name": "a", "label": "Zone"},), "type": "PART_OF"})
    assert list(value) == ["type", "z"] and value["z"] == [{"label": "Zone", "name": "a"}]


def test_cells_show_nodes_relationships_and_paths() -> None:
    node = {"label": "Zone", "name": "两江新区", "id": "Zone:两江新区"}
    path = [node, {"type": "PART_OF"}, {"label": "Zone", "name": "重庆市"}]
    assert [cell_text(v) for v in (node, {"type": "PART_OF"}, path, ["a", "b"], None, 3)] == [
        "两江新区 (Zone)", "PART_OF", "两江新区 -PART_OF- 重庆市", "a, b", "", "3"]


def test_csv_and_json_keep_every_value() -> None:
    rows = [{"name": "两江新区", "aliases": ["两江"], "n": None}]
    assert format_rows(rows, "csv") == 'name,aliases,n\n两江新区,"[""两江""]",\n'
    assert format_rows(rows, "json") == '[\n  {\n    "name": "两江新区",\n    "aliases": [\n      "两江"\n    ],\n    "n": null\n  }\n]\n'
    assert format_rows([], "csv") == "\n"


def test_table_aligns_wide_characters() -> None:
    text = format_rows([{"name": "两江新区", "n": 1}, {"name": "重庆市", "n": 22}], "table")
    assert text.splitlines() == [
        "┏━━━━━━━━━━┳━━━━┓",
        "┃ name     ┃  n ┃",
        "┡━━━━━━━━━━╇━━━━┩",
        "│ 两江新区 │  1 │",
        "│ 重庆市   │ 22 │",
        "└──────────┴────┘",
    ]


def test_show_text_has_params_example_and_each_variant() -> None:
    text = saved_query_text(parse_query(TWO_DIALECTS))
    assert text.splitlines()[:9] == [
        "demo: A demo.",
        "parameters:",
        '  name: string (required), e.g. "重庆市"',
        "  depth: int = 1",
        "  weights: list = []",
        "  ratio: float = 0.5",
        "  exact: bool = true",
        "  label: string = null",
        "example:",
    ]
    assert "  kg query demo --param name=重庆市" in text
    assert "cypher (neo4j):\n  MATCH (n) RETURN COUNT { (n)--() } AS d\ncypher (falkordb):" in text
