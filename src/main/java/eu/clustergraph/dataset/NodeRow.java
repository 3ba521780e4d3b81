package eu.clustergraph.dataset;

/** A row of a node file with its own {@code id}: clusters, companies, organisations, partnerships. */
public sealed interface NodeRow extends DatasetRow permits ClusterRow, CompanyRow, OrganisationRow, PartnershipRow {

	String id();

}
