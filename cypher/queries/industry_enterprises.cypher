// name: industry_enterprises
// description: Enterprises in an industry.
// param: industry: string (example: "医药产业")
// param: limit: int = 100
MATCH (i:Entity) WHERE i.name = $industry OR $industry IN i.aliases
WITH DISTINCT i WHERE i:Industry
MATCH (x:Enterprise)-[:IN_INDUSTRY]->(i)
RETURN x.name AS enterprise, x.kind AS kind
ORDER BY enterprise
LIMIT $limit
