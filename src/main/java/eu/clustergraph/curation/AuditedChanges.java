package eu.clustergraph.curation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import eu.clustergraph.cooperation.CooperationTies;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.ConflictException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Runs one curated change: the change and its audit record in one transaction (a failure anywhere leaves nothing of
 * either), then, once committed, the cooperation ties of the clusters it touched, which the network analytics follow.
 */
@Component
class AuditedChanges {

	private static final Log logger = LogFactory.getLog(AuditedChanges.class);

	private final CypherRunner cypher;

	private final CooperationTies ties;

	private final NamedQuery record;

	private final NamedQuery tiedClusters;

	AuditedChanges(CypherRunner cypher, CypherQueries queries, CooperationTies ties) {
		this.cypher = cypher;
		this.ties = ties;
		this.record = queries.get("curation/record-change");
		this.tiedClusters = queries.get("curation/tied-clusters");
	}

	/** Applies the unit and audits what it reports as done, by the key {@code by}, on the record {@code target}. */
	CurationResult apply(String by, String kind, String target, Function<CypherRunner.Transaction, Outcome> unit) {
		Done done = this.cypher.inWriteTransaction(transaction -> {
			Outcome outcome = unit.apply(transaction);
			Change change = transaction
				.run(this.record,
						Map.of("by", by, "action", outcome.action(), "kind", kind, "target", target, "before",
								nullable(Change.json(outcome.before())), "after", nullable(Change.json(outcome.after()))),
						row -> Change.from(row.get("change")))
				.get(0);
			return new Done(outcome, change);
		});
		try {
			this.ties.rederive(done.outcome().touched());
		}
		catch (RuntimeException failure) {
			// the change is committed and audited: its answer says so, and the derived data can be derived again
			logger.error("Change " + done.change().sequence() + " is committed, but deriving the ties and analytics of "
					+ done.outcome().touched() + " after it failed; run derive-ties and analytics to bring them up to "
					+ "date", failure);
		}
		return new CurationResult(false, done.change(), done.outcome().removes(), done.outcome().version());
	}

	/** The clusters whose ties a change of these clusters may change, read in the change's transaction. */
	List<String> tiedTo(CypherRunner.Transaction transaction, List<String> clusters) {
		return transaction.run(this.tiedClusters, Map.of("clusters", clusters), row -> row.get("cluster").asString());
	}

	/** The error of a change based on a version that is no longer current. */
	static ConflictException conflict(String what, long expected, long current) {
		return new ConflictException(String.format("%s is at version %d, not %d: another change came first; read it "
				+ "again and retry with version %d", what, current, expected, current), current);
	}

	private static Object nullable(String json) {
		return (json == null) ? org.neo4j.driver.Values.NULL : json;
	}

	/**
	 * What a unit did, for the audit and the answer.
	 *
	 * @param action CREATE, UPDATE or DELETE
	 * @param before the state before, null for a creation
	 * @param after the state after, null for a delete
	 * @param version the record's version after, null after a delete and for links
	 * @param touched the clusters whose ties are to be derived again
	 * @param removes what a delete removed
	 */
	record Outcome(String action, Map<String, Object> before, Map<String, Object> after, Integer version,
			List<String> touched, List<CurationResult.Removal> removes) {
	}

	private record Done(Outcome outcome, Change change) {
	}

}
