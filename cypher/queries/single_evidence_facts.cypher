// name: single_evidence_facts
// description: Relationships resting on a single evidence sentence (candidates for review).
// param: limit: int = 100
MATCH (s:Entity)-[r]->(t:Entity)
WHERE size(r.evidence_document) = 1
RETURN s.name AS source, type(r) AS type, t.name AS target, r.evidence_document[0] AS document,
       r.evidence_sentence[0] AS sentence, r.evidence_rule[0] AS rule
ORDER BY type, source, target
LIMIT $limit
