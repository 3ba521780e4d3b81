package eu.clustergraph.company;

import eu.clustergraph.valuechain.Stage;

/** A company's ties to other companies, as the API shows them. */
final class Ties {

	private Ties() {
	}

	/** A cooperation with another company. */
	record Cooperation(Company company, String type, Integer since, boolean synthetic) {
	}

	/** A supply link with another company, at the supplier's stage. */
	record SupplyLink(Company company, Stage stage, Integer since, boolean synthetic) {
	}

}
