package eu.clustergraph.dataset;

import java.util.List;

/**
 * One file of a dataset: its name and its header, in column order. A file may be absent from a dataset (a real
 * export may have no supply links); when present its header must be exactly this.
 */
public enum DatasetFile {

	CLUSTERS("clusters.csv", "id", "name", "acronym", "description", "founded", "legal_form", "staff_fte",
			"excellence_label", "website", "region", "synthetic", "source"),
	COMPANIES("companies.csv", "id", "name", "legal_form", "size_class", "employees", "turnover_eur", "founded",
			"is_sme", "region", "nace", "lon", "lat", "synthetic"),
	ORGANISATIONS("organisations.csv", "id", "name", "type", "region", "synthetic"),
	PARTNERSHIPS("partnerships.csv", "id", "kind", "name", "programme", "start_year", "end_year", "synthetic"),
	INDICATORS("indicators.csv", "region", "indicator", "year", "value", "unit", "source", "synthetic"),
	REGIONAL_ACTIVITY("regional_activity.csv", "region", "division", "employees", "establishments", "source",
			"synthetic"),
	MEMBERSHIPS("memberships.csv", "member_id", "cluster_id", "since"),
	CLUSTER_ECOSYSTEMS("cluster_ecosystems.csv", "cluster_id", "ecosystem_id", "primary"),
	CLUSTER_STAGES("cluster_stages.csv", "cluster_id", "stage_id"),
	COMPANY_STAGES("company_stages.csv", "company_id", "stage_id"),
	COOPERATIONS("cooperations.csv", "company_id", "partner_id", "type", "since"),
	SUPPLIES("supplies.csv", "supplier_id", "customer_id", "stage_id", "since"),
	PARTNERSHIP_MEMBERS("partnership_members.csv", "partnership_id", "cluster_id", "role"),
	PARTNERSHIP_TARGETS("partnership_targets.csv", "partnership_id", "ecosystem_id", "value_chain_id"),
	AGREEMENTS("agreements.csv", "cluster_id", "partner_id", "kind", "since");

	private final String fileName;

	private final List<String> header;

	DatasetFile(String fileName, String... header) {
		this.fileName = fileName;
		this.header = List.of(header);
	}

	public String fileName() {
		return this.fileName;
	}

	public List<String> header() {
		return this.header;
	}

}
