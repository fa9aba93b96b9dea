// name: document_spans
// description: Where a document (by id) names entities and states facts: the offsets of every mention and every evidence sentence in its text, by start.
// param: id: string (example: "000_023085569cee03f2")
// The facts a document supports link entities it mentions: the evidence is
// found through the document's MENTIONS, never by scanning every relationship.
CALL {
  MATCH (:Document {id: $id})-[m:MENTIONS]->(e:Entity)
  UNWIND range(0, size(m.starts) - 1) AS i
  RETURN 'mention' AS kind, m.starts[i] AS start, m.ends[i] AS end, e.id AS source, null AS type, null AS target,
         null AS sentence
  UNION ALL
  MATCH (:Document {id: $id})-[:MENTIONS]->(e:Entity)-[r]->(o:Entity)
  WHERE $id IN r.evidence_document
  UNWIND range(0, size(r.evidence_document) - 1) AS i
  WITH e, r, o, i WHERE r.evidence_document[i] = $id
  RETURN 'evidence' AS kind, r.evidence_start[i] AS start, r.evidence_end[i] AS end, e.id AS source, type(r) AS type,
         o.id AS target, r.evidence_sentence[i] AS sentence
}
RETURN kind, start, end, source, type, target, sentence
ORDER BY start, end DESC, kind, source, type, target
