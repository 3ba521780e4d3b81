package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/**
 * What a partnership targets ({@code partnership_targets.csv}): an ecosystem or a value chain, exactly one per row.
 */
public record PartnershipTargetRow(String partnershipId, String ecosystemId, String valueChainId) implements LinkRow {

	public static PartnershipTargetRow read(CsvRow row) {
		PartnershipTargetRow target = new PartnershipTargetRow(row.required("partnership_id"), row.text("ecosystem_id"),
				row.text("value_chain_id"));
		if ((target.ecosystemId == null) == (target.valueChainId == null)) {
			row.problem(null, "give exactly one of ecosystem_id and value_chain_id");
		}
		return target;
	}

	@Override
	public String from() {
		return this.partnershipId;
	}

	/** The ecosystem or the value chain. */
	@Override
	public String to() {
		return (this.ecosystemId != null) ? this.ecosystemId : this.valueChainId;
	}

	/** {@code Ecosystem} or {@code ValueChain}: the label of {@link #to()}. */
	public String targetLabel() {
		return (this.ecosystemId != null) ? "Ecosystem" : "ValueChain";
	}

	@Override
	public String key() {
		return this.partnershipId + "|" + this.ecosystemId + "|" + this.valueChainId;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.partnershipId), text(this.ecosystemId), text(this.valueChainId) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("from", this.partnershipId, "to", to(), "label", targetLabel());
	}

}
