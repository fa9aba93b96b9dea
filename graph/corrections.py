"""Analyst corrections: a YAML file of fixes to the extracted graph, applied again on every load.

A correction names entities by id (``Enterprise:宗申集团``) and says what to
do: merge one entity into another, rename or relabel one, remove an entity or
a relation, add a relation (with the sentence of a document that supports
it), or set / unset a property. :func:`apply` runs them, in the order they
were made, on any :class:`~policy_kg.graph.model.Graph`: the graph of one
file being loaded, or the whole stored graph. So a correction holds whatever
is loaded again, and in whatever order.

Facts a correction adds carry their provenance in their evidence: the rule
is ``curated by WHO at WHEN: NOTE``.
"""

from __future__ import annotations

import difflib
import fcntl
import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from .errors import CorrectionError, EntityReferenceError, OntologyError
from .files import atomic_write
from .model import ENTITY_FIELDS, Document, Entity, Evidence, Graph, Mention, Primitive, Relation, check_property_name
from .ontology import ENTITY_LABELS, check_label, check_relation, check_relation_type, entity_id
from .queries import set_property
from .store import GraphStore

FILE_NAME = "corrections.yaml"
CURATED = "curated"

# action -> the fields it needs (besides by, at, note)
ACTIONS: dict[str, tuple[str, ...]] = {
    "merge": ("entity", "into"),
    "rename": ("entity", "name"),
    "relabel": ("entity",),          # and label or kind
    "remove": ("entity",),
    "remove-relation": ("source", "type", "target"),
    "add-relation": ("source", "type", "target", "document", "sentence"),
    "set": ("key", "value"),    # and entity, or source, type and target
    "unset": ("key",),
}
_ENTITY_OR_RELATION = ("set", "unset")
_HEADER = (
    "# policy-kg corrections: applied again on every `kg load` (see `kg correct --help`).\n"
    "# One entry per correction, oldest first; edit with `kg correct`, or by hand and load again.\n"
)


@dataclass
class Correction:
    """One fix to the graph, who made it and when."""

    action: str
    by: str = ""
    at: str = ""
    note: str = ""
    entity: str | None = None
    into: str | None = None
    name: str | None = None
    label: str | None = None
    kind: str | None = None
    source: str | None = None
    type: str | None = None
    target: str | None = None
    document: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    key: str | None = None        # the property a set or unset changes
    value: Primitive | None = None
    # the value before a set or unset, so that undo can put it back
    previous: Primitive | None = None
    # the documents a correction changed in the store when it was made (re-read by undo)
    documents: list[str] = field(default_factory=list)

    @property
    def relation(self) -> tuple[str, str, str] | None:
        return (self.source, self.type, self.target) if self.source and self.type and self.target else None

    @property
    def rule(self) -> str:
        """The evidence rule of the facts it adds: its provenance."""
        text = f"{CURATED} by {self.by} at {self.at}"
        return f"{text}: {self.note}" if self.note else text

    def describe(self) -> str:
        """One line for lists and reports."""
        what = {
            "merge": f"{self.entity} into {self.into}",
            "rename": f"{self.entity} to {self.name!r}",
            "relabel": f"{self.entity} to " + " ".join(x for x in (self.label, self.kind and f"kind {self.kind}") if x),
            "remove": f"{self.entity}",
            "remove-relation": _relation_text(self.relation),
            "add-relation": f"{_relation_text(self.relation)} from {self.document}",
            "set": f"{self._owner()}.{self.key} = {self.value!r}",
            "unset": f"{self._owner()}.{self.key}",
        }[self.action]
        return f"{self.action} {what}"

    def _owner(self) -> str:
        return self.entity or _relation_text(self.relation)

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if v not in (None, "", [])}
        if self.action == "set":
            data["value"] = self.value
        return data

    @classmethod
    def from_dict(cls, item: Any, where: str) -> Correction:
        """A correction read from a file; ``where`` names it in errors."""
        if not isinstance(item, dict):
            raise CorrectionError(f"{where}: must be a mapping of action, by, at ...", hint=_FIX)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(item) - known)
        if unknown:
            raise CorrectionError(f"{where}: unknown field {unknown[0]!r}", hint=f"use {', '.join(sorted(known))}")
        correction = cls(**{k: v for k, v in item.items() if k != "documents"},
                         documents=list(item.get("documents") or []))
        correction.check(where)
        return correction

    def check(self, where: str) -> None:
        """Raise CorrectionError unless the correction is complete and within the ontology."""
        if self.action not in ACTIONS:
            raise CorrectionError(f"{where}: unknown action {self.action!r}", hint=f"use one of {', '.join(ACTIONS)}")
        for name in ACTIONS[self.action]:
            value = getattr(self, name)
            if value is None or (value == "" and name != "value"):  # an empty text is a value to set
                raise CorrectionError(f"{where}: {self.action} needs {name!r}", hint=_FIX)
        for name in ("start", "end"):
            if getattr(self, name) is not None and not isinstance(getattr(self, name), int):
                raise CorrectionError(f"{where}: {name} must be an offset (a whole number)", hint=_FIX)
        for name in ("entity", "into", "source", "target"):
            if getattr(self, name) is not None:
                _check_entity_id(getattr(self, name), f"{where}: {name}")
        try:
            if self.type is not None:
                check_relation_type(self.type)
            if self.label is not None:
                check_label(self.label)
            if self.key is not None:
                check_property_name(self.key, where)
                if self.entity and self.key in ENTITY_FIELDS:
                    raise OntologyError(f"{self.key!r} is an entity field, not a property",
                                        hint="use rename or relabel to change the name, label or kind")
        except OntologyError as exc:
            raise CorrectionError(f"{where}: {exc.message}", hint=exc.hint) from exc
        if self.action == "relabel" and not (self.label or self.kind):
            raise CorrectionError(f"{where}: relabel needs a label or a kind", hint=_FIX)
        if self.action in _ENTITY_OR_RELATION and bool(self.entity) == bool(self.relation):
            raise CorrectionError(f"{where}: {self.action} needs an entity, or a source, type and target", hint=_FIX)
        if self.value is not None and not isinstance(self.value, (str, int, float, bool)):
            raise CorrectionError(f"{where}: value must be a string, number or boolean", hint=_FIX)


