package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/**
 * A company or organisation that is a member of a cluster ({@code memberships.csv}). Which of the two the member is
 * comes from the node files (or the graph), not from the row: {@code memberLabel} is null as read, and set by
 * {@link #of(String)} once known.
 */
public record MembershipRow(String memberId, String clusterId, Integer since, String memberLabel) implements LinkRow {

	public static MembershipRow read(CsvRow row) {
		return new MembershipRow(row.required("member_id"), row.required("cluster_id"), row.year("since"), null);
	}

	/** The membership of a member known to be a {@code Company} or an {@code Organisation}. */
	public MembershipRow of(String label) {
		return new MembershipRow(this.memberId, this.clusterId, this.since, label);
	}

	@Override
	public String from() {
		return this.memberId;
	}

	@Override
	public String to() {
		return this.clusterId;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.memberId), text(this.clusterId), number(this.since) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("from", this.memberId, "to", this.clusterId, "label", this.memberLabel, "properties",
				map("since", this.since));
	}

}
