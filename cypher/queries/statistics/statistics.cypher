// Clusters matching a filter and their member companies, grouped. The statistics feature fills the slots with
// fixed fragments (the filter, the list of group keys of a cluster or membership, and the display name of a key);
// as written, by country.
:param {version: 2021}
MATCH (c:Cluster)
WHERE /*{filter}*/true
OPTIONAL MATCH (c)<-[membership:MEMBER_OF]-(m:Company)
UNWIND /*{group}*/[c.country] AS key
WITH key, c, membership, m
WHERE key IS NOT NULL
WITH key, collect(DISTINCT c) AS clusters, collect(DISTINCT m) AS companies, collect(DISTINCT membership) AS memberships
RETURN key, /*{name}*/key AS name, size(clusters) AS clusters, size(companies) AS companies, size(memberships) AS memberships,
       reduce(total = 0.0, company IN companies | total + coalesce(company.employees, 0)) AS employees,
       CASE size(companies) WHEN 0 THEN null
         ELSE toFloat(size([company IN companies WHERE company.isSme])) / size(companies) END AS smeShare
ORDER BY key
