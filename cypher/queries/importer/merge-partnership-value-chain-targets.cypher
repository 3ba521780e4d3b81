// The value chains partnerships target.
:param {rows: [{from: 'PA001', to: 'BAT'}]}
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
MATCH (v:ValueChain {id: row.to})
MERGE (p)-[:TARGETS]->(v)
