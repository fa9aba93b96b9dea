"""Scoring an extracted graph against a gold annotation, as ONTOLOGY.md "Measuring extraction" says.

- Names compare after :func:`normalise_name` (NFKC, no whitespace, no 《》 or quotes).
- A predicted entity matches a gold one when the labels agree and one of its
  names equals one of the gold's names. Its canonical name always counts; an
  alias counts only where it occurs in the document text.
- Optional gold entities and relations are neither rewarded nor punished,
  whatever label they are given; a relation with an optional endpoint is ignored.
- A gold relation lists alternative sources and targets; a predicted relation of
  the same type between any of them satisfies it.

Precision is the share of (counted) predictions that match something required,
recall the share of required gold items some prediction matches. Scores of
several documents add up (``+``), which is the micro-average.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policy_kg.graph.corrections import Correction, apply as apply_corrections
from policy_kg.graph.errors import InputError
from policy_kg.graph.model import Entity, Graph

from .gold import Gold, GoldEntity, GoldRelation, read_gold

_DROPPED = re.compile(r"[\s《》〈〉<>\"'“”‘’「」『』]+")


def normalise_name(text: str) -> str:
    """The form names are compared in: NFKC, whitespace removed, 《》 and quotes stripped."""
    return _DROPPED.sub("", unicodedata.normalize("NFKC", text))


@dataclass
class Counts:
    """How many predictions matched, and how many required gold items were found."""

    predicted: int = 0
    predicted_matched: int = 0
    gold: int = 0
    gold_matched: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.predicted + other.predicted, self.predicted_matched + other.predicted_matched,
                      self.gold + other.gold, self.gold_matched + other.gold_matched)

    @property
    def precision(self) -> float:
        return self.predicted_matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "predicted": self.predicted, "predicted_matched": self.predicted_matched,
                "gold": self.gold, "gold_matched": self.gold_matched}


def _add_counts(a: dict[str, Counts], b: dict[str, Counts]) -> dict[str, Counts]:
    return {key: a.get(key, Counts()) + b.get(key, Counts()) for key in sorted(set(a) | set(b))}


@dataclass
class Score:
    """Counts per entity label and per relation type, with what was missed and what was spurious."""

    entities: dict[str, Counts] = field(default_factory=dict)
    relations: dict[str, Counts] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    documents: int = 1
    # rule -> how often its relations were scored and how often they were right (precision per rule)
    by_rule: dict[str, Counts] = field(default_factory=dict)

    def __add__(self, other: Score) -> Score:
        return Score(_add_counts(self.entities, other.entities), _add_counts(self.relations, other.relations),
                     self.missed + other.missed, self.spurious + other.spurious, self.documents + other.documents,
                     _add_counts(self.by_rule, other.by_rule))

    @property
    def entity_total(self) -> Counts:
        return sum(self.entities.values(), Counts())

    @property
    def relation_total(self) -> Counts:
        return sum(self.relations.values(), Counts())

    def rows(self) -> list[dict[str, Any]]:
        """One row per label, relation type and total: a table for the CLI."""
        rows = [{"kind": "entity", "name": k, **c.to_dict()} for k, c in self.entities.items()]
        rows.append({"kind": "entity", "name": "ALL", **self.entity_total.to_dict()})
        rows += [{"kind": "relation", "name": k, **c.to_dict()} for k, c in self.relations.items()]
        rows.append({"kind": "relation", "name": "ALL", **self.relation_total.to_dict()})
        return rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": {"all": self.entity_total.to_dict(), **{k: c.to_dict() for k, c in self.entities.items()}},
            "relations": {"all": self.relation_total.to_dict(), **{k: c.to_dict() for k, c in self.relations.items()}},
            "missed": list(self.missed),
            "spurious": list(self.spurious),
            "by_rule": {k: {"fired": c.predicted, "right": c.predicted_matched, "precision": round(c.precision, 4)}
                        for k, c in sorted(self.by_rule.items())},
        }


class _GoldIndex:
    """Gold entities by normalised name, and which gold relations are scored."""

    def __init__(self, gold: Gold) -> None:
        self.gold = gold
        self.by_name: dict[str, list[GoldEntity]] = defaultdict(list)
        for entity in gold.entities.values():
            for name in {normalise_name(n) for n in (entity.name, *entity.aliases)}:
                self.by_name[name].append(entity)

    def matches(self, names: set[str]) -> list[GoldEntity]:
        return [g for name in names for g in self.by_name.get(name, [])]

    def ignored(self, relation: GoldRelation) -> bool:
        ends = relation.sources + relation.targets
        return relation.optional or any(self.gold.entities[k].optional for k in ends)


def _counted_names(entity: Entity, text: str) -> set[str]:
    """The canonical name always; an alias only where the document text contains it."""
    aliases = {normalise_name(a) for a in entity.aliases}
    return {normalise_name(entity.name)} | {a for a in aliases if a and a in text}


def _describe(relation: GoldRelation, gold: Gold) -> str:
    def ends(keys: list[str]) -> str:
        names = [f"{gold.entities[k].label}:{gold.entities[k].name}" for k in keys]
        return names[0] if len(names) == 1 else "[" + " | ".join(names) + "]"

    return f"{ends(relation.sources)} -{relation.type}-> {ends(relation.targets)}"


def gold_matches(predicted: Graph, gold: Gold, text: str) -> tuple[dict[str, set[str]], dict[str, bool]]:
    """For each predicted entity id: the keys of the (non-optional) gold entities it matches with its label,
    and whether it touches an optional gold entity."""
    index = _GoldIndex(gold)
    plain = normalise_name(text)
    matched: dict[str, set[str]] = {}
    touches_optional: dict[str, bool] = {}
    for entity in predicted.entities.values():
        candidates = index.matches(_counted_names(entity, plain))
        matched[entity.id] = {g.key for g in candidates if g.label == entity.label and not g.optional}
        touches_optional[entity.id] = any(g.optional for g in candidates)
    return matched, touches_optional


def evaluate(predicted: Graph, gold: Gold, text: str) -> Score:
    """Score ``predicted`` (the graph of one annotated file) against ``gold``; ``text`` is that file's text."""
    index = _GoldIndex(gold)
    matched, touches_optional = gold_matches(predicted, gold, text)
    score = Score()
    for entity in predicted.entities.values():
        if matched[entity.id] or not touches_optional[entity.id]:
            counts = score.entities.setdefault(entity.label, Counts())
            counts.predicted += 1
            counts.predicted_matched += bool(matched[entity.id])
            if not matched[entity.id]:
                score.spurious.append(entity.id)
    found = set().union(*matched.values()) if matched else set()
    for g in gold.entities.values():
        if g.optional:
            continue
        counts = score.entities.setdefault(g.label, Counts())
        counts.gold += 1
        if g.key in found:
            counts.gold_matched += 1
        else:
            score.missed.append(f"{g.label}:{g.name}")
    _score_relations(predicted, gold, index, matched, touches_optional, score)
    score.entities = dict(sorted(score.entities.items()))
    score.relations = dict(sorted(score.relations.items()))
    return score


