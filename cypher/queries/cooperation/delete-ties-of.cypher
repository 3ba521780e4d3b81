// Removes the derived cooperation ties of the clusters marked :TiesStale (mark-ties-stale), before derive-ties
// derives them again from the current graph: an import touches a few clusters, and only their ties change.
:param {}
MATCH (:TiesStale)-[t:TIED_WITH]-(:Cluster)
WITH DISTINCT t
DELETE t
