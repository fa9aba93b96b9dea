"""Where the graph lives and how to reach it: resolved once, from flags, then the environment, then defaults.

This is the only place that reads the store's environment variables; the
stores themselves take plain values, so a command, a notebook and a test
that pass the same settings open the same store.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .corrections import default_path
from .errors import ConfigError
from .store import GraphStore

STORES = ("embedded", "neo4j")

# Each setting and the environment variable that gives it when no flag does.
ENVIRONMENT = {
    "store": "KG_STORE",
    "data_dir": "KG_HOME",
    "corrections": "KG_CORRECTIONS",
    "queries": "KG_QUERIES",
    "uri": "NEO4J_URI",
    "username": "NEO4J_USERNAME",
    "password": "NEO4J_PASSWORD",
    "database": "NEO4J_DATABASE",
}
DEFAULT_DATA_DIR = Path(".kg")
DEFAULT_QUERIES = Path("queries")  # the user's saved queries, when this folder is there
DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USERNAME = "neo4j"
DEFAULT_DATABASE = "neo4j"


@dataclass(frozen=True)
class Settings:
    """The settings of one run: the store, and the user's files beside it (see :func:`resolve_settings`)."""

    store: str = "embedded"
    data_dir: Path = DEFAULT_DATA_DIR  # the embedded store's folder (and the model cache's, the corrections')
    uri: str = DEFAULT_URI
    username: str = DEFAULT_USERNAME
    password: str = ""
    database: str = DEFAULT_DATABASE
    corrections: Path | None = None  # None: corrections.yaml in data_dir
    queries: Path | None = None  # a folder of the user's saved queries, beside the built-in ones

    @property
    def corrections_file(self) -> Path:
        """The corrections file: the one chosen, else corrections.yaml in the data folder."""
        return self.corrections or default_path(self.data_dir)

    def with_corrections(self, path: str | Path | None) -> Settings:
        """These settings with a command's own --corrections (None keeps the resolved one)."""
        return replace(self, corrections=Path(path)) if path else self

    def open(self, *, batch_size: int | None = None, keep_running: bool = False, create: bool = True) -> GraphStore:
        """Open the store these settings name; close it when done. A command that only reads passes
        ``create=False``: an embedded data folder that does not exist is then an error, not a new empty store."""
        extra = {"batch_size": batch_size} if batch_size else {}
        if self.store == "neo4j":
            from .neo4j_store import Neo4jStore

            return Neo4jStore(self.uri, self.username, self.password, self.database, **extra)
        from .embedded import EmbeddedStore

        return EmbeddedStore(self.data_dir, keep_running=keep_running, create=create, **extra)


def resolve_settings(
    environ: Mapping[str, str] | None = None,
    *,
    store: str | None = None,
    data_dir: str | Path | None = None,
    corrections: str | Path | None = None,
    queries: str | Path | None = None,
    uri: str | None = None,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Settings:
    """Each setting from its flag (the keyword; None or "" = not given), else from ``environ`` (default
    ``os.environ``; the variables of :data:`ENVIRONMENT`), else its default.

    The store, when neither ``store`` nor KG_STORE chooses it, is neo4j if a URI was given, else embedded;
    the saved-query folder, when neither ``queries`` nor KG_QUERIES names one, is ./queries/ if it exists.
    """
    env = os.environ if environ is None else environ
    flags = {"store": store, "data_dir": data_dir, "corrections": corrections, "queries": queries, "uri": uri,
             "username": username, "password": password, "database": database}
    # An empty value is no value, as click reads an empty variable.
    given = {name: flags[name] or env.get(variable) or None for name, variable in ENVIRONMENT.items()}
    kind = given["store"] or ("neo4j" if given["uri"] else "embedded")
    if kind not in STORES:
        source = "--store" if store else ENVIRONMENT["store"]
        raise ConfigError(f"unknown store {kind!r} (from {source})", hint=f"use one of {', '.join(STORES)}")
    return Settings(
        store=str(kind),
        data_dir=Path(given["data_dir"] or DEFAULT_DATA_DIR),
        uri=str(given["uri"] or DEFAULT_URI),
        username=str(given["username"] or DEFAULT_USERNAME),
        password=str(given["password"] or ""),
        database=str(given["database"] or DEFAULT_DATABASE),
        corrections=Path(given["corrections"]) if given["corrections"] else None,
        queries=Path(given["queries"]) if given["queries"] else (DEFAULT_QUERIES if DEFAULT_QUERIES.is_dir() else None),
    )
