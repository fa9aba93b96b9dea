"""Running saved and ad-hoc Cypher on a store, with the same row shape from both stores."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from policy_kg.graph.store import GraphStore, Outcome

from .library import check_params, get_saved


def run_saved(name: str, params: dict[str, Any] | None, store: GraphStore, *, timeout: float | None = None,
              max_rows: int | None = None, user_dir: str | Path | None = None) -> list[dict[str, Any]]:
    """Rows of the saved query ``name`` (built in, or in ``user_dir``), read-only, parameters checked against
    its header.

    >>> run_saved("bank_borrowers", {"bank": "中国进出口银行重庆分行"}, store)  # doctest: +SKIP
    [{"borrower": "华邦健康", "borrower_label": "Enterprise", ...}, ...]
    """
    query = get_saved(name, user_dir)
    checked = check_params(query, params or {})
    return normalise_rows(store.query(query.cypher_for(store.name), checked, timeout=timeout, max_rows=max_rows))


def run_cypher(cypher: str, params: dict[str, Any] | None, store: GraphStore, *, write: bool = False,
               timeout: float | None = None, max_rows: int | None = None) -> list[dict[str, Any]]:
    """Rows of ad-hoc Cypher; read-only (writes refused before they run) unless ``write``;
    a read stops after ``timeout`` seconds and returns at most ``max_rows`` rows."""
    return run_statement(cypher, params, store, write=write, timeout=timeout, max_rows=max_rows).rows


def run_statement(cypher: str, params: dict[str, Any] | None, store: GraphStore, *, write: bool = False,
                  timeout: float | None = None, max_rows: int | None = None) -> Outcome:
    """As :func:`run_cypher`, with what a write changed and the database's warnings."""
    outcome = store.run(cypher, params or {}, write=write, timeout=timeout, max_rows=max_rows)
    return replace(outcome, rows=normalise_rows(outcome.rows))


def normalise_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows whose values compare and print identically whichever store produced them."""
    return [{column: normalise(value) for column, value in row.items()} for row in rows]


def normalise(value: Any) -> Any:
    """Dict keys in a fixed order (``label``/``type`` first), tuples as lists, recursively."""
    if isinstance(value, dict):
        first = [k for k in ("label", "type") if k in value]
        return {k: normalise(value[k]) for k in first + sorted(k for k in value if k not in first)}
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    return value
