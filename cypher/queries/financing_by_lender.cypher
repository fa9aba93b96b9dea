// name: financing_by_lender
// description: What a lender (by id, name or alias; or its branches) financed, per currency (unstated last): loans, how many state an amount, their sum in whole units.
// param: lender: string (example: "中国进出口银行重庆分行")
MATCH (b:Entity) WHERE b.id = $lender OR b.name = $lender OR $lender IN b.aliases
WITH DISTINCT b WHERE b:Enterprise
MATCH (:Entity)-[r:FINANCED_BY]->(:Enterprise)-[:PART_OF*0..2]->(b)
WITH r.currency AS currency, count(r) AS loans, count(r.amount_value) AS with_amount,
     toInteger(sum(coalesce(r.amount_value, 0))) AS total
RETURN currency, loans, with_amount, total
ORDER BY currency
