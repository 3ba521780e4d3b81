// Employment of cluster member companies by NUTS 2 region and NACE class: the base of location quotients when no
// regional activity is loaded (a dataset without regional_activity.csv).
:param {}
MATCH (co:Company)
WHERE co.employees > 0 AND EXISTS { (co)-[:MEMBER_OF]->(:Cluster) }
RETURN substring(co.region, 0, 4) AS region, co.nace AS nace, sum(co.employees) AS employees, count(*) AS companies
