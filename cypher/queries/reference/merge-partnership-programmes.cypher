// Creates or updates the EU cluster partnership programmes (Euroclusters, ESCP, INNOSUP).
:param {rows: [{id: 'EXAMPLE', properties: {name: 'Example programme'}}]}
UNWIND $rows AS row
MERGE (p:PartnershipProgramme {id: row.id})
SET p += row.properties
