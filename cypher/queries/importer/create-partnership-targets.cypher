// As merge-partnership-targets.cypher, for rows whose partnership the same import has just created: the relationship
// cannot exist yet, so it is created without looking for it first.
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
CREATE (p)-[:TARGETS]->(t)
