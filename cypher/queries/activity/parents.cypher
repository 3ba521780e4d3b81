// The parent of each of a batch of NACE activities.
:param {codes: ['27.20', '01.1']}
UNWIND $codes AS code
MATCH (:Activity {code: code})-[:PART_OF]->(parent:Activity)
RETURN code, parent
