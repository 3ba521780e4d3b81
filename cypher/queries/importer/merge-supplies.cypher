// Supply links along the value chains, directed from supplier to customer, one per stage.
:param {rows: [{from: 'CO000001', to: 'CO000002', properties: {stage: 'BAT-2', since: 2020}}]}
UNWIND $rows AS row
MATCH (a:Company {id: row.from})
MATCH (b:Company {id: row.to})
MERGE (a)-[r:SUPPLIES {stage: row.properties.stage}]->(b)
SET r += row.properties
