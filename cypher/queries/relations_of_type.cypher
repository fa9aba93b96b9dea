// name: relations_of_type
// description: Every relationship of one type, with its properties and evidence.
// param: type: string (example: "PART_OF")
// param: limit: int = 1000
// A type cannot be a parameter inside a pattern, and filtering on type(r)
// scans every relationship; one branch per type, only the chosen one runs.
CALL {
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'APPROVED_BY' MATCH (s:Entity)-[r:APPROVED_BY]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'COORDINATED_BY' MATCH (s:Entity)-[r:COORDINATED_BY]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'COVERS' MATCH (s:Entity)-[r:COVERS]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'FINANCED_BY' MATCH (s:Entity)-[r:FINANCED_BY]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'FOCUSES_ON' MATCH (s:Entity)-[r:FOCUSES_ON]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'IN_INDUSTRY' MATCH (s:Entity)-[r:IN_INDUSTRY]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'ISSUED_BY' MATCH (s:Entity)-[r:ISSUED_BY]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'LOCATED_IN' MATCH (s:Entity)-[r:LOCATED_IN]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'PART_OF' MATCH (s:Entity)-[r:PART_OF]->(t:Entity) RETURN s, r, t
  UNION ALL
  UNWIND [$type] AS chosen WITH chosen WHERE chosen = 'SUPERVISED_BY' MATCH (s:Entity)-[r:SUPERVISED_BY]->(t:Entity) RETURN s, r, t
}
WITH s, r, t ORDER BY s.name, t.name LIMIT $limit
RETURN s.name AS source, [l IN labels(s) WHERE l <> 'Entity'][0] AS source_label,
       t.name AS target, [l IN labels(t) WHERE l <> 'Entity'][0] AS target_label,
       r.role AS role, r.instrument AS instrument, r.amount AS amount,
       r.evidence_document AS documents, r.evidence_sentence AS sentences, r.evidence_rule AS rules
