// name: entity_facts
// description: Every relationship of an entity given by id (MENTIONS left out), both directions, with the other end's id and the relationship's properties and evidence lists.
// param: id: string (example: "Zone:重庆高新区")
MATCH (e:Entity {id: $id})-[r]-(other:Entity)
RETURN type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other.id AS other_id, other.name AS other, [l IN labels(other) WHERE l <> 'Entity'][0] AS other_label,
       properties(r) AS properties
ORDER BY type, direction DESC, other_id