_FIX = "see `kg correct --help`; each entry has an action and the fields of that action"


def _relation_text(key: tuple[str, str, str] | None) -> str:
    return "-".join(key) if key else ""


def _check_entity_id(value: Any, where: str) -> None:
    label = value.split(":", 1)[0] if isinstance(value, str) and ":" in value else None
    if label not in ENTITY_LABELS or not value.split(":", 1)[1]:
        raise CorrectionError(f"{where}: {value!r} is not an entity id", hint="write Label:name, e.g. Enterprise:宗申集团")


def split_id(value: str) -> tuple[str, str]:
    """``Enterprise:宗申集团`` -> (``Enterprise``, ``宗申集团``)."""
    label, name = value.split(":", 1)
    return label, name


def current_user() -> str:
    """Who makes a correction: ``$KG_USER``, else the login name."""
    return os.environ.get("KG_USER") or getpass.getuser()


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------- file
def default_path(data_dir: str | Path) -> Path:
    return Path(data_dir) / FILE_NAME


def read_corrections(path: str | Path) -> list[Correction]:
    """The corrections of ``path`` (none when it does not exist); a bad file raises naming the entry."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionError(f"{path}: cannot read the corrections file ({exc})",
                              hint="check the path given by --corrections or KG_CORRECTIONS") from exc
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise CorrectionError(f"{path}: not YAML ({exc})", hint="fix the file, or undo the last hand edit") from exc
    items = data.get("corrections") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise CorrectionError(f"{path}: needs a 'corrections:' list", hint=_FIX)
    return [Correction.from_dict(item, f"{path}: corrections[{i}]") for i, item in enumerate(items)]


def write_corrections(path: str | Path, corrections: list[Correction]) -> Path:
    """Write the file atomically, one block per correction (diff-friendly)."""
    body = yaml.safe_dump({"corrections": [c.to_dict() for c in corrections]}, allow_unicode=True,
                          sort_keys=False, width=1000)
    return atomic_write(path, _HEADER + body)


# ----------------------------------------------------------------- resolving
def resolve_entity(graph: Graph, ref: str) -> str:
    """The id of the entity ``ref`` names: an id, or a name or alias only one entity has."""
    if ref in graph.entities:
        return ref
    candidates = sorted(e.id for e in graph.entities.values() if e.name == ref) or \
        sorted(e.id for e in graph.entities.values() if ref in e.aliases)
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise EntityReferenceError(f"{ref!r} names {len(candidates)} entities: {', '.join(candidates)}",
                                   hint="name one of them by its id")
    names = sorted({e.name for e in graph.entities.values()} | set(graph.entities))
    close = difflib.get_close_matches(ref, names, n=5, cutoff=0.4)
    raise EntityReferenceError(f"no entity is named {ref!r}",
                               hint=f"did you mean {', '.join(close)}?" if close else "see `kg query` or `kg stats`")


def relation_or_fail(graph: Graph, key: tuple[str, str, str]) -> Relation:
    """The stored relation ``key``, or an error naming the types its endpoints do have."""
    found = graph.relations.get(key)
    if found is None:
        between = sorted(r.type for r in graph.relations.values() if (r.source, r.target) == (key[0], key[2]))
        raise EntityReferenceError(f"there is no relation {_relation_text(key)}",
                                   hint=f"between them: {', '.join(between)}" if between
                                   else "see `kg query relation_evidence` for the relations an entity has")
    return found


# ------------------------------------------------------------------- applying
@dataclass
class Outcome:
    """What one correction did to one graph."""

    correction: Correction
    applied: bool
    dropped: list[str] = field(default_factory=list)   # relations the ontology no longer allows


def apply(corrections: list[Correction], graph: Graph) -> list[Outcome]:
    """Apply ``corrections`` in order to ``graph`` (changed in place); what each one did."""
    return [_APPLY[c.action](c, graph) for c in corrections]


def _merge(c: Correction, graph: Graph) -> Outcome:
    label, name = split_id(c.into)
    return _move_entity(c, graph, c.entity, label, name, None)


def _rename(c: Correction, graph: Graph) -> Outcome:
    label, _ = split_id(c.entity)
    return _move_entity(c, graph, c.entity, label, c.name, None)


def _relabel(c: Correction, graph: Graph) -> Outcome:
    label, name = split_id(c.entity)
    return _move_entity(c, graph, c.entity, c.label or label, name, c.kind)


def _move_entity(c: Correction, graph: Graph, old_id: str, label: str, name: str, kind: str | None) -> Outcome:
    """Replace entity ``old_id`` by ``label:name``; its names become aliases, its relations move."""
    old = graph.entities.pop(old_id, None)
    if old is None:
        return Outcome(c, False)
    new_id = entity_id(label, name)
    graph.add_entity(Entity(label, name, (old.aliases | {old.name}) - {name}, kind or old.kind, set(old.mentions),
                            dict(old.properties)))
    if kind:  # over the kind the survivor had
        graph.entities[new_id].kind = kind
    outcome = Outcome(c, True)
    for key in [k for k in graph.relations if old_id in (k[0], k[2])]:
        relation = graph.relations.pop(key)
        source, target = (new_id if end == old_id else end for end in (key[0], key[2]))
        moved = Relation(source, relation.type, target, relation.properties, relation.evidence)
        try:
            if source == target:
                raise OntologyError("a relation of an entity to itself")
            graph.add_relation(moved)
        except OntologyError:
            outcome.dropped.append(_relation_text(moved.key))
    return outcome


def _remove(c: Correction, graph: Graph) -> Outcome:
    if graph.entities.pop(c.entity, None) is None:
        return Outcome(c, False)
    for key in [k for k in graph.relations if c.entity in (k[0], k[2])]:
        del graph.relations[key]
    return Outcome(c, True)


def _remove_relation(c: Correction, graph: Graph) -> Outcome:
    return Outcome(c, graph.relations.pop(c.relation, None) is not None)


def _add_relation(c: Correction, graph: Graph) -> Outcome:
    """Only where the supporting document is in ``graph``: the relation is that document's fact."""
    if c.document not in graph.documents:
        return Outcome(c, False)
    start = c.start or 0
    end = c.end if c.end is not None else start + len(c.sentence)
    for ref in (c.source, c.target):
        label, name = split_id(ref)
        known = graph.entities.get(ref)
        written = next((n for n in [name, *sorted(known.aliases if known else ())] if n in c.sentence), None)
        # The document names the entity in that sentence (perhaps as 该行): a mention there ties the
        # relation to the document, so loading the document again replaces it like any other fact.
        at = start + c.sentence.find(written) if written else start
        span = Mention(c.document, at, at + len(written)) if written else Mention(c.document, start, end)
        if known is None:
            graph.add_entity(Entity(label, name, mentions={span}))
        elif not any(m.document == c.document for m in known.mentions):
            known.mentions.add(span)
    try:
        graph.add_relation(Relation(c.source, c.type, c.target, {},
                                    {Evidence(c.document, start, end, c.sentence, c.rule)}))
    except OntologyError:
        # a later relabel can take an endpoint out of what the type allows
        return Outcome(c, False, [_relation_text(c.relation)])
    return Outcome(c, True)


