// How many clusters and derived cooperation ties the graph holds: ties are derived when clusters have none.
:param {}
RETURN COUNT { (:Cluster) } AS clusters, COUNT { (:Cluster)-[:TIED_WITH]->(:Cluster) } AS ties
