package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.bool;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** One of the industrial ecosystems a cluster works in ({@code cluster_ecosystems.csv}); one is its primary. */
public record ClusterEcosystemRow(String clusterId, String ecosystemId, boolean primary) implements LinkRow {

	public static ClusterEcosystemRow read(CsvRow row) {
		return new ClusterEcosystemRow(row.required("cluster_id"), row.required("ecosystem_id"),
				row.bool("primary", false));
	}

	@Override
	public String from() {
		return this.clusterId;
	}

	@Override
	public String to() {
		return this.ecosystemId;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.clusterId), text(this.ecosystemId), bool(this.primary) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("from", this.clusterId, "to", this.ecosystemId, "properties",
				map("primary", this.primary));
	}

}