def _set(c: Correction, graph: Graph) -> Outcome:
    owner = graph.entities.get(c.entity) if c.entity else graph.relations.get(c.relation)
    if owner is None:
        return Outcome(c, False)
    if c.action == "set":
        owner.properties[c.key] = c.value
        return Outcome(c, True)
    return Outcome(c, owner.properties.pop(c.key, None) is not None)


_APPLY = {"merge": _merge, "rename": _rename, "relabel": _relabel, "remove": _remove,
          "remove-relation": _remove_relation, "add-relation": _add_relation, "set": _set, "unset": _set}


def holds(correction: Correction, graph: Graph) -> bool:
    """Whether what ``correction`` is about is in ``graph`` (a corrected graph): false means its target is gone.

    A removal always holds: what it removed is absent, as it should be.
    """
    c = correction
    if c.action == "merge":
        return c.into in graph.entities
    if c.action == "rename":
        return entity_id(split_id(c.entity)[0], c.name) in graph.entities
    if c.action == "relabel":
        label, name = split_id(c.entity)
        return entity_id(c.label or label, name) in graph.entities
    if c.action == "add-relation":
        return c.relation in graph.relations
    if c.action in _ENTITY_OR_RELATION:
        return (c.entity in graph.entities) if c.entity else (c.relation in graph.relations)
    return True


