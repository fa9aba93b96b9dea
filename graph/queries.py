"""All Cypher the stores run themselves, in one place.

The text is the same for Neo4j 5 and FalkorDB (see FACTS.md for the common
dialect). Values always travel as parameters; the only things formatted into
the text are labels and relationship types, and only after
``policy_kg.graph.ontology`` has checked them.

Storage layout:

- entity nodes carry their ontology label plus ``Entity`` (so one index on
  ``Entity.id`` finds any entity), and ``id``, ``name``, ``aliases``, ``kind``,
  and ``search_names`` (name and aliases joined by ``|``, kept up to date by
  every write that changes them, read only by the saved query
  ``search_entities``);
- ``(:Document)-[:MENTIONS {starts, ends, aliases}]->(:Entity)``: where the
  document names the entity and which surface forms it used;
- every other relationship carries its properties and its evidence as
  parallel lists ``evidence_document``, ``evidence_sentence``,
  ``evidence_start``, ``evidence_end``, ``evidence_rule`` (property values
  cannot be maps).
"""

from __future__ import annotations

import math
from typing import Any

from .errors import StoreError
from .model import PROPERTY_NAME, SEARCH_NAMES
from .ontology import check_label, check_relation_type

ENTITY = "Entity"
EVIDENCE_FIELDS = ("document", "sentence", "start", "end", "rule")

# -------------------------------------------------------------------- schema
# FalkorDB has no IF NOT EXISTS: its schema is read first.
FALKOR_INDEXES = "CALL db.indexes() YIELD label, properties RETURN label, properties"
FALKOR_CONSTRAINTS = "CALL db.constraints() YIELD label RETURN label"

def neo4j_schema() -> list[str]:
    """Neo4j's uniqueness constraints on every label's ``id`` and the index on entity names."""
    from .ontology import LABELS

    statements = [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
                  for label in (ENTITY, *LABELS)]
    return statements + [f"CREATE INDEX entity_name IF NOT EXISTS FOR (n:{ENTITY}) ON (n.name)",
                         f"CREATE TEXT INDEX entity_{SEARCH_NAMES} IF NOT EXISTS FOR (n:{ENTITY}) ON (n.{SEARCH_NAMES})"]


# After the aliases are set, in a clause of its own: both stores then read the new list.
SET_SEARCH_NAMES = f"WITH e SET e.{SEARCH_NAMES} = reduce(s = e.name, a IN coalesce(e.aliases, []) | s + '|' + a)"
# Entities stored before search_names existed get it at the next write.
FILL_SEARCH_NAMES = f"MATCH (e:{ENTITY}) WHERE e.{SEARCH_NAMES} IS NULL {SET_SEARCH_NAMES}"


# ------------------------------------------------------------------ replacing
EXISTING_DOCUMENTS = "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.file AS file"

# The entities the documents mentioned: the only candidates for becoming orphans.
MENTIONED_BY = "MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.id IN $ids RETURN DISTINCT e.id AS id"
DROP_MENTIONS = "MATCH (d:Document)-[m:MENTIONS]->(:Entity) WHERE d.id IN $ids DELETE m"

# Relationships only the replaced documents supported are deleted outright,
# the others lose those documents' evidence. Never SET and then DELETE the
# same relationship in one query: FalkorDB's rollback of a failed query then
# puts the old property values back on the wrong relationships.
# Only the relationships of the entities those documents mentioned are looked at
# (an index seek on Entity.id), not every relationship of the graph: a relation
# a document supports links entities that document names.
DELETE_UNSUPPORTED = """
MATCH (e:Entity)-[r]-(:Entity) WHERE e.id IN $touched
WITH DISTINCT r WHERE all(x IN r.evidence_document WHERE x IN $ids)
DELETE r
"""

# Kept values are computed in WITH before any SET: FalkorDB applies SET
# items one after another, so a later item would read an already cut list.
_KEEP = "[i IN range(0, size(r.evidence_document) - 1) WHERE NOT r.evidence_document[i] IN $ids]"
DROP_EVIDENCE = f"""
MATCH (e:Entity)-[r]-(:Entity) WHERE e.id IN $touched
WITH DISTINCT r WHERE any(x IN r.evidence_document WHERE x IN $ids)
WITH r, {_KEEP} AS keep
WITH r, {", ".join(f"[i IN keep | r.evidence_{f}[i]] AS {f}" for f in EVIDENCE_FIELDS)}
SET {", ".join(f"r.evidence_{f} = {f}" for f in EVIDENCE_FIELDS)}
"""

