"""The graph model, the ontology and the two stores."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import KGError, QueryError
from .model import Document, Entity, Evidence, Graph, Mention, Relation, read_exchange, write_exchange
from .store import GraphStore, LoadSummary, Stats

STORES = ("embedded", "neo4j")

__all__ = [
    "STORES",
    "Document",
    "Entity",
    "Evidence",
    "Graph",
    "GraphStore",
    "KGError",
    "LoadSummary",
    "Mention",
    "Relation",
    "Stats",
    "open_store",
    "read_exchange",
    "store_kind",
    "write_exchange",
]


def store_kind(store: str | None = None) -> str:
    """``store`` if given, else ``$KG_STORE``, else neo4j when ``$NEO4J_URI`` is set, else embedded."""
    kind = store or os.environ.get("KG_STORE") or ("neo4j" if os.environ.get("NEO4J_URI") else "embedded")
    if kind not in STORES:
        raise QueryError(f"unknown store {kind!r}", hint=f"use one of {', '.join(STORES)} (--store or KG_STORE)")
    return kind


def open_store(
    store: str | None = None,
    *,
    data_dir: str | Path | None = None,
    uri: str | None = None,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int | None = None,
    keep_running: bool = False,
) -> GraphStore:
    """Open the chosen store (see :func:`store_kind`); close it when done."""
    extra = {"batch_size": batch_size} if batch_size else {}
    if store_kind(store) == "neo4j":
        from .neo4j_store import Neo4jStore

        return Neo4jStore(uri, username, password, database, **extra)
    from .embedded import EmbeddedStore

    return EmbeddedStore(data_dir, keep_running=keep_running, **extra)
