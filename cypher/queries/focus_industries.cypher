// name: focus_industries
// description: Industries a zone or plan focuses on, directly or through the plan covering it (or the zone it covers).
// param: name: string (example: "国家数字经济创新发展试验区")
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
WITH DISTINCT e
MATCH (e)-[:COVERS*0..1]-(source:Entity)-[:FOCUSES_ON]->(i:Industry)
RETURN DISTINCT i.name AS industry, source.name AS stated_for,
       CASE WHEN source = e THEN 'direct' ELSE 'covers' END AS via
ORDER BY industry, stated_for