DELETE_ORPHANS = """
MATCH (e:Entity) WHERE e.id IN $ids
OPTIONAL MATCH (e)-[r]-()
WITH e, count(r) AS links WHERE links = 0
DELETE e
"""

RECOMPUTE_ALIASES = f"""
MATCH (e:Entity) WHERE e.id IN $ids
OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
WITH e, collect(m.aliases) AS lists
SET e.aliases = reduce(acc = [], l IN lists | acc + [a IN l WHERE NOT a IN acc])
{SET_SEARCH_NAMES}
"""

# -------------------------------------------------------------------- writing
WRITE_DOCUMENTS = "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row.props"

WRITE_MENTIONS = """
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (e:Entity {id: row.entity})
MERGE (d)-[m:MENTIONS]->(e)
SET m.starts = row.starts, m.ends = row.ends, m.aliases = row.aliases
"""


def write_entities(label: str) -> str:
    """MERGE entity nodes of one label on their constrained ``id``."""
    check_label(label)
    return f"""
UNWIND $rows AS row
MERGE (e:{ENTITY}:{label} {{id: row.id}})
SET e += row.props, e.name = row.name, e.kind = coalesce(row.kind, e.kind),
    e.aliases = coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])]
{SET_SEARCH_NAMES}
"""


def write_relations(rel_type: str) -> str:
    """MERGE relationships of one type and append the rows' evidence."""
    check_relation_type(rel_type)
    appends = ", ".join(
        f"r.evidence_{f} = coalesce(r.evidence_{f}, []) + row.evidence_{f}" for f in EVIDENCE_FIELDS
    )
    return f"""
UNWIND $rows AS row
MATCH (s:{ENTITY} {{id: row.source}})
MATCH (t:{ENTITY} {{id: row.target}})
MERGE (s)-[r:{rel_type}]->(t)
SET r += row.properties, {appends}
"""


# ------------------------------------------------------------------- reading
READ_DOCUMENTS = "MATCH (d:Document) RETURN properties(d) AS props ORDER BY d.id"
READ_ENTITIES = (
    "MATCH (e:Entity) RETURN labels(e) AS labels, e.name AS name, e.aliases AS aliases, e.kind AS kind, "
    "properties(e) AS props ORDER BY e.id"
)
READ_MENTIONS = """
MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
RETURN d.id AS document, e.id AS entity, m.starts AS starts, m.ends AS ends
"""
READ_RELATIONS = """
MATCH (s:Entity)-[r]->(t:Entity)
RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props
"""


def count_label(label: str) -> str:
    check_label(label, documents=True)
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_type(rel_type: str) -> str:
    check_relation_type(rel_type)
    return f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS n"



# ------------------------------------------------------------ Cypher literals
# For FalkorDB's parameter header and the Cypher script export: values written
# into query text. Only plain identifiers may be keys, or a crafted key could
# close the literal and add Cypher.
def cypher_name(key: Any) -> str:
    if not isinstance(key, str) or not PROPERTY_NAME.match(key):
        raise StoreError(f"cannot write the key {key!r} into Cypher",
                         hint="parameter names and map keys are letters, digits and _")
    return key


def cypher_literal(value: Any) -> str:
    """``value`` as a Cypher literal: strings escaped, maps with checked keys, 64-bit integers, finite floats."""
    kind = type(value)
    if kind is str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind is list or kind is tuple:
        return "[" + ",".join(map(cypher_literal, value)) + "]"
    if kind is dict:
        return "{" + ",".join(f"{cypher_name(key)}:{cypher_literal(item)}" for key, item in value.items()) + "}"
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int and -(2**63) <= value < 2**63:
        return repr(value)
    if kind is float and math.isfinite(value):
        return repr(value)
    if kind is int or kind is float:
        raise StoreError(f"cannot store the number {value!r}", hint="integers must fit in 64 bits; floats must be finite")
    raise StoreError(f"cannot write a {kind.__name__} into Cypher", hint="send strings, numbers, booleans, lists or maps")


# ---------------------------------------------------------------- corrections
def set_property(key: str, *, relation: str | None = None, remove: bool = False) -> str:
    """SET (or REMOVE) one property of the entity ``$id``, or of the relation ``$source``-[relation]->``$target``.

    ``key`` must have passed ``model.check_property_name``: it is written into the text.
    """
    cypher_name(key)
    if relation is None:
        match = f"MATCH (x:{ENTITY} {{id: $id}})"
    else:
        check_relation_type(relation)
        match = f"MATCH (:{ENTITY} {{id: $source}})-[x:{relation}]->(:{ENTITY} {{id: $target}})"
    return f"{match} REMOVE x.{key}" if remove else f"{match} SET x.{key} = $value"
