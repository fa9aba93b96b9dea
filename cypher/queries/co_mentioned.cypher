// name: co_mentioned
// description: Entities mentioned in the same documents as a given one (by id, name or alias), most shared documents first.
// param: name: string (example: "宗申集团")
// param: limit: int = 20
MATCH (e:Entity) WHERE e.id = $name OR e.name = $name OR $name IN e.aliases
WITH DISTINCT e
MATCH (e)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(other:Entity)
WHERE other <> e
RETURN other.name AS entity, [l IN labels(other) WHERE l <> 'Entity'][0] AS label, count(DISTINCT d) AS documents
ORDER BY documents DESC, entity, label
LIMIT $limit
