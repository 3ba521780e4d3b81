// Links each NACE activity to the one above it (class -> group -> division -> section).
:param {rows: [{code: '27.20', parent: '27.2'}]}
UNWIND $rows AS row
MATCH (a:Activity {code: row.code})
MATCH (p:Activity {code: row.parent})
MERGE (a)-[:PART_OF]->(p)
