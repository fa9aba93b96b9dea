// name: document_card
// description: One document by id: title and every property (source, published date, the page and offsets of an article).
// param: id: string (example: "000_023085569cee03f2")
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, properties(d) AS properties
