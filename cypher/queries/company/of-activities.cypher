// A page of the companies whose main activity is each of a batch of NACE codes or a code below it, with their total:
// one row per code. The activity hierarchy is walked, so a section, division, group or class works alike.
:param {keys: ['27.2', 'C'], after: null, limit: 21, counted: true}
UNWIND $keys AS key
MATCH (a:Activity {code: key})
RETURN key,
       // counted only when totalCount is selected: the CASE never evaluates the subquery otherwise
       CASE WHEN $counted THEN COUNT { (a)<-[:PART_OF*0..3]-(:Activity)<-[:HAS_ACTIVITY]-(:Company) } END AS total,
       COLLECT { MATCH (a)<-[:PART_OF*0..3]-(:Activity)<-[:HAS_ACTIVITY]-(c:Company) WHERE $after IS NULL OR c.id > $after
                 RETURN c ORDER BY c.id LIMIT $limit } AS nodes
