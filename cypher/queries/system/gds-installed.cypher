// Whether the database has the Graph Data Science library: the network analytics run on its procedures. An
// external Neo4j may not have it; the service then starts without analytics.
:param {}
SHOW PROCEDURES YIELD name
WHERE name = 'gds.pageRank.mutate'
RETURN count(*) > 0 AS installed
