// name: timeline
// description: An entity's (by id, name or alias) facts (approvals, issues, loans ...) in date order, undated last, with how each date is known (sentence or document); from and to bound the dates (ISO; to takes in a partial date, 2020 or 2020-06).
// param: name: string (example: "中国进出口银行重庆分行")
// param: from: string = null (example: "2020-01-01")
// param: to: string = null (example: "2020-12-31")
// param: limit: int = 500
MATCH (e:Entity) WHERE e.id = $name OR e.name = $name OR $name IN e.aliases
WITH DISTINCT e
MATCH (e)-[r]-(:Entity)
WHERE ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to OR r.date STARTS WITH $to)
RETURN r.date AS date, r.date_basis AS basis, startNode(r).name AS source, type(r) AS type,
       endNode(r).name AS target, r.amount AS amount, r.amount_value AS amount_value, r.currency AS currency,
       r.evidence_document AS documents
ORDER BY coalesce(r.date, '~'), type, source, target
LIMIT $limit
