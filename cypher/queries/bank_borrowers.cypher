// name: bank_borrowers
// description: Borrowers of a bank or of its branches, with instruments and amounts.
// param: bank: string (example: "中国进出口银行重庆分行")
// param: limit: int = 100
MATCH (b:Entity) WHERE b.name = $bank OR $bank IN b.aliases
WITH DISTINCT b WHERE b:Enterprise
MATCH (borrower:Entity)-[r:FINANCED_BY]->(lender:Enterprise)-[:PART_OF*0..2]->(b)
RETURN borrower.name AS borrower, [l IN labels(borrower) WHERE l <> 'Entity'][0] AS borrower_label,
       r.instrument AS instrument, r.amount AS amount, lender.name AS lender
ORDER BY borrower, lender
LIMIT $limit
