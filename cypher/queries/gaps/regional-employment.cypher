// Employment of the whole regional economy by NUTS 2 region and NACE division (regional_activity.csv): the base of
// the location quotients of unorganised strengths.
:param {}
MATCH (r:Region)-[e:EMPLOYS]->(a:Activity)
RETURN r.code AS region, a.code AS division, e.employees AS employees, e.establishments AS establishments
ORDER BY region, division