def check_relation_ends(graph: Graph, source: str, rel_type: str, target: str) -> None:
    """Raise OntologyError unless the ontology allows ``rel_type`` between the two stored entities."""
    check_relation(graph.entities[source].label, rel_type, graph.entities[target].label)


# ------------------------------------------------------------------ the store
def restrict(graph: Graph, documents: set[str]) -> Graph:
    """What ``documents`` contribute to ``graph``: the graph a load of just those documents stores."""
    sub = Graph()
    for doc in sorted(documents & set(graph.documents)):
        sub.add_document(graph.documents[doc])
    for entity in graph.entities.values():
        mentions = {m for m in entity.mentions if m.document in sub.documents}
        if mentions:
            sub.add_entity(Entity(entity.label, entity.name, set(entity.aliases), entity.kind, mentions,
                                  dict(entity.properties)))
    for relation in graph.relations.values():
        evidence = {e for e in relation.evidence if e.document in sub.documents}
        if not evidence:
            continue
        for end in (relation.source, relation.target):
            if end not in sub.entities:  # named elsewhere only: written again as it is
                known = graph.entities[end]
                sub.add_entity(Entity(known.label, known.name, set(known.aliases), known.kind, set(known.mentions),
                                      dict(known.properties)))
        sub.add_relation(Relation(relation.source, relation.type, relation.target, dict(relation.properties), evidence))
    return sub


def affected_documents(graph: Graph, correction: Correction) -> set[str]:
    """The documents whose contribution ``correction`` changes: those to store again."""
    c = correction
    if c.action == "add-relation":
        return {c.document} & set(graph.documents)
    if c.action == "remove-relation" or (c.action in _ENTITY_OR_RELATION and c.relation):
        relation = graph.relations.get(c.relation)
        return {e.document for e in relation.evidence} if relation else set()
    entity = graph.entities.get(c.entity)
    if entity is None:
        return set()
    documents = {m.document for m in entity.mentions}
    for relation in graph.relations.values():
        if c.entity in (relation.source, relation.target):
            documents |= {e.document for e in relation.evidence}
    return documents


def record(store: GraphStore, path: str | Path, action: str, *, locate: Locate | None = None, note: str = "",
           **given: Any) -> Outcome:
    """Check a new correction against the stored graph, add it to the file at ``path``, apply it to the store.

    The file is written first: if the store then fails, the next load still applies the correction.
    """
    with _locked(path):
        corrections = read_corrections(path)
        graph = store.export()
        c = new_correction(graph, action, locate=locate, note=note, **given)
        if c.action in _ENTITY_OR_RELATION:
            owner = graph.entities.get(c.entity) if c.entity else graph.relations[c.relation]
            c.previous = owner.properties.get(c.key)
        else:
            c.documents = sorted(affected_documents(graph, c))
        write_corrections(path, [*corrections, c])
        return store_correction(store, c, graph)


