// name: neighbourhood
// description: Relationships within depth 1 to 3 of an entity (MENTIONS left out), as source node, relationship, target node and distance.
// param: name: string (example: "两江新区")
// param: depth: int = 1 (example: 2)
// param: limit: int = 200
// The pattern bounds the depth at 3 (a bound cannot be a parameter).
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
MATCH p = (e)-[:APPROVED_BY|ISSUED_BY|COVERS|PART_OF|LOCATED_IN|FOCUSES_ON|FINANCED_BY|IN_INDUSTRY|COORDINATED_BY|SUPERVISED_BY*1..3]-(:Entity)
WHERE length(p) <= $depth
WITH relationships(p) AS rels
UNWIND range(0, size(rels) - 1) AS i
WITH rels[i] AS r, min(i + 1) AS distance
WITH startNode(r) AS source, r, endNode(r) AS target, distance
ORDER BY distance, source.id, type(r), target.id
LIMIT $limit
RETURN source, r AS relationship, target, distance