def _score_relations(predicted: Graph, gold: Gold, index: _GoldIndex, matched: dict[str, set[str]],
                     touches_optional: dict[str, bool], score: Score) -> None:
    scored = [r for r in gold.relations if not index.ignored(r)]
    ignored = [r for r in gold.relations if index.ignored(r)]
    satisfied: set[int] = set()

    def fits(relation: GoldRelation, source: str, target: str) -> bool:
        return bool(matched[source] & set(relation.sources)) and bool(matched[target] & set(relation.targets))

    for rel in predicted.relations.values():
        hits = [i for i, g in enumerate(scored) if g.type == rel.type and fits(g, rel.source, rel.target)]
        satisfied.update(hits)
        if not hits and (any(g.type == rel.type and fits(g, rel.source, rel.target) for g in ignored)
                         or touches_optional[rel.source] or touches_optional[rel.target]):
            continue
        counts = score.relations.setdefault(rel.type, Counts())
        counts.predicted += 1
        counts.predicted_matched += bool(hits)
        for rule in {e.rule for e in rel.evidence}:
            fired = score.by_rule.setdefault(rule, Counts())
            fired.predicted += 1
            fired.predicted_matched += bool(hits)
        if not hits:
            score.spurious.append(f"{rel.source} -{rel.type}-> {rel.target}")
    for i, g in enumerate(scored):
        counts = score.relations.setdefault(g.type, Counts())
        counts.gold += 1
        if i in satisfied:
            counts.gold_matched += 1
        else:
            score.missed.append(_describe(g, gold))


def evaluate_file(path: str | Path, gold: str | Path | Gold, extract: Callable[[list], Graph] | None = None,
                  corrections: Sequence[Correction] = ()) -> Score:
    """Extract ``path`` (with ``extract``, the rules by default), apply ``corrections``, and score the graph
    against ``gold`` (a Gold or the path of a ``*.gold.yaml``)."""
    from .articles import extract_page
    from .extract.pipeline import extract_documents

    articles = extract_page(path)
    expected = gold if isinstance(gold, Gold) else read_gold(gold)
    graph = (extract or extract_documents)(articles)
    apply_corrections(list(corrections), graph)
    return evaluate(graph, expected, "\n".join(a.text for a in articles))


def evaluate_paths(files: list[Path], gold_paths: list[Path], extract: Callable[[list], Graph] | None = None,
                   corrections: Sequence[Correction] = ()) -> Score:
    """Score each file against its gold (matched by the gold's ``document`` name), micro-averaged.

    With one gold and one file the two are paired whatever their names.
    """
    golds = [read_gold(p) for p in gold_paths]
    by_name = {Path(g.document).name: g for g in golds}
    total: Score | None = None
    for path in files:
        gold = golds[0] if len(golds) == 1 and len(files) == 1 else by_name.get(path.name)
        if gold is None:
            raise InputError(f"{path}: no gold annotation names this file",
                             hint="pass its *.gold.yaml with --gold (its 'document:' must be the file name)")
        score = evaluate_file(path, gold, extract, corrections)
        total = score if total is None else total + score
    if total is None:
        raise InputError("no files to evaluate", hint="name the documents after the --gold options")
    return total
