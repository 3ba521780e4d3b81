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
 * @param strength the product of the hops' strengths
 * @param cost the sum of the hops' costs, -ln(strength) each
 */
record CooperationPath(int length, int weight, double strength, double cost, List<Object> nodes, List<Hop> hops) {

	/**
	 * One hop.
	 *
	 * @param weight the pieces of evidence on the chosen channels (1 for a membership)
	 * @param strength the tie's strength over the chosen channels (1 for a membership)
	 * @param strengthParts the strength each chosen channel's evidence gives
	 * @param evidence at most {@link CooperationPaths#EVIDENCE_PER_CHANNEL} items per channel
	 * @param synthetic whether the hop rests on generated data only
	 */
	record Hop(Object from, Object to, List<CooperationChannel> channels, int weight, double strength,
			List<StrengthPart> strengthParts, List<Evidence> evidence, boolean synthetic) {
	}

	/** What one channel adds to a tie: its pieces of evidence and the strength they give. */
	record StrengthPart(CooperationChannel channel, int evidence, double strength) {
	}

	/** One fact behind a hop; which fields are set depends on the channel. */
	record Evidence(CooperationChannel channel, Object member, Partnership partnership, String agreementKind,
			Company company, Company partner, String link, Stage stage, Integer since) {

		static Evidence membership(Company company, Integer since) {
			return new Evidence(CooperationChannel.MEMBERSHIP, company, null, null, null, null, null, null, since);
		}

	}

}
