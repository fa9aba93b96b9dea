"""Grounding: what a model answers becomes a fact only where the article says it, in the ontology's terms.

Every entity name, alias and evidence sentence must occur verbatim in the
article's normalised text (after the same width folding, :func:`~..normalize.normalize`);
the offsets of mentions and evidence are found here, never taken from the
model. A label, relation type or direction outside the ontology, a relation
whose ends were not kept, a property the type does not have: each is dropped
and counted under one of :data:`REASONS`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from policy_kg.graph.errors import OntologyError
from policy_kg.graph.model import Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.ontology import ENTITY_LABELS, RELATION_PROPERTIES, RELATION_TYPES, check_relation, entity_id

from .. import gazetteer
from ..extract.money import parse_amount
from ..extract.pipeline import ArticleLike
from ..normalize import normalize

# Why an item of an answer was dropped (the summary counts each).
REASONS = {
    "malformed": "an item without the exchange shape (no label, name, type...)",
    "entity_not_in_text": "an entity whose name does not occur in the article",
    "entity_unknown_label": "an entity with a label outside the ontology",
    "alias_not_in_text": "an alias that does not occur in the article (the entity is kept)",
    "relation_unknown_type": "a relation type outside the ontology",
    "relation_unknown_endpoint": "a relation whose source or target is not a kept entity",
    "relation_wrong_direction": "a relation written backwards (the reverse is allowed)",
    "relation_labels_not_allowed": "a relation type that does not relate these labels either way",
    "evidence_not_in_text": "an evidence sentence that does not occur in the article",
    "relation_no_evidence": "a relation left without an evidence sentence found in the article",
    "property_not_allowed": "a property the type does not have, or a value not written in its evidence",
    "relation_already_found": "hybrid: a relation the rules had found already",
}
MAX_KIND = 32


def clean(text: str) -> str:
    """``text`` as the normalised article would write it: widths folded, ends trimmed."""
    return normalize(text).text.strip()


class Grounder:
    """Grounds the answers about one article; ``known`` holds entities an answer may refer to (hybrid)."""

    def __init__(self, article: ArticleLike, method: str, dropped: Counter, known: Graph | None = None) -> None:
        self.article, self.method, self.dropped = article, method, dropped
        self.known = known or Graph()

    def drop(self, reason: str) -> None:
        self.dropped[reason] += 1

    def ground(self, answer: dict[str, Any], window: tuple[int, int] | None = None) -> Graph:
        """The facts of ``answer`` that hold in the article; ``window`` is where quotes are looked for first."""
        graph = Graph()
        entities = [found for item in _items(answer, "entities", self) if (found := self.entity(graph, item))]
        places = frozenset(e.name for e in [*entities, *self.known.entities.values()] if e.label == "Zone")
        for entity in entities:
            if entity.label == "Zone":
                entity.properties.update(gazetteer.division_properties(entity.name, places))
        for item in _items(answer, "relations", self):
            self.relation(graph, item, window or (0, len(self.article.text)))
        return graph

    # ------------------------------------------------------------------ entities
    def entity(self, graph: Graph, item: dict[str, Any]) -> Entity | None:
        label, name = item.get("label"), item.get("name")
        if not isinstance(label, str) or not isinstance(name, str):
            return self.drop("malformed")
        if label not in ENTITY_LABELS:
            return self.drop("entity_unknown_label")
        name = clean(name).strip("《》")
        if not name or name not in self.article.text:
            return self.drop("entity_not_in_text")
        aliases = set()
        for alias in item.get("aliases") or []:
            alias = clean(alias).strip("《》") if isinstance(alias, str) else ""
            if alias and alias != name:
                if alias in self.article.text:
                    aliases.add(alias)
                else:
                    self.drop("alias_not_in_text")
        kind = item.get("kind")
        kind = kind if isinstance(kind, str) and 0 < len(kind) <= MAX_KIND else None
        mentions = {Mention(self.article.id, start, start + len(surface))
                    for surface in (name, *aliases) for start in _occurrences(self.article.text, surface)}
        return graph.add_entity(Entity(label, name, aliases, kind, mentions))

    def _endpoint(self, graph: Graph, ref: str) -> Entity | None:
        label, _, name = ref.partition(":")
        key = entity_id(label, clean(name).strip("《》"))
        if key in graph.entities:
            return graph.entities[key]
        known = self.known.entities.get(key)
        if known is None:
            return None
        return graph.add_entity(Entity(known.label, known.name, set(known.aliases), known.kind, set(known.mentions),
                                       dict(known.properties)))

    # ----------------------------------------------------------------- relations
    def relation(self, graph: Graph, item: dict[str, Any], window: tuple[int, int]) -> Relation | None:
        ref_source, rel_type, ref_target = item.get("source"), item.get("type"), item.get("target")
        if not all(isinstance(x, str) for x in (ref_source, rel_type, ref_target)):
            return self.drop("malformed")
        if rel_type not in RELATION_TYPES:
            return self.drop("relation_unknown_type")
        source, target = self._endpoint(graph, ref_source), self._endpoint(graph, ref_target)
        if source is None or target is None:
            return self.drop("relation_unknown_endpoint")
        try:
            check_relation(source.label, rel_type, target.label)
        except OntologyError:
            try:
                check_relation(target.label, rel_type, source.label)
            except OntologyError:
                return self.drop("relation_labels_not_allowed")
            return self.drop("relation_wrong_direction")
        evidence = self.evidence(item.get("evidence"), window)
        if not evidence:
            return self.drop("relation_no_evidence")
        properties = self.properties(rel_type, item.get("properties"), [e.sentence for e in evidence])
        return graph.add_relation(Relation(source.id, rel_type, target.id, properties, evidence))

    def evidence(self, quotes: Any, window: tuple[int, int]) -> set[Evidence]:
        found = set()
        for quote in quotes if isinstance(quotes, list) else []:
            sentence = quote.get("sentence") if isinstance(quote, dict) else quote
            sentence = clean(sentence) if isinstance(sentence, str) else ""
            start = _find(self.article.text, sentence, window) if sentence else -1
            if start < 0:
                self.drop("evidence_not_in_text")
                continue
            found.add(Evidence(self.article.id, start, start + len(sentence), sentence, self.method))
        return found

    def properties(self, rel_type: str, given: Any, sentences: list[str]) -> dict[str, str | int | float]:
        """The type's properties whose values the evidence writes; an amount also as value and currency."""
        kept: dict[str, str | int | float] = {}
        for key, value in (given.items() if isinstance(given, dict) else []):
            value = clean(value) if isinstance(value, str) else ""
            if key not in RELATION_PROPERTIES.get(rel_type, ()) or not value or not any(value in s for s in sentences):
                self.drop("property_not_allowed")
                continue
            amount = parse_amount(value) if key == "amount" else None
            kept.update(amount.properties(key) if amount else {key: value})
        return kept


def _items(answer: dict[str, Any], key: str, grounder: Grounder) -> list[dict[str, Any]]:
    items = answer.get(key) or []
    if not isinstance(items, list):
        grounder.drop("malformed")
        return []
    for item in items:
        if not isinstance(item, dict):
            grounder.drop("malformed")
    return [item for item in items if isinstance(item, dict)]


def _occurrences(text: str, surface: str) -> list[int]:
    starts, at = [], text.find(surface)
    while at >= 0:
        starts.append(at)
        at = text.find(surface, at + len(surface))
    return starts


def _find(text: str, sentence: str, window: tuple[int, int]) -> int:
    """Where ``sentence`` occurs: inside ``window`` (the piece the model read) first, else anywhere."""
    at = text.find(sentence, window[0], window[1])
    return at if at >= 0 else text.find(sentence)
