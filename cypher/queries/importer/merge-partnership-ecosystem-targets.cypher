// The ecosystems partnerships target.
:param {rows: [{from: 'PA001', to: 'MOB'}]}
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
MATCH (e:Ecosystem {id: row.to})
MERGE (p)-[:TARGETS]->(e)
