// The value chains, ecosystems and NUTS 2 regions (of one version) that gaps refer to, which ecosystems each value
// chain draws on, and the tie network's version (the tie network read for proximity is kept until it changes).
:param {version: 2021}
RETURN COLLECT { MATCH (v:ValueChain) RETURN v ORDER BY v.ordinal } AS valueChains,
       COLLECT { MATCH (e:Ecosystem) RETURN e ORDER BY e.ordinal } AS ecosystems,
       COLLECT { MATCH (r:Region {version: $version, level: 2}) RETURN r ORDER BY r.code } AS regions,
       COLLECT { MATCH (v:ValueChain)-[:IN_ECOSYSTEM]->(e:Ecosystem) RETURN [v.id, e.id] AS pair } AS chainEcosystems,
       COLLECT { MATCH (n:TieNetwork {id: 'cluster-ties'}) RETURN n.version }[0] AS tieVersion
