// The node labels and relationship types in the graph, to check a subgraph's filters against.
:param {}
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
RETURN labels, collect(relationshipType) AS types
