// The NUTS 2 regions that host a cluster organisation of each ecosystem, and the NACE codes each ecosystem's
// working map covers.
:param {}
RETURN COLLECT { MATCH (c:Cluster)-[:IN_ECOSYSTEM]->(e:Ecosystem)
                 RETURN DISTINCT substring(c.region, 0, 4) + ' ' + e.id AS presence } AS presence,
       COLLECT { MATCH (a:Activity)-[:IN_ECOSYSTEM]->(e:Ecosystem) RETURN [a.code, e.id] AS mapping } AS map
