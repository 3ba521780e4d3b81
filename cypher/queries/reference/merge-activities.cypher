// Creates or updates NACE Rev. 2 activities (sections, divisions, groups, classes) with their notes.
:param {rows: [{code: '99.99', parent: '99.9', properties: {level: 4, levelName: 'class', section: 'U', name: 'Example'}}]}
UNWIND $rows AS row
MERGE (a:Activity {code: row.code})
SET a += row.properties
