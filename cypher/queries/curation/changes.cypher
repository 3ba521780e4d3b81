// A page of audited changes, oldest first: after a sequence number, and from a time on when given.
:param {after: 0, since: null, limit: 21}
MATCH (change:Change)
WHERE change.sequence > $after AND ($since IS NULL OR change.at >= datetime($since))
RETURN change {.*} AS change
ORDER BY change.sequence
LIMIT $limit
