// name: lenders
// description: Lenders of an enterprise or project, with instruments, amounts and the lender's head office.
// param: name: string (example: "重庆市南部新城产业投资集团")
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
WITH DISTINCT e
MATCH (e)-[r:FINANCED_BY]->(lender:Enterprise)
OPTIONAL MATCH (lender)-[:PART_OF]->(head:Enterprise)
RETURN lender.name AS lender, r.instrument AS instrument, r.amount AS amount, head.name AS head_office
ORDER BY lender, head_office
