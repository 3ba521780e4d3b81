// What of the graph is real rather than generated, for the network report: real clusters, partnerships and
// agreements (both clusters real), and the strengths of the ties with real evidence (synthetic: false).
:param {}
RETURN COUNT { (c:Cluster) WHERE NOT coalesce(c.synthetic, false) } AS clusters,
       COUNT { (p:Partnership) WHERE NOT coalesce(p.synthetic, false) } AS partnerships,
       COUNT { (a:Cluster)-[:AGREEMENT_WITH]->(b:Cluster) WHERE NOT coalesce(a.synthetic, false) AND NOT coalesce(b.synthetic, false) } AS agreements,
       COLLECT { MATCH (:Cluster)-[t:TIED_WITH]->(:Cluster) WHERE t.synthetic = false RETURN t.strength } AS realTies
