// name: plans_covering_zone
// description: Plans that cover a zone, or a zone it is part of.
// param: zone: string (example: "两江新区")
MATCH (z:Entity) WHERE z.name = $zone OR $zone IN z.aliases
WITH DISTINCT z WHERE z:Zone
MATCH (z)-[:PART_OF*0..3]->(covered:Zone)<-[:COVERS]-(p:Plan)
RETURN DISTINCT p.name AS plan, p.kind AS kind, covered.name AS covered_zone
ORDER BY plan, covered_zone
