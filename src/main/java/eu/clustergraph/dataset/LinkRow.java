package eu.clustergraph.dataset;

/**
 * A row of a relationship file: from the node or code in its first column to the one in its second.
 */
public sealed interface LinkRow extends DatasetRow permits MembershipRow, ClusterEcosystemRow, ClusterStageRow,
		CompanyStageRow, CooperationRow, SupplyRow, PartnershipMemberRow, PartnershipTargetRow, AgreementRow {

	String from();

	String to();

	/**
	 * What makes the row a duplicate of another in its file: the pair as given for directed relationships, the
	 * unordered pair (smaller id first, as stored) for the others.
	 */
	default String key() {
		return from() + "|" + to();
	}

	/** The pair smaller id first: how an undirected relationship is stored and deduplicated. */
	static String[] unordered(String a, String b) {
		return (a.compareTo(b) > 0) ? new String[] { b, a } : new String[] { a, b };
	}

}
