// What partnerships target: an ecosystem (row.label 'Ecosystem') or a value chain ('ValueChain').
:param {rows: [{from: 'PA001', to: 'MOB', label: 'Ecosystem'}, {from: 'PA001', to: 'BAT', label: 'ValueChain'}]}
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
CALL (row) {
  MATCH (t:Ecosystem {id: row.to})
  WHERE row.label = 'Ecosystem'
  RETURN t
  UNION ALL
  MATCH (t:ValueChain {id: row.to})
  WHERE row.label = 'ValueChain'
  RETURN t
}
MERGE (p)-[:TARGETS]->(t)
