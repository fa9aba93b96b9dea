// name: zone_industries
// description: Every zone-industry pair: the zone focuses on the industry, directly or through a plan covering it (zones_by_industry for all industries at once).
// param: limit: int = 10000
MATCH (z:Zone)-[:COVERS*0..1]-(source:Entity)-[:FOCUSES_ON]->(i:Industry)
RETURN DISTINCT z.name AS zone, i.name AS industry, CASE WHEN source = z THEN null ELSE source.name END AS via_plan
ORDER BY zone, industry, via_plan
LIMIT $limit
