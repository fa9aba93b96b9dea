// name: relation_links
// description: Every relationship between entities (MENTIONS left out) as source id, type and target id: the graph for network analytics.
// param: limit: int = 1000000
MATCH (s:Entity)-[r]->(t:Entity)
RETURN s.id AS source, type(r) AS type, t.id AS target
ORDER BY source, type, target
LIMIT $limit
