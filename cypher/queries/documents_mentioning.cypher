// name: documents_mentioning
// description: Documents that mention an entity (by id, name or alias), with how often.
// param: name: string (example: "人工智能")
// param: limit: int = 100
MATCH (e:Entity) WHERE e.id = $name OR e.name = $name OR $name IN e.aliases
WITH DISTINCT e
MATCH (d:Document)-[m:MENTIONS]->(e)
RETURN d.id AS document, d.title AS title, size(m.starts) AS mentions
ORDER BY document
LIMIT $limit
