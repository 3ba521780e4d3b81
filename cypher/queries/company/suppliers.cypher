// The suppliers of each of a batch of companies, with the supplier's value-chain stage.
:param {ids: ['CO000001', 'CO000002']}
UNWIND $ids AS id
MATCH (c:Company {id: id})<-[r:SUPPLIES]-(other:Company)
OPTIONAL MATCH (s:Stage {id: r.stage})<-[:HAS_STAGE]-(v:ValueChain)
RETURN id AS key, other, s, v.id AS valueChain, r.since AS since,
       coalesce(c.synthetic, false) OR coalesce(other.synthetic, false) AS synthetic
ORDER BY key, other.id
