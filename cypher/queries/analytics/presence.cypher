// Cluster presence in every EU region of NUTS level $level (0 for countries) of version $version: the clusters
// seated there, the distinct member companies located there (members of any of the clusters), their employees, the
// region's employment in the regional activity layer (its NUTS 2 regions summed) and its population where loaded.
// Among $clusters (the ids a typed filter matched), or all clusters when it is null. Regions without clusters are
// listed with zeros: they are half of any comparison.
:param {version: 2021, level: 2, clusters: null}
WITH CASE $level WHEN 0 THEN 2 WHEN 1 THEN 3 ELSE 4 END AS length
CALL (length) {
  MATCH (c:Cluster)
  WHERE $clusters IS NULL OR c.id IN $clusters
  WITH substring(c.region, 0, length) AS code, count(c) AS clusters
  RETURN apoc.map.fromPairs(collect([code, clusters])) AS clusters
}
CALL (length) {
  MATCH (c:Cluster)
  WHERE $clusters IS NULL OR c.id IN $clusters
  MATCH (c)<-[:MEMBER_OF]-(m:Company)
  WITH DISTINCT m
  WITH substring(m.region, 0, length) AS code, count(m) AS companies, sum(coalesce(m.employees, 0)) AS employees
  RETURN apoc.map.fromPairs(collect([code, [companies, employees]])) AS members
}
CALL (length) {
  MATCH (r:Region {version: $version, level: 2})-[e:EMPLOYS]->(:Activity)
  WITH substring(r.code, 0, length) AS code, sum(e.employees) AS employees
  RETURN apoc.map.fromPairs(collect([code, employees])) AS employment
}
MATCH (r:Region {version: $version, level: $level, eu: true})
RETURN r.code AS code, r.name AS name, coalesce(clusters[r.code], 0) AS clusters,
       coalesce(members[r.code][0], 0) AS companies, coalesce(members[r.code][1], 0) AS employees,
       employment[r.code] AS regionalEmployment, r.population AS population
ORDER BY code
