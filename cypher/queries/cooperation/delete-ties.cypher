// Removes the derived cluster cooperation ties, before they are derived again from the current graph.
:param {}
MATCH (:Cluster)-[t:TIED_WITH]->(:Cluster)
DELETE t
