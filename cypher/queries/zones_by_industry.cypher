// name: zones_by_industry
// description: Zones focusing on an industry, directly or through a plan covering them.
// param: industry: string (example: "集成电路")
MATCH (i:Entity) WHERE i.name = $industry OR $industry IN i.aliases
WITH DISTINCT i WHERE i:Industry
MATCH (z:Zone)-[:COVERS*0..1]-(source:Entity)-[:FOCUSES_ON]->(i)
RETURN DISTINCT z.name AS zone, z.kind AS kind, CASE WHEN source = z THEN null ELSE source.name END AS via_plan
ORDER BY zone, via_plan
