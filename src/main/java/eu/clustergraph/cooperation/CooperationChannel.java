package eu.clustergraph.cooperation;

/** How two clusters are tied (see DESIGN.md, Cooperation); {@code MEMBERSHIP} links a company end to its cluster. */
enum CooperationChannel {

	SHARED_MEMBER("sharedMembers", "sharedMemberStrength"), PARTNERSHIP("partnerships", "partnershipStrength"),
	AGREEMENT("agreements", "agreementStrength"),
	MEMBER_COOPERATION("memberCooperations", "memberCooperationStrength"), MEMBERSHIP(null, null);

	/** The tie property that counts this channel's evidence; none for memberships. */
	final String evidenceProperty;

	/** The tie property holding the strength this channel's evidence gives; none for memberships. */
	final String strengthProperty;

	CooperationChannel(String evidenceProperty, String strengthProperty) {
		this.evidenceProperty = evidenceProperty;
		this.strengthProperty = strengthProperty;
	}

}
