// name: shortest_path
// description: All shortest paths (MENTIONS left out, either direction) between two entities (each by id, name or alias), up to max_depth (at most 4) hops.
// param: source: string (example: "宗申集团")
// param: target: string (example: "重庆银保监局")
// param: max_depth: int = 4
// FalkorDB allows allShortestPaths only with both ends bound first (the WITH).
// The bound 4 keeps FalkorDB's one-sided search affordable on large graphs;
// max_depth filters after the search (a path predicate inside it makes Neo4j
// fall back to an exhaustive search).
MATCH (a:Entity) WHERE a.id = $source OR a.name = $source OR $source IN a.aliases
WITH DISTINCT a
MATCH (b:Entity) WHERE b.id = $target OR b.name = $target OR $target IN b.aliases
WITH DISTINCT a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[:APPROVED_BY|ISSUED_BY|COVERS|PART_OF|LOCATED_IN|FOCUSES_ON|FINANCED_BY|IN_INDUSTRY|COORDINATED_BY|SUPERVISED_BY*..4]-(b))
WITH p WHERE length(p) <= $max_depth
WITH p, reduce(key = '', x IN nodes(p) | key + x.id + '|') + reduce(key = '', r IN relationships(p) | key + type(r) + '|') AS key
ORDER BY key
RETURN [x IN nodes(p) | x.name] AS names, length(p) AS length, p AS path
