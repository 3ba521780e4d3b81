// The programme of each of a batch of partnerships.
:param {ids: ['PA001', 'PA002']}
UNWIND $ids AS id
MATCH (:Partnership {id: id})-[:OF_PROGRAMME]->(programme:PartnershipProgramme)
RETURN id AS key, programme
