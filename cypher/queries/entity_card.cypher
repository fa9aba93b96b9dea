// name: entity_card
// description: One entity by its id (Label:name): label, name, kind, aliases, every property, the documents mentioning it.
// param: id: string (example: "Enterprise:中国进出口银行重庆分行")
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e)
WITH e, d ORDER BY d.id
WITH e, collect(d.id) AS documents
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, e.kind AS kind,
       e.aliases AS aliases, properties(e) AS properties, documents
