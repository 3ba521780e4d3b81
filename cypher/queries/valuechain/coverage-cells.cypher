// The stage x area matrix of one value chain: per stage and area (the first $length characters of the NUTS code:
// 2 for countries, 4 for NUTS 2 regions), the clusters contributing to the stage and the companies active in it
// with their employees, and the area's name.
:param {id: 'BAT', length: 2, version: 2021}
MATCH (v:ValueChain {id: $id})-[:HAS_STAGE]->(s:Stage)
CALL (s) {
  MATCH (s)<-[:ACTIVE_IN]-(co:Company)
  RETURN substring(co.region, 0, $length) AS area, count(co) AS companies,
         sum(coalesce(co.employees, 0)) AS employees, 0 AS clusters
  UNION ALL
  MATCH (s)<-[:CONTRIBUTES_TO]-(c:Cluster)
  RETURN substring(c.region, 0, $length) AS area, 0 AS companies, 0 AS employees, count(c) AS clusters
}
WITH v, s, area, sum(companies) AS companies, sum(employees) AS employees, sum(clusters) AS clusters
RETURN s {.*, valueChain: v.id} AS stage, area, companies, employees, clusters,
       COLLECT { MATCH (r:Region {code: area, version: $version}) RETURN r.name }[0] AS areaName
ORDER BY s.ordinal, area
