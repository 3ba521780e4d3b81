package eu.clustergraph.cooperation;

import java.util.List;

import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

/**
 * The strength of a tie over a choice of channels, as {@code cypher/queries/cooperation/derive-ties.cypher} defines
 * it per channel: 1 - product of (1 - p) over the chosen channels. The statements that filter by strength get the
 * chosen channels' strength properties and recombine them, so leaving a channel out never counts its evidence.
 */
public final class TieStrength {

	private TieStrength() {
	}

	/** The tie properties holding the chosen channels' strengths, in channel order. */
	public static List<String> properties(List<String> channels) {
		return channels.stream().map(channel -> CooperationChannel.valueOf(channel).strengthProperty).toList();
	}

	/**
	 * The minimum strength of a request: the argument when given (above 0, at most 1: a tie always has some
	 * strength), else the configured default.
	 */
	public static double minimum(Double argument, double configured, String name) {
		if (argument == null) {
			return configured;
		}
		if (argument.isNaN() || argument <= 0 || argument > 1) {
			throw new InvalidArgumentException(name, "must be above 0 and at most 1 (was " + argument + ")");
		}
		return argument;
	}

}
