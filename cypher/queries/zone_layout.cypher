// name: zone_layout
// description: The parts of a zone (zones, projects) with their roles, and the parts of those parts.
// param: zone: string (example: "国家数字经济创新发展试验区")
MATCH (z:Entity) WHERE z.name = $zone OR $zone IN z.aliases
WITH DISTINCT z
MATCH (part:Entity)-[r:PART_OF]->(whole:Entity)-[:PART_OF*0..2]->(z)
RETURN part.name AS part, [l IN labels(part) WHERE l <> 'Entity'][0] AS part_label, part.kind AS kind,
       r.role AS role, whole.name AS part_of
ORDER BY part_of, role, part
