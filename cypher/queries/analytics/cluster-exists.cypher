// Whether a cluster with id $id exists: an unknown id is the caller's error, not an empty answer.
:param {id: 'CL00001'}
RETURN EXISTS { (:Cluster {id: $id}) } AS exists
