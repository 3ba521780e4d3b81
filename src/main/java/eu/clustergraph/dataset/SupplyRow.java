package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.number;
import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A company that supplies another at a value-chain stage ({@code supplies.csv}): directed, one per stage. */
public record SupplyRow(String supplierId, String customerId, String stageId, Integer since) implements LinkRow {

	public static SupplyRow read(CsvRow row) {
		return new SupplyRow(row.required("supplier_id"), row.required("customer_id"), row.required("stage_id"),
				row.year("since"));
	}

	@Override
	public String from() {
		return this.supplierId;
	}

	@Override
	public String to() {
		return this.customerId;
	}

	@Override
	public String key() {
		return this.supplierId + "|" + this.customerId + "|" + this.stageId;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.supplierId), text(this.customerId), text(this.stageId), number(this.since) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("from", this.supplierId, "to", this.customerId, "properties",
				map("stage", this.stageId, "since", this.since));
	}

}
