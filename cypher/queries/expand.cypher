// name: expand
// description: The relationships of some nodes (entity or document ids): of the given types, else all but MENTIONS; as source node, type and target node, at most limit of them.
// param: ids: list (example: ["Enterprise:中国进出口银行重庆分行"])
// param: types: list = null (example: ["FINANCED_BY"])
// param: limit: int = 200
// Entities and documents are looked up through their own id indexes (one
// branch each); a relationship between two of the given nodes is listed once.
// FalkorDB needs the WITH n after the CALL, or the MATCH ignores n's binding.
CALL {
  MATCH (n:Entity) WHERE n.id IN $ids RETURN n
  UNION ALL
  MATCH (n:Document) WHERE n.id IN $ids RETURN n
}
WITH n
MATCH (n)-[r]-()
WHERE ($types IS NULL AND type(r) <> 'MENTIONS') OR ($types IS NOT NULL AND type(r) IN $types)
WITH DISTINCT r
WITH startNode(r) AS s, r, endNode(r) AS t
ORDER BY type(r), s.id, t.id
LIMIT $limit
RETURN s AS source, type(r) AS type, t AS target
