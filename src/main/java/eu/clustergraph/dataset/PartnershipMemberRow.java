package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A cluster in a partnership, as its coordinator or a partner ({@code partnership_members.csv}). */
public record PartnershipMemberRow(String partnershipId, String clusterId, String role) implements LinkRow {

	public static PartnershipMemberRow read(CsvRow row) {
		return new PartnershipMemberRow(row.required("partnership_id"), row.required("cluster_id"),
				row.oneOf("role", Vocabulary.PARTNERSHIP_ROLES));
	}

	@Override
	public String from() {
		return this.partnershipId;
	}

	@Override
	public String to() {
		return this.clusterId;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.partnershipId), text(this.clusterId), text(this.role) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("from", this.partnershipId, "to", this.clusterId, "properties",
				map("role", this.role));
	}

}
