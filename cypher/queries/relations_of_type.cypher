// name: relations_of_type
// description: Every relationship of one type, with its properties and evidence.
// param: type: string (example: "PART_OF")
// param: limit: int = 1000
MATCH (s:Entity)-[r]->(t:Entity)
WHERE type(r) = $type
RETURN s.name AS source, [l IN labels(s) WHERE l <> 'Entity'][0] AS source_label,
       t.name AS target, [l IN labels(t) WHERE l <> 'Entity'][0] AS target_label,
       r.role AS role, r.instrument AS instrument, r.amount AS amount,
       r.evidence_document AS documents, r.evidence_sentence AS sentences
ORDER BY source, target
LIMIT $limit
