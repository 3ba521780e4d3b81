package eu.clustergraph.dataset;

import static eu.clustergraph.dataset.CsvFields.map;
import static eu.clustergraph.dataset.CsvFields.text;

import java.util.Map;

/** A value-chain stage a company is active in ({@code company_stages.csv}). */
public record CompanyStageRow(String companyId, String stageId) implements LinkRow {

	public static CompanyStageRow read(CsvRow row) {
		return new CompanyStageRow(row.required("company_id"), row.required("stage_id"));
	}

	@Override
	public String from() {
		return this.companyId;
	}

	@Override
	public String to() {
		return this.stageId;
	}

	@Override
	public String[] fields() {
		return new String[] { text(this.companyId), text(this.stageId) };
	}

	@Override
	public Map<String, Object> parameters() {
		return map("from", this.companyId, "to", this.stageId, "properties", Map.of());
	}

}
