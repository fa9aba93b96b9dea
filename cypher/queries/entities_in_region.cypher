// name: entities_in_region
// description: The plans, zones, firms and works in a region (province, prefecture or county; full or short name) and below it.
// param: region: string (example: "山东省")
// param: limit: int = 1000
MATCH (z:Zone)
WHERE z.name = $region OR $region IN z.aliases
   OR (size($region) >= 2 AND (z.name STARTS WITH $region OR z.province STARTS WITH $region
                               OR z.prefecture STARTS WITH $region))
OPTIONAL MATCH (inside:Entity)-[:LOCATED_IN|PART_OF*1..2]->(z)
OPTIONAL MATCH (plan:Plan)-[:COVERS]->(z)
WITH collect(DISTINCT z) + collect(DISTINCT inside) + collect(DISTINCT plan) AS found
UNWIND found AS e
WITH DISTINCT e WHERE e:Plan OR e:Zone OR e:Enterprise OR e:Project
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, e.adcode AS adcode
ORDER BY label, name
LIMIT $limit
