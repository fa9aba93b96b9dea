"""The ontology of docs/ONTOLOGY.md as code: the only labels and types the stores accept.

Labels and relationship types cannot travel as driver parameters, so every
one that is written into Cypher text must first pass :func:`check_label` or
:func:`check_relation`.
"""

from __future__ import annotations

from .errors import OntologyError

ENTITY_LABELS: tuple[str, ...] = ("Plan", "Zone", "Industry", "Enterprise", "Project", "Agency")
DOCUMENT = "Document"
LABELS: tuple[str, ...] = ENTITY_LABELS + (DOCUMENT,)

MENTIONS = "MENTIONS"

# type -> (allowed source labels, allowed target labels)
RELATION_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "APPROVED_BY": (frozenset({"Plan", "Zone", "Project"}), frozenset({"Agency"})),
    "ISSUED_BY": (frozenset({"Plan"}), frozenset({"Agency", "Enterprise"})),
    "COVERS": (frozenset({"Plan"}), frozenset({"Zone"})),
    "PART_OF": (
        frozenset({"Zone", "Project", "Enterprise", "Agency"}),
        frozenset({"Zone", "Plan", "Enterprise", "Agency"}),
    ),
    "LOCATED_IN": (frozenset({"Zone", "Enterprise", "Project"}), frozenset({"Zone"})),
    "FOCUSES_ON": (frozenset({"Zone", "Plan"}), frozenset({"Industry"})),
    "FINANCED_BY": (frozenset({"Enterprise", "Project"}), frozenset({"Enterprise"})),
    "IN_INDUSTRY": (frozenset({"Enterprise"}), frozenset({"Industry"})),
    "COORDINATED_BY": (frozenset({"Zone", "Plan"}), frozenset({"Agency"})),
    "SUPERVISED_BY": (frozenset({"Enterprise", "Agency"}), frozenset({"Agency"})),
}

# Properties a relation states as written in its sentence, beside its evidence (ONTOLOGY.md,
# "Relationship properties"); amount_value, currency and the rest are derived from these.
RELATION_PROPERTIES: dict[str, tuple[str, ...]] = {"PART_OF": ("role",), "FINANCED_BY": ("instrument", "amount")}
# Properties any relation may carry, derived rather than copied: when the fact happened (ISO) and how
# that is known (its sentence states it, or its document's date stands for it).
RELATION_DATE_PROPERTIES: tuple[str, str] = ("date", "date_basis")
DATE_BASES: tuple[str, ...] = ("sentence", "document")

# PART_OF pairs the table allows; the rest of the cross product is not meaningful.
_PART_OF_PAIRS = frozenset(
    {
        ("Zone", "Zone"),
        ("Project", "Zone"),
        ("Project", "Plan"),
        ("Enterprise", "Enterprise"),
        ("Agency", "Agency"),
    }
)

def entity_id(label: str, name: str) -> str:
    """The stable id of an entity: label + canonical name, never load order."""
    return f"{label}:{name}"


def check_label(label: str, *, documents: bool = False) -> str:
    """Return ``label`` if the ontology has it, else raise naming the allowed ones."""
    allowed = LABELS if documents else ENTITY_LABELS
    if label not in allowed:
        raise OntologyError(
            f"unknown label {label!r}",
            hint=f"use one of {', '.join(allowed)}",
        )
    return label


def check_relation_type(rel_type: str) -> str:
    """Return ``rel_type`` if the ontology has it, else raise naming the allowed ones."""
    if rel_type not in RELATION_TYPES and rel_type != MENTIONS:
        raise OntologyError(
            f"unknown relationship type {rel_type!r}",
            hint=f"use one of {', '.join(RELATION_TYPES)}",
        )
    return rel_type


def check_relation(source_label: str, rel_type: str, target_label: str) -> None:
    """Raise unless ``(source_label)-[rel_type]->(target_label)`` is allowed."""
    check_relation_type(rel_type)
    if rel_type == MENTIONS:
        raise OntologyError(
            "MENTIONS is derived from entity mentions and cannot be given as a relation",
            hint="list the entity's mentions instead",
        )
    sources, targets = RELATION_TYPES[rel_type]
    allowed = source_label in sources and target_label in targets
    if allowed and rel_type == "PART_OF":
        allowed = (source_label, target_label) in _PART_OF_PAIRS
    if not allowed:
        pairs = _PART_OF_PAIRS if rel_type == "PART_OF" else [(s, t) for s in sorted(sources) for t in sorted(targets)]
        raise OntologyError(
            f"{rel_type} cannot go from {source_label} to {target_label}",
            hint="allowed: " + ", ".join(f"{s}->{t}" for s, t in sorted(pairs)),
        )
