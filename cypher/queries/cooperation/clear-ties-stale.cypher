// Removes the mark of the clusters whose ties derive-ties has just derived again.
:param {}
MATCH (c:TiesStale)
REMOVE c:TiesStale
