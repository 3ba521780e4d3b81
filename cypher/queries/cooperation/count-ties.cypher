// How many clusters and derived cooperation ties the graph holds, and how many ties lack a strength (derived by a
// version before tie strength): ties are derived again when clusters have none, or when any is of the old kind.
:param {}
RETURN COUNT { (:Cluster) } AS clusters, COUNT { (:Cluster)-[:TIED_WITH]->(:Cluster) } AS ties,
       COUNT { (:Cluster)-[t:TIED_WITH]->(:Cluster) WHERE t.strength IS NULL } AS withoutStrength
