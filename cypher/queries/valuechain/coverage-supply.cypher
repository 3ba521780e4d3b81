// The supply links of one value chain between each pair of stages s -> t (s feeds t): links carry the supplier's
// stage, and the customer is active in t; counted by supplier and customer country.
:param {id: 'BAT'}
MATCH (v:ValueChain {id: $id})-[:HAS_STAGE]->(s:Stage)-[:FEEDS]->(t:Stage)
MATCH (x:Company)-[l:SUPPLIES {stage: s.id}]->(y:Company)
WHERE EXISTS { (y)-[:ACTIVE_IN]->(t) }
RETURN s {.*, valueChain: v.id} AS from, t {.*, valueChain: v.id} AS to, x.country AS supplier,
       y.country AS customer, count(l) AS links
ORDER BY from.ordinal, to.ordinal, supplier, customer
