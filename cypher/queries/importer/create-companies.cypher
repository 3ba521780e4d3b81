// As merge-companies.cypher, for companies the graph does not hold yet (the importer has looked): created, with no
// old region or activity edge to remove.
:param {nutsVersion: 2021, rows: [{id: 'COX', region: 'DE111', nace: '27.20', properties: {name: 'Example'}}]}
UNWIND $rows AS row
MATCH (r:Region {code: row.region, version: $nutsVersion})
MATCH (a:Activity {code: row.nace})
CREATE (c:Company {id: row.id})
SET c += row.properties, c.region = row.region, c.country = substring(row.region, 0, 2), c.nace = row.nace,
    c.naceSection = a.section
CREATE (c)-[:LOCATED_IN]->(r)
CREATE (c)-[:HAS_ACTIVITY]->(a)
