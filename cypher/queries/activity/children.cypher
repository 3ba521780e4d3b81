// The children of each of a batch of NACE activities, ordered by code.
:param {codes: ['C', '27.2']}
UNWIND $codes AS code
MATCH (:Activity {code: code})<-[:PART_OF]-(child:Activity)
RETURN code, child
ORDER BY code, child.code
