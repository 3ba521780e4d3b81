package eu.clustergraph.cooperation;

/** How two clusters are tied (see DESIGN.md, Cooperation); {@code MEMBERSHIP} links a company end to its cluster. */
enum CooperationChannel {

	SHARED_MEMBER("sharedMembers"), PARTNERSHIP("partnerships"), AGREEMENT("agreements"),
	MEMBER_COOPERATION("memberCooperations"), MEMBERSHIP(null);

	/** The tie property that counts this channel's evidence; none for memberships. */
	final String evidenceProperty;

	CooperationChannel(String evidenceProperty) {
		this.evidenceProperty = evidenceProperty;
	}

}