@contextmanager
def _locked(path: str | Path) -> Iterator[None]:
    """One kg correct at a time per file: two at once would each write the file without the other's entry."""
    lock = Path(path).with_name(Path(path).name + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def store_correction(store: GraphStore, correction: Correction, graph: Graph) -> Outcome:
    """Apply one correction to the store holding ``graph`` (its export), at once and atomically."""
    c = correction
    if c.action in _ENTITY_OR_RELATION:
        _write_property(store, c, None if c.action == "unset" else c.value)
        return Outcome(c, True)
    documents = affected_documents(graph, c)
    outcome = apply([c], graph)[0]
    if outcome.applied:
        store.load(restrict(graph, documents), replace=True)
    return outcome


def undo(store: GraphStore, path: str | Path, number: int | None,
         reread: Callable[[Document], Graph | None]) -> tuple[Correction, list[str]]:
    """Take correction ``number`` (1 = the oldest; default the newest) out of the file and the store.

    Documents a merge, rename, relabel or removal changed are read again from
    their source files with the corrections that remain (``reread``); the ids
    of those whose file is gone are returned: load them again by hand.
    """
    with _locked(path):
        return _undo(store, path, number, reread)


def _undo(store: GraphStore, path: str | Path, number: int | None,
          reread: Callable[[Document], Graph | None]) -> tuple[Correction, list[str]]:
    corrections = read_corrections(path)
    if not corrections:
        raise CorrectionError(f"{path} holds no corrections", hint="nothing to undo")
    index = len(corrections) if number is None else number
    if not 1 <= index <= len(corrections):
        raise CorrectionError(f"there is no correction {index}", hint=f"give 1 to {len(corrections)} (kg correct list)")
    correction = corrections.pop(index - 1)
    write_corrections(path, corrections)
    graph = store.export()
    unread: list[str] = []
    done: set[str] = set()
    for doc in undo_in_store(store, correction):
        if doc in done:  # an article of a page read again already
            continue
        document = graph.documents.get(doc)
        fresh = reread(document) if document is not None else None
        if fresh is None:
            unread.append(doc)
            continue
        apply(corrections, fresh)
        store.load(fresh, replace=True)
        done |= set(fresh.documents)
    return correction, unread


def undo_in_store(store: GraphStore, correction: Correction) -> list[str]:
    """Take ``correction`` back out of the store where the store alone can; the documents to read again otherwise.

    A set or unset puts the previous value back; an added relation loses its
    curated evidence. What a merge, rename, relabel or removal took away is
    only in the source files: their documents are returned.
    """
    c = correction
    if c.action in _ENTITY_OR_RELATION:
        graph = store.export()
        if (c.entity in graph.entities) if c.entity else (c.relation in graph.relations):
            _write_property(store, c, c.previous)
        return []
    if c.action == "add-relation":
        graph = store.export()
        relation = graph.relations.get(c.relation)
        if relation is not None and c.document in graph.documents:
            relation.evidence = {e for e in relation.evidence if e.rule != c.rule}
            if not relation.evidence:
                del graph.relations[c.relation]
            store.load(restrict(graph, {c.document}), replace=True)
        return []
    return list(c.documents)


def _write_property(store: GraphStore, c: Correction, value: Primitive | None) -> None:
    ends = {"id": c.entity} if c.entity else {"source": c.source, "target": c.target}
    cypher = set_property(c.key, relation=None if c.entity else c.type, remove=value is None)
    store.query(cypher, {**ends, **({} if value is None else {"value": value})}, write=True)


Locate = Callable[[Document, str], "tuple[str, int, int] | None"]


def new_correction(graph: Graph, action: str, *, locate: Locate | None = None, note: str = "",
                   **given: Any) -> Correction:
    """A correction of ``graph`` (the stored graph) with its entities resolved and checked.

    Entities are given by id or by a name only one of them has. For an added
    relation, ``locate(document, sentence)`` finds the sentence in the
    document's text ((sentence as written there, start, end), or None when
    the text cannot be read).
    """
    c = Correction(action, by=current_user(), at=now(), note=note, **given)
    for name in ("entity", "into", "source", "target"):
        if getattr(c, name) is not None:
            setattr(c, name, resolve_entity(graph, getattr(c, name)))
    c.check("the correction")
    if c.action == "merge" and c.entity == c.into:
        raise CorrectionError(f"{c.entity} cannot be merged into itself", hint="name two different entities")
    if c.action in ("remove-relation", *_ENTITY_OR_RELATION) and c.relation:
        relation_or_fail(graph, c.relation)
    if c.action == "add-relation":
        try:
            check_relation_ends(graph, c.source, c.type, c.target)
        except OntologyError as exc:
            raise CorrectionError(exc.message, hint=exc.hint) from exc
        document = graph.documents.get(c.document)
        found = locate(document, c.sentence) if document is not None and locate is not None else None
        if found is not None:
            c.sentence, c.start, c.end = found
    return c
