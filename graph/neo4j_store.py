"""Neo4j 5 through the official ``neo4j`` driver."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from .errors import ConfigError, QueryTimeoutError, ReadOnlyViolationError, StoreError, StoreUnavailableError
from . import queries as Q
from .settings import DEFAULT_DATABASE, DEFAULT_URI, DEFAULT_USERNAME
from .store import COUNTERS, DEFAULT_BATCH_SIZE, GraphStore, Outcome, Statement, node_value, path_items

CONNECT_TIMEOUT_S = 10
# The driver logs each notification it hears; kg reports them itself (Outcome.notifications), so without a
# logging set-up of the caller's they are not printed a second time by Python's last-resort handler.
logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())


URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStore(GraphStore):
    """A Neo4j 5 database (``open_store`` or ``Settings.open`` fill the arguments in from the environment)."""

    name = "neo4j"

    def __init__(
        self,
        uri: str = DEFAULT_URI,
        username: str = DEFAULT_USERNAME,
        password: str = "",
        database: str = DEFAULT_DATABASE,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        super().__init__(batch_size)
        self.uri = uri
        self.username = username
        self.database = database
        scheme = self.uri.split("://", 1)[0] if "://" in self.uri else ""
        if scheme not in URI_SCHEMES:
            raise ConfigError(f"NEO4J_URI {self.uri!r} is not a Bolt or Neo4j URI",
                              hint="write it as bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for TLS)")
        try:
            self.driver = GraphDatabase.driver(
                self.uri,
                auth=(self.username, password),
                connection_timeout=CONNECT_TIMEOUT_S,
                connection_acquisition_timeout=CONNECT_TIMEOUT_S,
                max_transaction_retry_time=CONNECT_TIMEOUT_S,
                # Deprecation notices about user Cypher belong to the user, not to every kg run.
                notifications_min_severity="OFF",
            )
            self.driver.verify_connectivity()
        except AuthError as exc:
            self.driver.close()
            raise StoreUnavailableError(
                f"Neo4j at {self.uri} refused user {self.username!r}",
                hint="set NEO4J_USERNAME / NEO4J_PASSWORD (or --user / --password) to the server's credentials",
            ) from exc
        except (ServiceUnavailable, DriverError, ValueError, OSError) as exc:
            raise StoreUnavailableError(
                f"cannot reach Neo4j at {self.uri}: {exc}",
                hint="start it (`docker compose up -d neo4j`) or set NEO4J_URI; "
                "or use the embedded store with --store embedded",
            ) from exc

    def _create_schema(self) -> None:
        with self._session() as session:
            for statement in [*Q.neo4j_schema(), Q.FILL_SEARCH_NAMES]:
                session.run(statement).consume()

    @contextmanager
    def _session(self, access: str = neo4j.WRITE_ACCESS, *, warnings: bool = False) -> Iterator[neo4j.Session]:
        # The driver hears no notifications (see __init__) except in a session for the user's own Cypher.
        heard = {"notifications_min_severity": "WARNING"} if warnings else {}
        try:
            with self.driver.session(database=self.database, default_access_mode=access, **heard) as session:
                yield session
        except ClientError as exc:
            code = exc.code or ""
            if "TransactionTimedOut" in code or "Transaction.Terminated" in code:
                raise QueryTimeoutError("the query ran over its time limit and was stopped",
                                        hint="narrow it (LIMIT, a start node), or raise --timeout") from exc
            if "AccessMode" in code or "ForbiddenDueToTransactionType" in code:
                raise ReadOnlyViolationError(
                    f"the query would write: {exc.message}",
                    hint="ad-hoc Cypher is read-only unless you pass --write",
                ) from exc
            raise StoreError(f"Neo4j refused the query: {exc.message}", hint=f"code {exc.code}") from exc
        except ServiceUnavailable as exc:
            raise StoreUnavailableError(f"lost the connection to Neo4j at {self.uri}: {exc}",
                                        hint="check the server is running") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j error: {exc.message}", hint=f"code {exc.code}") from exc

    def _write_atomically(self, statements: list[Statement]) -> list[dict[str, Any]]:
        # A managed transaction: the driver retries the whole unit on a
        # transient error, which is harmless because every write MERGEs.
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            rows: list[dict[str, Any]] = []
            for cypher, params in statements:
                rows = [_record(r) for r in tx.run(cypher, params)]
            return rows

        with self._session() as session:
            return session.execute_write(work)

    def _read(self, cypher: str, params: dict[str, Any], *, timeout: float | None = None,
              max_rows: int | None = None) -> list[dict[str, Any]]:
        # The rows past max_rows are never fetched; the server ends the transaction at its timeout.
        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [_record(r) for r in islice(tx.run(cypher, params), max_rows)]

        with self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def _run(self, cypher: str, params: dict[str, Any], *, write: bool, timeout: float | None,
             max_rows: int | None) -> Outcome:
        # A write is not timed (a half-done write would be rolled back anyway), a read is.
        @neo4j.unit_of_work(timeout=None if write else timeout)
        def work(tx: neo4j.ManagedTransaction) -> tuple[list[dict[str, Any]], neo4j.ResultSummary]:
            result = tx.run(cypher, params)
            return [_record(r) for r in islice(result, max_rows)], result.consume()

        with self._session(neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS, warnings=True) as session:
            rows, summary = (session.execute_write if write else session.execute_read)(work)
        counters = {name: getattr(summary.counters, name) for name in COUNTERS if getattr(summary.counters, name)}
        return Outcome(rows, counters, [g.status_description.removeprefix("warn: ") for g in summary.gql_status_objects
                                         if g.is_notification])

    def _explained(self, cypher: str, params: dict[str, Any]) -> neo4j.ResultSummary:
        with self._session(neo4j.READ_ACCESS) as session:
            return session.run(f"EXPLAIN {cypher}", params).consume()

    def query_type(self, cypher: str, params: dict[str, Any]) -> str:
        """Neo4j's own verdict (``r``, ``rw``, ``w``, ``s``) on what ``cypher`` does."""
        return self._explained(cypher, params).query_type or "r"

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> list[str]:
        return _plan_lines(self._explained(cypher, params or {}).plan or {})

    def clear(self) -> None:
        with self._session() as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def close(self) -> None:
        self.driver.close()


def _plan_lines(plan: dict[str, Any], depth: int = 0) -> list[str]:
    """A plan as FalkorDB prints one: the operator (and what it does), its children indented below it."""
    details = plan.get("args", {}).get("Details")
    line = "    " * depth + plan.get("operatorType", "?").split("@")[0] + (f" | {details}" if details else "")
    return [line] + [text for child in plan.get("children", []) for text in _plan_lines(child, depth + 1)]


def _record(record: neo4j.Record) -> dict[str, Any]:
    return {key: _plain(value) for key, value in record.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node):
        return node_value(value.labels, dict(value))
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, neo4j.graph.Path):
        return path_items([_plain(n) for n in value.nodes], [_plain(r) for r in value.relationships])
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value

