"""The user's saved queries (KG_QUERIES, else ./queries/): listed after the built-in ones, run alike, checked alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_kg.cli.app import main
from policy_kg.cypher.library import get_saved, list_saved
from policy_kg.graph.errors import QueryError

ZONES_OF = """\
// name: zones_of
// description: Zones whose name contains a text.
// param: text: string (example: "高新")
// param: limit: int = 10
MATCH (z:Zone) WHERE z.name CONTAINS $text
RETURN z.name AS zone ORDER BY zone LIMIT $limit
"""


def folder(tmp_path: Path, **files: str) -> Path:
    queries = tmp_path / "my-queries"
    queries.mkdir()
    for name, text in files.items():
        (queries / f"{name}.cypher").write_text(text, encoding="utf-8")
    return queries


def kg_offline(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """kg commands that open no store (--list, --show)."""
    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.unit
def test_the_list_shows_the_users_queries_after_the_built_in_ones(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KG_QUERIES", str(folder(tmp_path, zones_of=ZONES_OF)))
    code, out, _ = kg_offline(capsys, "query", "--list")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [q.name for q in list_saved()] + ["zones_of"]
    assert out.splitlines()[-1].split(None, 1)[1] == "Zones whose name contains a text."
    code, out, _ = kg_offline(capsys, "query", "--show", "zones_of")
    assert code == 0 and "  text: string (required), e.g. \"高新\"\n  limit: int = 10\n" in out


@pytest.mark.unit
def test_queries_in_the_working_folder_are_read_without_the_variable(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "zones_of.cypher").write_text(ZONES_OF, encoding="utf-8")
    monkeypatch.delenv("KG_QUERIES", raising=False)
    monkeypatch.chdir(tmp_path)
    code, out, _ = kg_offline(capsys, "query", "--list")
    assert (code, out.splitlines()[-1].split()[0]) == (0, "zones_of")


@pytest.mark.unit
@pytest.mark.parametrize("text, message", [
    (ZONES_OF.replace("int = 10", "integer = 10"), "cannot read parameter 'limit: integer = 10'"),
    (ZONES_OF.replace("int = 10", 'int = "ten"'), "parameter limit must be int, got str 'ten'"),
    (ZONES_OF.replace("// description: Zones whose name contains a text.\n", ""), "header lacks description"),
    (ZONES_OF.replace("// name: zones_of", "// name: zones"), "header name 'zones' differs from the file name"),
])
def test_a_malformed_header_is_an_error_naming_the_file(tmp_path: Path, monkeypatch, capsys, text: str,
                                                        message: str) -> None:
    queries = folder(tmp_path, zones_of=text)
    monkeypatch.setenv("KG_QUERIES", str(queries))
    code, _, err = kg_offline(capsys, "query", "--list")
    assert code == 64
    assert err.startswith(f"error: [E300] {queries.resolve() / 'zones_of.cypher'}: {message}")


@pytest.mark.unit
def test_a_users_query_may_not_take_a_built_in_name(tmp_path: Path) -> None:
    queries = folder(tmp_path, neighbourhood=ZONES_OF.replace("zones_of", "neighbourhood"))
    with pytest.raises(QueryError, match=rf"{queries.resolve() / 'neighbourhood.cypher'}: 'neighbourhood' is the "
                                        "name of a built-in saved query"):
        get_saved("neighbourhood", queries)


@pytest.mark.unit
def test_a_missing_folder_is_a_configuration_error(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KG_QUERIES", str(tmp_path / "nowhere"))
    code, _, err = kg_offline(capsys, "query", "--list")
    assert code == 78
    assert err.startswith(f"error: [E410] the saved-query folder {tmp_path / 'nowhere'} is not a folder")


def test_a_users_query_runs_with_typed_parameters(kg, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_QUERIES", str(folder(tmp_path, zones_of=ZONES_OF)))
    code, out, _ = kg("query", "zones_of", "-p", "text=高新", "-p", "limit=2", "--format", "json")
    assert code == 0
    assert out == '[\n  {\n    "zone": "重庆高新区"\n  }\n]\n'
    code, _, err = kg("query", "zones_of", "-p", "text=高新", "-p", "limit=two")
    assert code == 64 and "zones_of: parameter limit must be int, got 'two'" in err


def test_kg_serve_offers_and_runs_the_users_queries(seed_store, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from .serving import app

    client = TestClient(app(seed_store, user_queries=folder(tmp_path, zones_of=ZONES_OF)))
    listed = client.get("/api/queries").json()
    assert listed[-1] == {"name": "zones_of", "description": "Zones whose name contains a text.",
                          "params": [{"name": "text", "type": "string", "required": True, "example": "高新"},
                                     {"name": "limit", "type": "int", "required": False, "default": 10,
                                      "example": None}]}
    answer = client.post("/api/queries/zones_of", json={"text": "高新", "limit": 2})
    assert (answer.status_code, answer.json()["rows"]) == (200, [{"zone": "重庆高新区"}])
    assert "zones_of" not in [q["name"] for q in TestClient(app(seed_store)).get("/api/queries").json()]


def test_kg_serve_will_not_start_on_a_broken_folder_of_queries(seed_store, tmp_path: Path) -> None:
    from .serving import app

    with pytest.raises(QueryError, match="header name 'zones_of' differs from the file name"):
        app(seed_store, user_queries=folder(tmp_path, other=ZONES_OF))
