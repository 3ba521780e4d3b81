package eu.clustergraph.cooperation;

import java.util.List;

import eu.clustergraph.company.Company;
import eu.clustergraph.partnership.Partnership;
import eu.clustergraph.valuechain.Stage;

/**
 * A cooperation path; see {@code graphql/cooperation.graphqls}.
 *
 * @param nodes the parties from start to end: clusters, and a company at an end that is one
 * @param weight the weakest hop's weight
 */
record CooperationPath(int length, int weight, List<Object> nodes, List<Hop> hops) {

	/**
	 * One hop.
	 *
	 * @param weight the pieces of evidence on the chosen channels (1 for a membership)
	 * @param evidence at most {@link CooperationPaths#EVIDENCE_PER_CHANNEL} items per channel
	 */
	record Hop(Object from, Object to, List<CooperationChannel> channels, int weight, List<Evidence> evidence) {
	}

	/** One fact behind a hop; which fields are set depends on the channel. */
	record Evidence(CooperationChannel channel, Object member, Partnership partnership, String agreementKind,
			Company company, Company partner, String link, Stage stage, Integer since) {

		static Evidence membership(Company company, Integer since) {
			return new Evidence(CooperationChannel.MEMBERSHIP, company, null, null, null, null, null, null, since);
		}

	}

}
