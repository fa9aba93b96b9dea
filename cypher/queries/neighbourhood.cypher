// name: neighbourhood
// description: Relationships within depth 1 to 3 of an entity (by id, name or alias; MENTIONS left out), as source node, relationship, target node and distance.
// param: name: string (example: "两江新区")
// param: depth: int = 1 (example: 2)
// param: limit: int = 200
// One branch per path length, each run only when depth reaches it: a bound
// cannot be a parameter, and FalkorDB filters length(p) only after
// expanding every path up to the pattern's bound.
MATCH (e:Entity) WHERE e.id = $name OR e.name = $name OR $name IN e.aliases
WITH DISTINCT e
CALL {
  WITH e MATCH p = (e)-[:APPROVED_BY|ISSUED_BY|COVERS|PART_OF|LOCATED_IN|FOCUSES_ON|FINANCED_BY|IN_INDUSTRY|COORDINATED_BY|SUPERVISED_BY]-(:Entity) RETURN p
  UNION ALL
  WITH e UNWIND [$depth] AS depth WITH e, depth WHERE depth >= 2
  MATCH p = (e)-[:APPROVED_BY|ISSUED_BY|COVERS|PART_OF|LOCATED_IN|FOCUSES_ON|FINANCED_BY|IN_INDUSTRY|COORDINATED_BY|SUPERVISED_BY*2]-(:Entity) RETURN p
  UNION ALL
  WITH e UNWIND [$depth] AS depth WITH e, depth WHERE depth >= 3
  MATCH p = (e)-[:APPROVED_BY|ISSUED_BY|COVERS|PART_OF|LOCATED_IN|FOCUSES_ON|FINANCED_BY|IN_INDUSTRY|COORDINATED_BY|SUPERVISED_BY*3]-(:Entity) RETURN p
}
WITH relationships(p) AS rels
UNWIND range(0, size(rels) - 1) AS i
WITH rels[i] AS r, min(i + 1) AS distance
WITH startNode(r) AS source, r, endNode(r) AS target, distance
ORDER BY distance, source.id, type(r), target.id
LIMIT $limit
RETURN source, r AS relationship, target, distance
