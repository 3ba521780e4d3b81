// The nodes a batch of seed ids names: a cluster, company, organisation, partnership, ecosystem, value chain or stage
// id, a NUTS code (of the given version) or a NACE code. Seeds that name nothing are left out.
:param {seeds: ['CL00001', 'DE11', '27.20'], version: 2021}
UNWIND $seeds AS seed
CALL (seed) {
  MATCH (n:Cluster {id: seed}) RETURN n
  UNION
  MATCH (n:Company {id: seed}) RETURN n
  UNION
  MATCH (n:Organisation {id: seed}) RETURN n
  UNION
  MATCH (n:Partnership {id: seed}) RETURN n
  UNION
  MATCH (n:Ecosystem {id: seed}) RETURN n
  UNION
  MATCH (n:ValueChain {id: seed}) RETURN n
  UNION
  MATCH (n:Stage {id: seed}) RETURN n
  UNION
  MATCH (n:Region {code: seed, version: $version}) RETURN n
  UNION
  MATCH (n:Activity {code: seed}) RETURN n
}
RETURN seed, elementId(n) AS node
