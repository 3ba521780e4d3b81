// The cooperation partners of each of a batch of companies (ties are stored once per pair, read both ways).
:param {ids: ['CO000001', 'CO000002']}
UNWIND $ids AS id
MATCH (:Company {id: id})-[r:COOPERATES_WITH]-(partner:Company)
RETURN id AS key, partner, r.type AS type, r.since AS since
ORDER BY key, partner.id
