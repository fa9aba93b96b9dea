"""The store interface, and the loading logic both stores share.

A store holds one graph. :meth:`GraphStore.load` replaces the contribution of
each document it is given: facts only those documents supported disappear,
facts other documents also support keep their other evidence. A load is
atomic: if any statement fails, the store is as it was before.
"""

from __future__ import annotations

import difflib
import re
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import queries as Q
from .errors import DocumentConflictError, ReadOnlyViolationError
from .model import ENTITY_FIELDS, SEARCH_NAMES, Document, Entity, Evidence, Graph, Mention, Relation
from .ontology import ENTITY_LABELS, LABELS, MENTIONS, RELATION_TYPES

Statement = tuple[str, dict[str, Any]]

DEFAULT_BATCH_SIZE = 2000


@dataclass
class LoadSummary:
    """What one load did."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    entities: int = 0
    relations: int = 0


# What a write changed, as both databases count it (kg cypher --write prints the nonzero ones).
COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted", "properties_set",
            "labels_added", "labels_removed")


@dataclass
class Outcome:
    """What one Cypher statement gave: its rows, what a write changed, and the database's warnings about it."""

    rows: list[dict[str, Any]]
    counters: dict[str, int] = field(default_factory=dict)  # the nonzero COUNTERS
    notifications: list[str] = field(default_factory=list)


@dataclass
class Stats:
    """Counts by label and by relationship type (MENTIONS included)."""

    labels: dict[str, int]
    types: dict[str, int]

    def to_dict(self) -> dict[str, dict[str, int]]:
        return {"labels": self.labels, "types": self.types}


# In read-only mode these reach outside the database or change it whatever
# the transaction mode says: LOAD CSV, any procedure CALL except a few
# catalogue reads (a CALL followed by `{` or `(` is a subquery, allowed),
# functions of the procedure libraries (apoc.load.json(...) reads URLs), and
# administration commands (SHOW SETTINGS, TERMINATE TRANSACTIONS, CREATE USER...).
# They are looked for in the query's code only: comments, strings and quoted
# names are blanked first, so neither hides a keyword (LOAD//x\rCSV) nor fakes one.
_CATALOGUE = r"db\.(?:labels|relationshipTypes|propertyKeys|meta\.stats)\s*\("
_OUTSIDE = re.compile(
    rf"\bLOAD\s+CSV\b|\bCALL\b(?!\s*[{{(])(?!\s*{_CATALOGUE})|\b(?:apoc|dbms|gds)\s*\."
    r"|(?:^|;)\s*(?:SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|START|STOP|ENABLE|DRYRUN|"
    r"(?:CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?(?:USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER))\b",
    re.IGNORECASE,
)
_NOT_CODE = re.compile(
    r"//[^\n\r]*|/\*.*?(?:\*/|$)|'(?:[^'\\]|\\.)*(?:'|$)|\"(?:[^\"\\]|\\.)*(?:\"|$)|`(?:[^`]|``)*(?:`|$)",
    re.DOTALL,
)


def code_only(cypher: str) -> str:
    """``cypher`` with comments, string literals and quoted names blanked (same length, so offsets hold)."""
    return _NOT_CODE.sub(lambda m: " " * len(m.group()), cypher)


def split_statements(text: str) -> list[str]:
    """The statements of a script separated by ``;`` (not those inside strings or comments), blanks dropped."""
    code = code_only(text)
    cuts = [i for i, ch in enumerate(code) if ch == ";"]
    pieces = [text[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(text)])]
    return [p.strip() for p in pieces if code_only(p).strip()]


# A label or relationship type in a pattern or a label test: after a colon that follows a variable, a bracket or
# another name (n:Zone, (:Zone), [:A|B]); not a property (x.name) or a function (count(x)).
_NAMED = re.compile(r"(?:(?<=[\w)(\[]):|(?<=\w)\|)([A-Za-z_]\w*)(?![\w.(])")


def unknown_names(cypher: str) -> list[str]:
    """Warnings for the labels and relationship types in ``cypher`` that the ontology lacks (a misspelling
    matches nothing): for a store whose database does not warn itself. Quoted names are not looked at."""
    known = (*LABELS, Q.ENTITY, *RELATION_TYPES, MENTIONS)
    warnings = []
    for name in dict.fromkeys(m.group(1) for m in _NAMED.finditer(code_only(cypher))):
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            warnings.append(f"{name!r} is no label or relationship type of the ontology, so it matches nothing"
                            + (f" (did you mean {close[0]}?)" if close else ""))
    return warnings


def check_read_only_text(cypher: str) -> None:
    """Refuse Cypher that would read files, call procedures or administer the server in read-only mode."""
    found = _OUTSIDE.search(code_only(cypher))
    if found:
        raise ReadOnlyViolationError(
            f"{' '.join(found.group(0).strip(' ;').split())!r} is not allowed in read-only mode",
            hint="read-only queries cannot load files, call procedures or administer the server; "
                 "use --write if you mean it",
        )


