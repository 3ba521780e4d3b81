package eu.clustergraph.dataset;

import java.util.List;
import java.util.Optional;

/**
 * One file of a dataset: its name, its header in column order, its row record and the named queries that load it.
 * A file may be absent from a dataset (a real export may have no supply links); when present its header must have
 * exactly these columns.
 */
public enum DatasetFile {

	CLUSTERS("clusters.csv", "clusters", true, "id", "name", "acronym", "description", "founded", "legal_form",
			"staff_fte", "excellence_label", "website", "region", "synthetic", "source"),
	COMPANIES("companies.csv", "companies", true, "id", "name", "legal_form", "size_class", "employees",
			"turnover_eur", "founded", "is_sme", "region", "nace", "lon", "lat", "synthetic"),
	ORGANISATIONS("organisations.csv", "organisations", true, "id", "name", "type", "region", "synthetic"),
	PARTNERSHIPS("partnerships.csv", "partnerships", true, "id", "kind", "name", "programme", "start_year",
			"end_year", "synthetic"),
	// indicators and regional activity hang from reference nodes, which an import never creates: always merged
	INDICATORS("indicators.csv", "indicators", false, "region", "indicator", "year", "value", "unit", "source",
			"synthetic"),
	REGIONAL_ACTIVITY("regional_activity.csv", "regional-activity", false, "region", "division", "employees",
			"establishments", "source", "synthetic"),
	MEMBERSHIPS("memberships.csv", "memberships", true, "member_id", "cluster_id", "since"),
	CLUSTER_ECOSYSTEMS("cluster_ecosystems.csv", "cluster-ecosystems", true, "cluster_id", "ecosystem_id", "primary"),
	CLUSTER_STAGES("cluster_stages.csv", "cluster-stages", true, "cluster_id", "stage_id"),
	COMPANY_STAGES("company_stages.csv", "company-stages", true, "company_id", "stage_id"),
	COOPERATIONS("cooperations.csv", "cooperations", true, "company_id", "partner_id", "type", "since"),
	SUPPLIES("supplies.csv", "supplies", true, "supplier_id", "customer_id", "stage_id", "since"),
	PARTNERSHIP_MEMBERS("partnership_members.csv", "partnership-members", true, "partnership_id", "cluster_id", "role"),
	PARTNERSHIP_TARGETS("partnership_targets.csv", "partnership-targets", true, "partnership_id", "ecosystem_id",
			"value_chain_id"),
	AGREEMENTS("agreements.csv", "agreements", true, "cluster_id", "partner_id", "kind", "since");

	private final String fileName;

	private final String queries;

	private final boolean creates;

	private final List<String> header;

	DatasetFile(String fileName, String queries, boolean creates, String... header) {
		this.fileName = fileName;
		this.queries = queries;
		this.creates = creates;
		this.header = List.of(header);
	}

	public String fileName() {
		return this.fileName;
	}

	public List<String> header() {
		return this.header;
	}

	/** The named query that loads a batch of rows, each a {@code MERGE} on a constraint-backed key. */
	public String mergeQuery() {
		return "importer/merge-" + this.queries;
	}

	/**
	 * The named query for rows the import has proved new (their nodes, or a node of their relationship, were not
	 * stored before it): a {@code CREATE} without the look-up a {@code MERGE} makes. Empty for files that hang only
	 * from reference nodes.
	 */
	public Optional<String> createQuery() {
		return this.creates ? Optional.of("importer/create-" + this.queries) : Optional.empty();
	}

	/** The typed row of one record; what cannot be read is reported on the record. */
	public DatasetRow read(CsvRow row, boolean strictSizeClasses) {
		return switch (this) {
			case CLUSTERS -> ClusterRow.read(row);
			case COMPANIES -> CompanyRow.read(row, strictSizeClasses);
			case ORGANISATIONS -> OrganisationRow.read(row);
			case PARTNERSHIPS -> PartnershipRow.read(row);
			case INDICATORS -> IndicatorRow.read(row);
			case REGIONAL_ACTIVITY -> RegionalActivityRow.read(row);
			case MEMBERSHIPS -> MembershipRow.read(row);
			case CLUSTER_ECOSYSTEMS -> ClusterEcosystemRow.read(row);
			case CLUSTER_STAGES -> ClusterStageRow.read(row);
			case COMPANY_STAGES -> CompanyStageRow.read(row);
			case COOPERATIONS -> CooperationRow.read(row);
			case SUPPLIES -> SupplyRow.read(row);
			case PARTNERSHIP_MEMBERS -> PartnershipMemberRow.read(row);
			case PARTNERSHIP_TARGETS -> PartnershipTargetRow.read(row);
			case AGREEMENTS -> AgreementRow.read(row);
		};
	}

}
