// The cooperation partners of each of a batch of companies (ties are stored once per pair, read both ways).
:param {ids: ['CO000001', 'CO000002']}
UNWIND $ids AS id
MATCH (c:Company {id: id})-[r:COOPERATES_WITH]-(partner:Company)
RETURN id AS key, partner, r.type AS type, r.since AS since,
       coalesce(c.synthetic, false) OR coalesce(partner.synthetic, false) AS synthetic
ORDER BY key, partner.id
