// Clusters and their member companies, grouped by $groupBy: among $clusters (the ids a typed filter matched), or
// among all clusters when it is null. CASE evaluates only the branch of the grouping asked for.
:param {version: 2021, groupBy: 'COUNTRY', clusters: null}
MATCH (c:Cluster)
WHERE $clusters IS NULL OR c.id IN $clusters
OPTIONAL MATCH (c)<-[membership:MEMBER_OF]-(m:Company)
UNWIND CASE $groupBy
  WHEN 'COUNTRY' THEN [c.country]
  WHEN 'NUTS1' THEN [substring(c.region, 0, 3)]
  WHEN 'NUTS2' THEN [substring(c.region, 0, 4)]
  WHEN 'ECOSYSTEM' THEN [(c)-[:IN_ECOSYSTEM]->(e:Ecosystem) | e.id]
  WHEN 'SIZE_CLASS' THEN [m.sizeClass]
  WHEN 'LABEL' THEN [c.excellenceLabel]
  WHEN 'STAGE' THEN [(c)-[:CONTRIBUTES_TO]->(s:Stage) | s.id]
  WHEN 'VALUE_CHAIN' THEN apoc.coll.toSet([(c)-[:CONTRIBUTES_TO]->(:Stage)<-[:HAS_STAGE]-(v:ValueChain) | v.id])
  WHEN 'PROVENANCE' THEN [CASE WHEN coalesce(c.synthetic, false) THEN 'SYNTHETIC' ELSE 'REAL' END]
END AS key
WITH key, c, membership, m
WHERE key IS NOT NULL
WITH key, collect(DISTINCT c) AS clusters, collect(DISTINCT m) AS companies, collect(DISTINCT membership) AS memberships
RETURN key,
       CASE
         WHEN $groupBy IN ['COUNTRY', 'NUTS1', 'NUTS2']
           THEN COLLECT { MATCH (r:Region {code: key, version: $version}) RETURN r.name }[0]
         WHEN $groupBy = 'ECOSYSTEM' THEN COLLECT { MATCH (e:Ecosystem {id: key}) RETURN e.name }[0]
         WHEN $groupBy = 'STAGE' THEN COLLECT { MATCH (s:Stage {id: key}) RETURN s.name }[0]
         WHEN $groupBy = 'VALUE_CHAIN' THEN COLLECT { MATCH (v:ValueChain {id: key}) RETURN v.name }[0]
         ELSE key
       END AS name,
       size(clusters) AS clusters, size(companies) AS companies, size(memberships) AS memberships,
       reduce(total = 0.0, company IN companies | total + coalesce(company.employees, 0)) AS employees,
       CASE size(companies) WHEN 0 THEN null
         ELSE toFloat(size([company IN companies WHERE company.isSme])) / size(companies) END AS smeShare
ORDER BY key
