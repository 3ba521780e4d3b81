// The value-chain stages companies are active in.
:param {rows: [{from: 'CO000001', to: 'BAT-3', properties: {}}]}
UNWIND $rows AS row
MATCH (c:Company {id: row.from})
MATCH (s:Stage {id: row.to})
MERGE (c)-[:ACTIVE_IN]->(s)
