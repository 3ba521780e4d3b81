// Which of these ids exist already with this label (references a dataset does not define itself).
// Each branch is an index seek on its label's id constraint, and only the branch of $label returns rows.
:param {label: 'Company', ids: ['CO000001', 'CO999999']}
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Cluster {id: id}) WHERE $label = 'Cluster' RETURN n
  UNION
  MATCH (n:Company {id: id}) WHERE $label = 'Company' RETURN n
  UNION
  MATCH (n:Organisation {id: id}) WHERE $label = 'Organisation' RETURN n
  UNION
  MATCH (n:Partnership {id: id}) WHERE $label = 'Partnership' RETURN n
}
RETURN n.id AS code
