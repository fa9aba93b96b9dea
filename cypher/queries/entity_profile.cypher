// name: entity_profile
// description: An entity's (by id, name or alias) label, kind, aliases, the documents mentioning it and its number of relationships.
// param: name: string (example: "中国进出口银行重庆分行")
MATCH (e:Entity) WHERE e.id = $name OR e.name = $name OR $name IN e.aliases
WITH DISTINCT e
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e)
WITH e, d ORDER BY d.id
WITH e, collect(d.id) AS documents
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.kind AS kind,
       e.aliases AS aliases, documents, size([(e)-[r]-(:Entity) | r]) AS relationships
ORDER BY id
