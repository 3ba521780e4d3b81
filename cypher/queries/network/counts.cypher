// How many bilateral agreements and partnerships the graph holds, for the network report.
:param {}
RETURN COUNT { (:Cluster)-[:AGREEMENT_WITH]->(:Cluster) } AS agreements, COUNT { (:Partnership) } AS partnerships
