// name: search_entities
// description: Entities whose name or an alias contains a text; exact matches first, then those starting with it.
// param: text: string (example: "进出口银行")
// param: label: string = null (example: "Enterprise")
// param: limit: int = 50
// search_names (name and aliases in one string) has a text index on Neo4j, so the CONTAINS on it is a seek,
// not a scan of every entity; the test on the name and each alias then drops matches across the joins.
// Only the rank and the name are computed before the sort and the limit: a short text can match
// tens of thousands of entities, and the rest of each row is wanted for the few shown.
MATCH (e:Entity)
WHERE e.search_names CONTAINS $text AND (e.name CONTAINS $text OR any(a IN e.aliases WHERE a CONTAINS $text))
  AND ($label IS NULL OR $label IN labels(e))
WITH e, CASE WHEN e.name = $text OR $text IN e.aliases THEN 0
             WHEN e.name STARTS WITH $text OR any(a IN e.aliases WHERE a STARTS WITH $text) THEN 1 ELSE 2 END AS rank
ORDER BY rank, e.name, e.id
LIMIT $limit
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.kind AS kind, e.aliases AS aliases, rank,
       e.id AS id
