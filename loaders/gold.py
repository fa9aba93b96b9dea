"""Gold annotations (``*.gold.yaml``): reading them, and turning one into a graph.

The graph form is a test fixture for everything downstream of the loaders:
the required (non-optional) entities and relations of the gold, with
mentions and evidence found in the document text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from policy_kg.graph.errors import ExchangeFormatError
from policy_kg.graph.model import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.ontology import ENTITY_LABELS


@dataclass
class GoldEntity:
    key: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    optional: bool = False


@dataclass
class GoldRelation:
    sources: list[str]
    type: str
    targets: list[str]
    optional: bool = False


@dataclass
class Gold:
    document: str
    entities: dict[str, GoldEntity]
    relations: list[GoldRelation]


def _keys(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def read_gold(path: str | Path) -> Gold:
    """Parse a gold YAML file; a malformed one raises naming the file."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        # a name of digits alone (the “861” programme) is read by YAML as a number: names are text
        entities = {
            e["key"]: GoldEntity(e["key"], e["label"], str(e["name"]), [str(a) for a in e.get("aliases") or []],
                                 bool(e.get("optional")))
            for e in data["entities"]
        }
        relations = [
            GoldRelation(_keys(r["source"]), r["type"], _keys(r["target"]), bool(r.get("optional")))
            for r in data["relations"]
        ]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ExchangeFormatError(f"{path}: not a gold annotation ({exc})",
                                  hint="see the gold files under tests/data for the shape") from exc
    return Gold(str(data.get("document", path.name)), entities, relations)


_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")


def gold_graph(gold: Gold, text: str, document: Document) -> Graph:
    """The required part of ``gold`` as a Graph, mentions and evidence located in ``text``."""
    text = unicodedata.normalize("NFKC", text)
    graph = Graph()
    graph.add_document(document)
    for ent in gold.entities.values():
        if ent.optional or ent.label not in ENTITY_LABELS:
            continue
        mentions = {
            Mention(document.id, m.start(), m.end())
            for form in [ent.name, *ent.aliases]
            for m in re.finditer(re.escape(unicodedata.normalize("NFKC", form)), text)
        }
        if mentions:
            graph.add_entity(Entity(ent.label, ent.name, set(ent.aliases), None, mentions))
    sentences = [(m.start(), m.end(), m.group().strip()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    for rel in gold.relations:
        source, target = gold.entities[rel.sources[0]], gold.entities[rel.targets[0]]
        if rel.optional or source.optional or target.optional:
            continue
        s_ent = graph.entities.get(f"{source.label}:{source.name}")
        t_ent = graph.entities.get(f"{target.label}:{target.name}")
        if s_ent is None or t_ent is None:
            continue
        start, end, sentence = _best_sentence(sentences, s_ent, t_ent)
        graph.add_relation(Relation(s_ent.id, rel.type, t_ent.id, {},
                                    {Evidence(document.id, start, end, sentence, "gold")}))
    return graph


def _best_sentence(sentences: list[tuple[int, int, str]], source: Entity, target: Entity) -> tuple[int, int, str]:
    """The first sentence naming both ends, else the first naming the source."""
    def names(entity: Entity, start: int, end: int) -> bool:
        return any(start <= m.start and m.end <= end for m in entity.mentions)

    both = [s for s in sentences if names(source, s[0], s[1]) and names(target, s[0], s[1])]
    return (both or [s for s in sentences if names(source, s[0], s[1])] or sentences)[0]
