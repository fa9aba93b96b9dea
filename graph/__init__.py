"""The graph model, the ontology and the two stores."""

from __future__ import annotations

from pathlib import Path

from .errors import KGError
from .model import Document, Entity, Evidence, Graph, Mention, Relation, read_exchange, write_exchange
from .settings import STORES, Settings, resolve_settings
from .store import GraphStore, LoadSummary, Stats

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
    "Settings",
    "Stats",
    "open_store",
    "read_exchange",
    "resolve_settings",
    "write_exchange",
]


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
    """Open the store that the arguments, else the environment, choose (see :func:`resolve_settings`);
    close it when done."""
    settings = resolve_settings(store=store, data_dir=data_dir, uri=uri, username=username, password=password,
                                database=database)
    return settings.open(batch_size=batch_size, keep_running=keep_running)
