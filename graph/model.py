"""Typed objects of the graph and their exchange-JSON and networkx forms.

A :class:`Graph` is what loaders produce and stores consume: documents,
entities with their mentions, relations with their evidence. Adding the same
fact twice merges it, so a Graph never holds duplicates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import ExchangeFormatError, OntologyError
from .files import atomic_write
from .ontology import DOCUMENT, MENTIONS, check_label, check_relation, entity_id

Primitive = str | int | float | bool
# The stores keep an entity's name and aliases in one string as well, for the
# search box: Neo4j's text index serves CONTAINS on a string, not on a list.
SEARCH_NAMES = "search_names"
# An entity's own fields: no typed fact (property) may take one of these names.
ENTITY_FIELDS = ("id", "name", "aliases", "kind", SEARCH_NAMES)
# Property keys end up in Cypher text (map literals, SET lists): only plain
# identifiers may get that far, whatever file they came from.
PROPERTY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}\Z")


def check_property_name(key: object, owner: str) -> None:
    """Raise unless ``key`` is a plain identifier (letters, digits, ``_``) not reserved for evidence."""
    if not isinstance(key, str) or not PROPERTY_NAME.match(key) or key.startswith("evidence_"):
        raise OntologyError(
            f"property name {key!r} of {owner} is not allowed",
            hint="use letters, digits and _ (at most 64, e.g. instrument, amount, role); evidence_* is reserved",
        )


@dataclass(frozen=True, order=True)
class Mention:
    """Where a document names an entity (character offsets in its normalised text)."""

    document: str
    start: int
    end: int


@dataclass(frozen=True, order=True)
class Evidence:
    """The sentence that supports a relation, and the rule that read it."""

    document: str
    start: int
    end: int
    sentence: str
    rule: str


@dataclass
class Document:
    """One source document, or one article of a newspaper page."""

    id: str
    title: str = ""
    source: str = ""
    authors: list[str] = field(default_factory=list)
    kind: str = "article"
    extra: dict[str, Primitive] = field(default_factory=dict)

    def to_exchange(self) -> dict[str, Any]:
        base = {"id": self.id, "title": self.title, "source": self.source, "authors": list(self.authors), "kind": self.kind}
        return {**self.extra, **base}


@dataclass
class Entity:
    """A Plan, Zone, Industry, Enterprise, Project or Agency."""

    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    kind: str | None = None
    mentions: set[Mention] = field(default_factory=set)
    # typed facts of ONTOLOGY.md: a Zone's adcode, level, province, prefecture; a Project's investment ...
    properties: dict[str, Primitive] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return entity_id(self.label, self.name)

    def to_exchange(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "aliases": sorted(self.aliases - {self.name}),
            "kind": self.kind,
        }
        if self.properties:
            data["properties"] = dict(sorted(self.properties.items()))
        data["mentions"] = [{"document": m.document, "start": m.start, "end": m.end} for m in sorted(self.mentions)]
        return data


@dataclass
class Relation:
    """``(source)-[type]->(target)`` with its properties and evidence."""

    source: str
    type: str
    target: str
    properties: dict[str, Primitive] = field(default_factory=dict)
    evidence: set[Evidence] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    def to_exchange(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "type": self.type,
            "target": self.target,
            "properties": dict(sorted(self.properties.items())),
            "evidence": [
                {"document": e.document, "sentence": e.sentence, "start": e.start, "end": e.end, "rule": e.rule}
                for e in sorted(self.evidence)
            ],
        }


@dataclass
class Graph:
    """Documents, entities and relations; adding a known fact merges it."""

    documents: dict[str, Document] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Relation] = field(default_factory=dict)

    # ----------------------------------------------------------------- building
    def add_document(self, document: Document) -> Document:
        for key in document.extra:
            check_property_name(key, f"document {document.id!r}")
        self.documents[document.id] = document
        return document

    def add_entity(self, entity: Entity) -> Entity:
        check_label(entity.label)
        for key, value in entity.properties.items():
            check_property_name(key, entity.id)
            if not isinstance(value, (str, int, float, bool)) or key in ENTITY_FIELDS:
                raise OntologyError(f"property {key!r} of {entity.id} is not allowed",
                                    hint="entity properties are strings, numbers or booleans, apart from the fields")
        known = self.entities.get(entity.id)
        if known is None:
            self.entities[entity.id] = entity
            return entity
        known.aliases |= entity.aliases
        known.mentions |= entity.mentions
        known.kind = known.kind or entity.kind
        for key, value in entity.properties.items():
            known.properties.setdefault(key, value)
        return known

    def add_relation(self, relation: Relation) -> Relation:
        source, target = self.entities.get(relation.source), self.entities.get(relation.target)
        for end, found in ((relation.source, source), (relation.target, target)):
            if found is None:
                raise OntologyError(
                    f"{relation.type} refers to unknown entity {end!r}",
                    hint="list every relation endpoint under 'entities'",
                )
        check_relation(source.label, relation.type, target.label)
        for key, value in relation.properties.items():
            check_property_name(key, relation.type)
            if not isinstance(value, (str, int, float, bool)):
                raise OntologyError(
                    f"property {key!r} of {relation.type} is {type(value).__name__}",
                    hint="relationship properties are strings, numbers or booleans",
                )
        known = self.relations.get(relation.key)
        if known is None:
            self.relations[relation.key] = relation
            return relation
        known.evidence |= relation.evidence
        for key, value in relation.properties.items():
            known.properties.setdefault(key, value)
        return known

    def merge(self, other: Graph) -> Graph:
        """Add everything of ``other`` to this graph; returns self."""
        for document in other.documents.values():
            self.add_document(document)
        for entity in other.entities.values():
            self.add_entity(Entity(entity.label, entity.name, set(entity.aliases), entity.kind, set(entity.mentions),
                                   dict(entity.properties)))
        for relation in other.relations.values():
            self.add_relation(
                Relation(relation.source, relation.type, relation.target, dict(relation.properties), set(relation.evidence))
            )
        return self

    def check_provenance(self) -> None:
        """Raise unless every entity has a mention and every relation evidence."""
        for entity in self.entities.values():
            if not entity.mentions:
                raise ExchangeFormatError(f"entity {entity.id!r} has no mentions",
                                          hint="every entity must say which document names it")
        for relation in self.relations.values():
            if not relation.evidence:
                raise ExchangeFormatError(f"relation {'-'.join(relation.key)!r} has no evidence",
                                          hint="every relation must cite the sentence that supports it; "
                                               "for one added by hand, use kg correct add-relation")

    # ------------------------------------------------------------ exchange JSON
    def to_exchange(self) -> dict[str, Any]:
        """The exchange JSON of ONTOLOGY.md, in a deterministic order."""
        return {
            "documents": [self.documents[k].to_exchange() for k in sorted(self.documents)],
            "entities": [self.entities[k].to_exchange() for k in sorted(self.entities)],
            "relations": [self.relations[k].to_exchange() for k in sorted(self.relations)],
        }

    def dumps(self) -> str:
        """The exchange JSON with one document, entity or relation per line: diffs and grep show one item each,
        and it is written several times faster than indented JSON (whose encoder is pure Python)."""
        sections = []
        for key, items in self.to_exchange().items():
            lines = ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in items)
            sections.append(f'  "{key}": [\n{lines}\n  ]' if items else f'  "{key}": []')
        return "{\n" + ",\n".join(sections) + "\n}\n"

    @classmethod
    def from_exchange(cls, data: Any, origin: str = "<data>") -> Graph:
        """Build a graph from exchange JSON; errors name ``origin`` and the bad item."""
        return _ExchangeReader(origin).read(data)

    # ----------------------------------------------------------------- networkx
    def to_networkx(self) -> nx.MultiDiGraph:
        """Documents and entities as nodes keyed by id; MENTIONS and relations as keyed edges."""
        g = nx.MultiDiGraph()
        for doc in self.documents.values():
            g.add_node(doc.id, **{**doc.to_exchange(), "label": DOCUMENT, "name": doc.title})
        for ent in self.entities.values():
            data = ent.to_exchange()
            mentions = data.pop("mentions")
            g.add_node(ent.id, **data)
            for doc_id in sorted({m["document"] for m in mentions}):
                spans = [(m["start"], m["end"]) for m in mentions if m["document"] == doc_id]
                g.add_edge(doc_id, ent.id, key=MENTIONS, type=MENTIONS, spans=spans)
        for rel in self.relations.values():
            data = rel.to_exchange()
            g.add_edge(rel.source, rel.target, key=rel.type, type=rel.type,
                       properties=data["properties"], evidence=data["evidence"])
        return g

    @classmethod
    def from_networkx(cls, g: nx.MultiDiGraph) -> Graph:
        """Inverse of :meth:`to_networkx`."""
        data: dict[str, list] = {"documents": [], "entities": [], "relations": []}
        entities: dict[str, dict] = {}
        for node_id, attrs in g.nodes(data=True):
            if attrs.get("label") == DOCUMENT:
                data["documents"].append({k: v for k, v in attrs.items() if k not in ("label", "name")})
            else:
                entities[node_id] = {**attrs, "id": node_id, "mentions": []}
        for source, target, attrs in g.edges(data=True):
            if attrs["type"] == MENTIONS:
                entities[target]["mentions"] += [{"document": source, "start": s, "end": e} for s, e in attrs["spans"]]
            else:
                data["relations"].append({"source": source, "type": attrs["type"], "target": target,
                                          "properties": attrs.get("properties", {}), "evidence": attrs.get("evidence", [])})
        data["entities"] = list(entities.values())
        return cls.from_exchange(data, "<networkx>")


def read_exchange(path: str | Path) -> Graph:
    """Read an exchange-JSON file; a bad file raises with its name and the fix."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExchangeFormatError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})",
                                  hint="save the file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise ExchangeFormatError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                                  hint="check the file is exchange JSON as written by `kg extract`") from exc
    except OSError as exc:
        raise ExchangeFormatError(f"{path}: cannot read ({exc.strerror})", hint="check the path") from exc
    return Graph.from_exchange(data, str(path))


