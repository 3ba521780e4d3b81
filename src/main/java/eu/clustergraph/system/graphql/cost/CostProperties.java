package eu.clustergraph.system.graphql.cost;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cost limits of GraphQL requests ({@code clustergraph.graphql.cost}); README, "Limits", explains the model.
 *
 * @param maxPerRequest the most one request may cost; a request over it is rejected before it runs
 * @param budgetPerMinute what one client (an API key, or else an address) may spend per minute, refilled gradually;
 * 0 turns the budget off
 * @param assumedListSize the size a list field without a slicing argument or {@code @listSize} is assumed to have
 * @param introspection the cost of an introspection field ({@code __schema}, {@code __type}) with all it selects
 */
@ConfigurationProperties("clustergraph.graphql.cost")
public record CostProperties(@DefaultValue("20000") long maxPerRequest, @DefaultValue("100000") long budgetPerMinute,
		@DefaultValue("10") int assumedListSize, @DefaultValue("50") int introspection) {

	public CostProperties {
		if (maxPerRequest < 1) {
			throw new IllegalArgumentException(
					"clustergraph.graphql.cost.max-per-request must be at least 1 (was " + maxPerRequest + ")");
		}
		if (budgetPerMinute < 0) {
			throw new IllegalArgumentException("clustergraph.graphql.cost.budget-per-minute must be 0 (off) or more (was "
					+ budgetPerMinute + ")");
		}
		if (budgetPerMinute > 0 && budgetPerMinute < maxPerRequest) {
			throw new IllegalArgumentException("clustergraph.graphql.cost.budget-per-minute (" + budgetPerMinute
					+ ") must be at least max-per-request (" + maxPerRequest + "), or a client could never send the "
					+ "largest request allowed");
		}
	}

	/** Whether clients have a budget at all. */
	boolean budgeted() {
		return this.budgetPerMinute > 0;
	}

}
