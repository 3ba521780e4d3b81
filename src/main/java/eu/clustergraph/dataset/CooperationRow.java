package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/**
 * Two companies that cooperate ({@code cooperations.csv}): undirected, stored and deduplicated smaller id first.
 */
public record CooperationRow(String companyId, String partnerId, String type, Integer since) implements LinkRow {

	public static CooperationRow read(CsvRow row) {
		return new CooperationRow(row.required("company_id"), row.required("partner_id"),
				row.requiredOneOf("type", Vocabulary.COOPERATION_TYPES), row.year("since"));
	}

	@Override
	public String from() {
		return this.companyId;
	}

	@Override
	public String to() {
		return this.partnerId;
	}

	@Override
	public String key() {
		return String.join("|", LinkRow.unordered(this.companyId, this.partnerId));
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.companyId), text(this.partnerId), text(this.type), number(this.since) };
	}

	@Override
	public Map<String, Object> parameters() {
		String[] pair = LinkRow.unordered(this.companyId, this.partnerId);
		return map("from", pair[0], "to", pair[1], "properties", map("type", this.type, "since",
				this.since));
	}

}
