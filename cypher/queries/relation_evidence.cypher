// name: relation_evidence
// description: The evidence sentences behind the relationships between two entities (either direction), with document ids and titles.
// param: source: string (example: "宗申集团")
// param: target: string (example: "中国进出口银行重庆分行")
// param: type: string = null (example: "FINANCED_BY")
MATCH (s:Entity) WHERE s.name = $source OR $source IN s.aliases
WITH DISTINCT s
MATCH (t:Entity) WHERE t.name = $target OR $target IN t.aliases
WITH DISTINCT s, t
MATCH (s)-[r]-(t)
WHERE $type IS NULL OR type(r) = $type
UNWIND range(0, size(r.evidence_document) - 1) AS i
OPTIONAL MATCH (d:Document {id: r.evidence_document[i]})
RETURN startNode(r).name AS source, type(r) AS type, endNode(r).name AS target,
       r.evidence_document[i] AS document, d.title AS title, r.evidence_sentence[i] AS sentence,
       r.evidence_start[i] AS start, r.evidence_end[i] AS end, r.evidence_rule[i] AS rule
ORDER BY type, source, target, document, start
