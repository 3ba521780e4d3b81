package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/**
 * A bilateral agreement of two clusters, such as a memorandum of understanding ({@code agreements.csv}):
 * undirected, stored and deduplicated smaller id first.
 */
public record AgreementRow(String clusterId, String partnerId, String kind, Integer since) implements LinkRow {

	public static AgreementRow read(CsvRow row) {
		return new AgreementRow(row.required("cluster_id"), row.required("partner_id"), row.text("kind"),
				row.year("since"));
	}

	@Override
	public String from() {
		return this.clusterId;
	}

	@Override
	public String to() {
		return this.partnerId;
	}

	@Override
	public String key() {
		return String.join("|", LinkRow.unordered(this.clusterId, this.partnerId));
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.clusterId), text(this.partnerId), text(this.kind), number(this.since) };
	}

	@Override
	public Map<String, Object> parameters() {
		String[] pair = LinkRow.unordered(this.clusterId, this.partnerId);
		return map("from", pair[0], "to", pair[1], "properties", map("kind", this.kind, "since",
				this.since));
	}

}
