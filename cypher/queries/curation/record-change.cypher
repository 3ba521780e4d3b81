// Audits a change in the transaction that makes it: the next sequence number from the one change log node (which
// also serialises concurrent curators), who, when, what, and the states before and after as JSON text.
:param {by: 'curator', action: 'UPDATE', kind: 'CLUSTER', target: 'CL00001', before: '{}', after: '{}'}
MERGE (log:ChangeLog {id: 'changes'})
ON CREATE SET log.last = 0
SET log.last = log.last + 1
CREATE (change:Change {sequence: log.last, at: datetime(), by: $by, action: $action, kind: $kind, target: $target,
                       before: $before, after: $after})
RETURN change {.*} AS change