def _refuse_other_files(graph: Graph, stored_files: dict[str, str | None]) -> None:
    for doc_id, stored in stored_files.items():
        incoming = graph.documents[doc_id].extra.get("file")
        if stored and incoming and stored != incoming:
            raise DocumentConflictError(
                f"document {doc_id!r} is stored from {stored}, not from {incoming}",
                hint="load the file from the folder it was first loaded from (its id then differs), "
                     "or pass --replace to replace the stored document",
            )


def batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class GraphStore(ABC):
    """One graph database; subclasses supply connection, transactions and values."""

    name = "store"

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self._schema_ready = False

    # ------------------------------------------------------------ to implement
    @abstractmethod
    def _write_atomically(self, statements: list[Statement]) -> list[dict[str, Any]]:
        """Run ``statements`` so that all of them take effect or none; the last one's rows."""

    @abstractmethod
    def _read(self, cypher: str, params: dict[str, Any], *, timeout: float | None = None,
              max_rows: int | None = None) -> list[dict[str, Any]]:
        """Run read-only Cypher and return (at most ``max_rows``) rows of plain Python values;
        the database stops it after ``timeout`` seconds (QueryTimeoutError)."""

    @abstractmethod
    def _run(self, cypher: str, params: dict[str, Any], *, write: bool, timeout: float | None,
             max_rows: int | None) -> Outcome:
        """Run one statement (a write transaction if ``write``, else read-only with ``timeout``): at most
        ``max_rows`` rows, the write's counters and the database's warnings."""

    @abstractmethod
    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> list[str]:
        """The database's plan for ``cypher`` without running it: one line per operator, children indented."""

    @abstractmethod
    def _create_schema(self) -> None:
        """Create uniqueness constraints and indexes if missing."""

    @abstractmethod
    def clear(self) -> None:
        """Delete the whole graph."""

    @abstractmethod
    def close(self) -> None:
        """Release connections (and anything the store started)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ public
    def ensure_schema(self) -> None:
        if not self._schema_ready:
            self._create_schema()
            self._schema_ready = True

    def load(self, graph: Graph, *, replace: bool = False) -> LoadSummary:
        """Store ``graph``, replacing what its documents contributed before.

        A stored document that came from another source file (its ``file``)
        is replaced only with ``replace``: two files never share an id silently.
        """
        graph.check_provenance()
        self.ensure_schema()
        doc_ids = sorted(graph.documents)
        stored_files = {row["id"]: row["file"] for row in self._read(Q.EXISTING_DOCUMENTS, {"ids": doc_ids})}
        if not replace:
            _refuse_other_files(graph, stored_files)
        existing = set(stored_files)
        summary = LoadSummary(
            added=[d for d in doc_ids if d not in existing],
            replaced=[d for d in doc_ids if d in existing],
            entities=len(graph.entities),
            relations=len(graph.relations),
        )
        statements: list[Statement] = []
        if existing:
            # Read before writing: the entities the old versions mentioned may
            # end up orphaned, or keep aliases only those versions used.
            touched = sorted(row["id"] for row in self._read(Q.MENTIONED_BY, {"ids": summary.replaced}))
            scope = {"ids": summary.replaced, "touched": touched}
            statements += [(Q.DROP_MENTIONS, {"ids": summary.replaced}),
                           (Q.DELETE_UNSUPPORTED, scope), (Q.DROP_EVIDENCE, scope)]
        statements += self.write_statements(graph)
        if existing:
            statements += [(Q.DELETE_ORPHANS, {"ids": touched}), (Q.RECOMPUTE_ALIASES, {"ids": touched})]
        self._write_atomically(statements)
        return summary

    def export(self) -> Graph:
        """The whole stored graph, as the model objects loaders produce."""
        graph = Graph()
        for row in self._read(Q.READ_DOCUMENTS, {}):
            props = dict(row["props"])
            known = {k: props.pop(k, None) for k in ("id", "title", "source", "authors", "kind")}
            graph.documents[known["id"]] = Document(
                id=known["id"], title=known["title"] or "", source=known["source"] or "",
                authors=list(known["authors"] or []), kind=known["kind"] or "article", extra=props,
            )
        for row in self._read(Q.READ_ENTITIES, {}):
            label = primary_label(row["labels"])
            props = {k: v for k, v in row["props"].items() if k not in ENTITY_FIELDS}
            entity = Entity(label, row["name"], set(row["aliases"] or []), row["kind"], properties=props)
            graph.entities[entity.id] = entity
        for row in self._read(Q.READ_MENTIONS, {}):
            graph.entities[row["entity"]].mentions |= {
                Mention(row["document"], s, e) for s, e in zip(row["starts"], row["ends"])
            }
        for row in self._read(Q.READ_RELATIONS, {}):
            props = dict(row["props"])
            evidence = [props.pop(f"evidence_{f}", []) for f in Q.EVIDENCE_FIELDS]
            relation = Relation(row["source"], row["type"], row["target"], props)
            relation.evidence = {Evidence(doc, start, end, sentence, rule)
                                 for doc, sentence, start, end, rule in zip(*evidence)}
            graph.relations[relation.key] = relation
        return graph

    def stats(self) -> Stats:
        """Counts by label and by relationship type, zeros included."""
        labels = {label: self._count(Q.count_label(label)) for label in LABELS}
        types = {t: self._count(Q.count_type(t)) for t in (*RELATION_TYPES, MENTIONS)}
        return Stats(labels, types)

    def is_empty(self) -> bool:
        """True when the store holds no entity (never loaded, or cleared)."""
        return self._count("MATCH (n:Entity) RETURN count(n) AS n") == 0

    def _count(self, cypher: str) -> int:
        rows = self._read(cypher, {})
        return rows[0]["n"] if rows else 0  # a graph never written answers no rows

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False,
              timeout: float | None = None, max_rows: int | None = None) -> list[dict[str, Any]]:
        """Run Cypher with driver parameters; read-only unless ``write``.

        A read stops after ``timeout`` seconds and returns at most ``max_rows`` rows.
        """
        return self.run(cypher, params, write=write, timeout=timeout, max_rows=max_rows).rows

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False,
            timeout: float | None = None, max_rows: int | None = None) -> Outcome:
        """As :meth:`query`, with what a write changed and the database's warnings (a label it does not know)."""
        params = params or {}
        if write:
            self.ensure_schema()
        else:
            check_read_only_text(cypher)
            kind = self.query_type(cypher, params)
            if kind not in (None, "r"):
                raise ReadOnlyViolationError(f"the query would write (query type {kind!r})",
                                             hint="queries are read-only unless you pass --write")
        return self._run(cypher, params, write=write, timeout=timeout, max_rows=max_rows)

    def query_type(self, cypher: str, params: dict[str, Any]) -> str | None:
        """The database's verdict on what ``cypher`` does (``r`` = read), or None where it cannot plan.

        A store returning None must refuse writes in :meth:`_read` itself.
        """
        return None

    # ---------------------------------------------------------------- helpers
    def write_statements(self, graph: Graph) -> list[Statement]:
        """UNWIND batches that MERGE documents, entities, mentions and relations."""
        return write_statements(graph, self.batch_size)


