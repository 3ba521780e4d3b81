// Writes ties derived outside the graph from an import's rows (importer/ImportedTies, as importer/BulkTies for the
// bulk first start), for an import that proved every piece of their evidence lies among the nodes it created: the
// clusters are new, so none of them has a tie yet. Each tie carries the properties derive-ties.cypher would give it;
// BulkFirstStartIT compares the two.
:param {ties: [{from: 'CL00001', to: 'CL00002', properties: {channels: ['AGREEMENT'], agreements: 1, strength: 0.9}}]}
UNWIND $ties AS tie
MATCH (a:Cluster {id: tie.from})
MATCH (b:Cluster {id: tie.to})
CREATE (a)-[t:TIED_WITH]->(b)
SET t += tie.properties
