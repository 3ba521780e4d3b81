// Removes a membership and recounts the cluster's members.
:param {member: 'CO000001', cluster: 'CL00001'}
MATCH (c:Cluster {id: $cluster})<-[r:MEMBER_OF]-(m)
WHERE m.id = $member
DELETE r
WITH DISTINCT c
SET c.memberCount = COUNT { (c)<-[:MEMBER_OF]-() },
    c.companyCount = COUNT { (c)<-[:MEMBER_OF]-(:Company) }