def write_statements(graph: Graph, batch_size: int = DEFAULT_BATCH_SIZE) -> list[Statement]:
    """UNWIND batches that MERGE ``graph``'s documents, entities, mentions and relations, in that order."""
    steps: list[tuple[str, list[dict]]] = [(Q.WRITE_DOCUMENTS, document_rows(graph.documents.values()))]
    by_label = entity_rows(graph.entities.values())
    steps += [(Q.write_entities(label), by_label[label]) for label in ENTITY_LABELS if by_label[label]]
    steps.append((Q.WRITE_MENTIONS, mention_rows(graph.entities.values())))
    by_type = relation_rows(graph.relations.values())
    steps += [(Q.write_relations(t), by_type[t]) for t in RELATION_TYPES if by_type[t]]
    return [(cypher, {"rows": batch}) for cypher, rows in steps for batch in batches(rows, batch_size)]


def primary_label(labels: Iterable[str]) -> str:
    """The ontology label of a stored node (not the internal ``Entity``)."""
    return next(label for label in labels if label != Q.ENTITY)


def node_value(labels: Iterable[str], properties: dict[str, Any]) -> dict[str, Any]:
    """A node a query returns, as a plain dict: its ontology label and properties, without the search index's."""
    return {"label": primary_label(sorted(labels)), **{k: v for k, v in properties.items() if k != SEARCH_NAMES}}


def document_rows(documents: Iterable[Document]) -> list[dict]:
    return [{"id": d.id, "props": d.to_exchange()} for d in sorted(documents, key=lambda d: d.id)]


def entity_rows(entities: Iterable[Entity]) -> dict[str, list[dict]]:
    by_label: dict[str, list[dict]] = defaultdict(list)
    for e in entities:
        by_label[e.label].append({"id": e.id, "name": e.name, "kind": e.kind, "aliases": sorted(e.aliases - {e.name}),
                                  "props": dict(sorted(e.properties.items()))})
    return by_label


def mention_rows(entities: Iterable[Entity]) -> list[dict]:
    rows = []
    for e in entities:
        spans: dict[str, list[Mention]] = defaultdict(list)
        for m in sorted(e.mentions):
            spans[m.document].append(m)
        aliases = sorted(e.aliases - {e.name})
        rows += [
            {"document": doc, "entity": e.id, "starts": [m.start for m in ms], "ends": [m.end for m in ms], "aliases": aliases}
            for doc, ms in spans.items()
        ]
    return rows


def relation_rows(relations: Iterable[Relation]) -> dict[str, list[dict]]:
    by_type: dict[str, list[dict]] = defaultdict(list)
    for r in relations:
        evidence = sorted(r.evidence)
        row = {"source": r.source, "target": r.target, "properties": dict(r.properties)}
        for f in Q.EVIDENCE_FIELDS:
            row[f"evidence_{f}"] = [getattr(e, f) for e in evidence]
        by_type[r.type].append(row)
    return by_type


def path_items(nodes: list[dict], relationships: list[dict]) -> list[dict]:
    """A path as alternating node and relationship dicts."""
    items: list[dict] = []
    for i, node in enumerate(nodes):
        items.append(node)
        if i < len(relationships):
            items.append(relationships[i])
    return items
