// Drops the weighted tie projections that are not in $keep: those of an older tie network, and the least recently
// made when more are cached than configured.
:param {keep: ['cluster-ties-example']}
CALL gds.graph.list() YIELD graphName
WITH graphName WHERE graphName STARTS WITH 'cluster-ties-' AND NOT graphName IN $keep
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
RETURN dropped
