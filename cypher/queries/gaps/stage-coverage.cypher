// Per stage of the chosen value chains (all when $valueChain is null): the countries with a cluster contributing to
// it, and the clusters and active companies in an area given as a NUTS or country code prefix (all when null).
:param {valueChain: 'BAT', area: 'DE'}
MATCH (v:ValueChain)-[:HAS_STAGE]->(s:Stage)
WHERE $valueChain IS NULL OR v.id = $valueChain
RETURN s {.*, valueChain: v.id} AS stage,
       COLLECT { MATCH (s)<-[:CONTRIBUTES_TO]-(c:Cluster) RETURN DISTINCT c.country AS country ORDER BY country } AS countries,
       COUNT { MATCH (s)<-[:CONTRIBUTES_TO]-(c:Cluster) WHERE c.region STARTS WITH coalesce($area, '') } AS areaClusters,
       COUNT { MATCH (s)<-[:ACTIVE_IN]-(co:Company) WHERE co.region STARTS WITH coalesce($area, '') } AS areaCompanies
ORDER BY s.id
