// name: entity_relations
// description: Every relationship of an entity (by id, name or alias), both directions, with properties and evidence.
// param: name: string (example: "重庆高新区")
MATCH (e:Entity) WHERE e.id = $name OR e.name = $name OR $name IN e.aliases
WITH DISTINCT e
MATCH (e)-[r]-(other:Entity)
RETURN CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, type(r) AS type,
       other.name AS other, [l IN labels(other) WHERE l <> 'Entity'][0] AS other_label,
       r.role AS role, r.instrument AS instrument, r.amount AS amount,
       r.evidence_document AS documents, r.evidence_sentence AS sentences, r.evidence_rule AS rules
ORDER BY direction DESC, type, other