def write_exchange(graph: Graph, path: str | Path) -> Path:
    """Write ``graph`` as exchange JSON (atomically: a failed write leaves no partial file)."""
    return atomic_write(path, graph.dumps())


class _ExchangeReader:
    """Validates exchange JSON item by item so an error can say exactly where."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, where: str, problem: str) -> ExchangeFormatError:
        return ExchangeFormatError(f"{self.origin}: {where}: {problem}",
                                   hint="see 'Exchange format' in docs/ONTOLOGY.md")

    def items(self, data: dict, key: str) -> list:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{key}[{i}]", "must be an object")
        return value

    def text(self, item: dict, key: str, where: str, *, required: bool = True) -> str:
        value = item.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value):
            raise self.fail(f"{where}.{key}", "must be a non-empty string")
        return value

    def offset(self, item: dict, key: str, where: str) -> int:
        value = item.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(f"{where}.{key}", "must be a non-negative integer")
        return value

    def read(self, data: Any) -> Graph:
        if not isinstance(data, dict):
            raise self.fail("top level", "must be an object with documents, entities and relations")
        graph = Graph()
        for i, item in enumerate(self.items(data, "documents")):
            try:
                graph.add_document(self.document(item, f"documents[{i}]"))
            except OntologyError as exc:
                raise OntologyError(f"{self.origin}: documents[{i}]: {exc.message}", hint=exc.hint) from exc
        if not graph.documents:
            raise self.fail("documents", "at least one document is needed: every fact must say where it comes from")
        for i, item in enumerate(self.items(data, "entities")):
            self.entity(graph, item, f"entities[{i}]")
        for i, item in enumerate(self.items(data, "relations")):
            self.relation(graph, item, f"relations[{i}]")
        return graph

    def document(self, item: dict, where: str) -> Document:
        authors = item.get("authors") or []
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            raise self.fail(f"{where}.authors", "must be a list of strings")
        known = {"id", "title", "source", "authors", "kind"}
        extra = {k: v for k, v in item.items() if k not in known and isinstance(v, (str, int, float, bool))}
        return Document(
            id=self.text(item, "id", where),
            title=self.text(item, "title", where, required=False),
            source=self.text(item, "source", where, required=False),
            authors=list(authors),
            kind=self.text(item, "kind", where, required=False) or "article",
            extra=extra,
        )

    def known_document(self, graph: Graph, doc_id: str, where: str) -> str:
        if doc_id not in graph.documents:
            raise self.fail(where, f"document {doc_id!r} is not listed under 'documents'")
        return doc_id

    def entity(self, graph: Graph, item: dict, where: str) -> None:
        label, name = self.text(item, "label", where), self.text(item, "name", where)
        try:
            check_label(label)
        except OntologyError as exc:
            raise OntologyError(f"{self.origin}: {where}: {exc.message}", hint=exc.hint) from exc
        if item.get("id") not in (None, entity_id(label, name)):
            raise self.fail(f"{where}.id", f"must be {entity_id(label, name)!r} (label:name)")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise self.fail(f"{where}.aliases", "must be a list of strings")
        mentions = set()
        for j, m in enumerate(self.items(item, "mentions")):
            at = f"{where}.mentions[{j}]"
            doc = self.known_document(graph, self.text(m, "document", at), f"{at}.document")
            mentions.add(Mention(doc, self.offset(m, "start", at), self.offset(m, "end", at)))
        kind = item.get("kind")
        properties = item.get("properties") or {}
        if not isinstance(properties, dict):
            raise self.fail(f"{where}.properties", "must be an object")
        try:
            graph.add_entity(Entity(label, name, set(aliases) - {name}, kind if isinstance(kind, str) else None,
                                    mentions, dict(properties)))
        except OntologyError as exc:
            raise OntologyError(f"{self.origin}: {where}: {exc.message}", hint=exc.hint) from exc

    def relation(self, graph: Graph, item: dict, where: str) -> None:
        properties = item.get("properties") or {}
        if not isinstance(properties, dict):
            raise self.fail(f"{where}.properties", "must be an object")
        evidence = set()
        for j, e in enumerate(self.items(item, "evidence")):
            at = f"{where}.evidence[{j}]"
            doc = self.known_document(graph, self.text(e, "document", at), f"{at}.document")
            evidence.add(Evidence(doc, self.offset(e, "start", at), self.offset(e, "end", at),
                                  self.text(e, "sentence", at, required=False), self.text(e, "rule", at, required=False)))
        relation = Relation(self.text(item, "source", where), self.text(item, "type", where),
                            self.text(item, "target", where), dict(properties), evidence)
        try:
            graph.add_relation(relation)
        except OntologyError as exc:
            raise OntologyError(f"{self.origin}: {where}: {exc.message}", hint=exc.hint) from exc
