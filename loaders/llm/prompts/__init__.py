"""The prompts, as versioned files beside this module (``v1/``), and the messages built from them.

The ontology part is generated from :mod:`policy_kg.graph.ontology`, so the
labels, types, directions and properties the model is told are the ones the
grounding enforces. Changing a file means a new version folder: the version is
part of every cached answer's key and of every model fact's evidence.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from string import Template

from policy_kg.graph.ontology import ENTITY_LABELS, RELATION_PROPERTIES, RELATION_TYPES, check_relation
from policy_kg.graph.errors import OntologyError

PROMPT_VERSION = "v1"
MODES = ("llm", "hybrid")


def _read(name: str) -> str:
    return files(__package__).joinpath(PROMPT_VERSION, name).read_text(encoding="utf-8")


def allowed_pairs(rel_type: str) -> list[tuple[str, str]]:
    """Every (source label, target label) the ontology allows for ``rel_type``."""
    pairs = []
    for source in ENTITY_LABELS:
        for target in ENTITY_LABELS:
            try:
                check_relation(source, rel_type, target)
            except OntologyError:
                continue
            pairs.append((source, target))
    return pairs


def ontology_text() -> str:
    """Labels, relation types with their allowed directions, and relation properties, as the model reads them."""
    lines = [f"Entity labels: {', '.join(ENTITY_LABELS)}.", "",
             "Relation types, source -> target (no other direction or pair is allowed):"]
    for rel_type in RELATION_TYPES:
        lines.append(f"- {rel_type}: " + ", ".join(f"{s} -> {t}" for s, t in allowed_pairs(rel_type)))
    lines += ["", "Relation properties (values copied from the evidence; no other property is kept):"]
    lines += [f"- {rel_type}: {', '.join(names)}" for rel_type, names in RELATION_PROPERTIES.items()]
    return "\n".join(lines)


@cache
def examples() -> list[dict]:
    """The worked examples: an excerpt of a real page (``page`` names it) and the answer to it."""
    return json.loads(_read("examples.json"))


def _examples_text() -> str:
    return "\n\n".join(f"Article:\n{example['text']}\nAnswer:\n{json.dumps(example['answer'], ensure_ascii=False)}"
                       for example in examples())


@cache
def system_prompt(mode: str) -> str:
    """The system message of ``mode`` (llm or hybrid)."""
    text = Template(_read("system.md")).substitute(ontology=ontology_text(), examples=_examples_text())
    return text + _read("hybrid.md") if mode == "hybrid" else text


def messages(mode: str, text: str, known: dict | None = None) -> list[dict[str, str]]:
    """The chat messages asking for the facts of ``text``; in hybrid mode ``known`` lists the rules' facts."""
    user = f"Article:\n{text}"
    if mode == "hybrid":
        user += f"\n\nFacts already found:\n{json.dumps(known or {}, ensure_ascii=False)}"
    return [{"role": "system", "content": system_prompt(mode)}, {"role": "user", "content": user}]
