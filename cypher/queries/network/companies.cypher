// The member companies by size class and by how many clusters they belong to, with how their memberships lie
// relative to each cluster's seat (same NUTS 2 region, elsewhere in the country, abroad): the calibration facts of
// the network report.
:param {}
MATCH (co:Company)
WITH co, COLLECT { MATCH (co)-[:MEMBER_OF]->(c:Cluster) RETURN c.region } AS seats
RETURN co.sizeClass AS sizeClass, size(seats) AS clusters, count(*) AS companies,
       sum(size([seat IN seats WHERE substring(seat, 0, 4) = substring(co.region, 0, 4)])) AS sameRegion,
       sum(size([seat IN seats WHERE substring(seat, 0, 4) <> substring(co.region, 0, 4) AND substring(seat, 0, 2) = co.country])) AS sameCountry,
       sum(size([seat IN seats WHERE substring(seat, 0, 2) <> co.country])) AS abroad
ORDER BY sizeClass, clusters
