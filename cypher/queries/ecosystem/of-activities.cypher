// The working-map ecosystems of each of a batch of NACE activities, heaviest first.
:param {codes: ['30.3', '29.1']}
UNWIND $codes AS code
MATCH (a:Activity {code: code})-[m:IN_ECOSYSTEM]->(e:Ecosystem)
RETURN code AS key, a, e, m.weight AS weight, m.basis AS basis
ORDER BY code, weight DESC, e.ordinal
