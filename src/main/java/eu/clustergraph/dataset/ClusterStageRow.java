package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A value-chain stage a cluster contributes to ({@code cluster_stages.csv}). */
public record ClusterStageRow(String clusterId, String stageId) implements LinkRow {

	public static ClusterStageRow read(CsvRow row) {
		return new ClusterStageRow(row.required("cluster_id"), row.required("stage_id"));
	}

	@Override
	public String from() {
		return this.clusterId;
	}

	@Override
	public String to() {
		return this.stageId;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.clusterId), text(this.stageId) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("from", this.clusterId, "to", this.stageId, "properties", Map.of());
	}

}
