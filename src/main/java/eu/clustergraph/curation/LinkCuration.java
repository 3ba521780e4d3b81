package eu.clustergraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.dataset.Vocabulary;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.system.graphql.errors.RecordNotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Component;

/**
 * Adds and removes the links curators keep: memberships of companies and organisations, agreements of two clusters,
 * and clusters' places in partnerships. Adding a link that exists updates it; removing one that does not is an error.
 */
@Component
class LinkCuration {

	private final AuditedChanges changes;

	private final CypherRunner cypher;

	private final Map<String, NamedQuery> queries = new HashMap<>();

	LinkCuration(AuditedChanges changes, CypherRunner cypher, CypherQueries queries) {
		this.changes = changes;
		this.cypher = cypher;
		for (String name : List.of("membership-state", "merge-membership", "delete-membership", "agreement-state",
				"merge-agreement", "delete-agreement", "partnership-member-state", "merge-partnership-member",
				"delete-partnership-member")) {
			this.queries.put(name, queries.get("curation/" + name));
		}
	}

	CurationResult addMembership(String by, String member, String cluster, Integer since) {
		String memberId = member.strip();
		String clusterId = cluster.strip();
		Integer year = Inputs.year(since, "since");
		return this.changes.apply(by, "MEMBERSHIP", memberId + " -> " + clusterId, transaction -> {
			Record state = membership(transaction, memberId, clusterId);
			Map<String, Object> parameters = new HashMap<>(Map.of("member", memberId, "cluster", clusterId, "label",
					state.get("memberLabel").asString()));
			parameters.put("since", (year == null) ? Values.NULL : year);
			transaction.run(this.queries.get("merge-membership"), parameters);
			Map<String, Object> before = map(state.get("state"));
			Map<String, Object> after = map(membership(transaction, memberId, clusterId).get("state"));
			return new AuditedChanges.Outcome((before == null) ? "CREATE" : "UPDATE", before, after, null,
					List.of(clusterId), List.of());
		});
	}

	CurationResult removeMembership(String by, String member, String cluster, boolean dryRun) {
		String memberId = member.strip();
		String clusterId = cluster.strip();
		Map<String, Object> ids = Map.of("member", memberId, "cluster", clusterId);
		if (dryRun) {
			Record state = this.cypher.read(this.queries.get("membership-state"), ids, row -> row).get(0);
			return CurationResult.preview(existingLink(state, "MEMBER_OF", "member", memberId + " is no member of "
					+ clusterId));
		}
		return this.changes.apply(by, "MEMBERSHIP", memberId + " -> " + clusterId, transaction -> {
			Record state = membership(transaction, memberId, clusterId);
			List<CurationResult.Removal> removed = existingLink(state, "MEMBER_OF", "member",
					memberId + " is no member of " + clusterId);
			transaction.run(this.queries.get("delete-membership"), ids);
			return new AuditedChanges.Outcome("DELETE", map(state.get("state")), null, null, List.of(clusterId),
					removed);
		});
	}

	CurationResult addAgreement(String by, String cluster, String partner, String kind, Integer since) {
		String[] pair = pair(cluster, partner);
		Integer year = Inputs.year(since, "since");
		String text = (kind == null || kind.isBlank()) ? null : kind.strip();
		return this.changes.apply(by, "AGREEMENT", pair[0] + " <-> " + pair[1], transaction -> {
			Record state = agreement(transaction, pair);
			Map<String, Object> parameters = new HashMap<>(Map.of("from", pair[0], "to", pair[1]));
			parameters.put("kind", (text == null) ? Values.NULL : text);
			parameters.put("since", (year == null) ? Values.NULL : year);
			transaction.run(this.queries.get("merge-agreement"), parameters);
			Map<String, Object> before = map(state.get("state"));
			return new AuditedChanges.Outcome((before == null) ? "CREATE" : "UPDATE", before,
					map(agreement(transaction, pair).get("state")), null, List.of(pair), List.of());
		});
	}

	CurationResult removeAgreement(String by, String cluster, String partner, boolean dryRun) {
		String[] pair = pair(cluster, partner);
		Map<String, Object> ids = Map.of("from", pair[0], "to", pair[1]);
		String missing = pair[0] + " and " + pair[1] + " have no agreement";
		if (dryRun) {
			Record state = this.cypher.read(this.queries.get("agreement-state"), ids, row -> row).get(0);
			return CurationResult.preview(existingLink(state, "AGREEMENT_WITH", "partner", missing));
		}
		return this.changes.apply(by, "AGREEMENT", pair[0] + " <-> " + pair[1], transaction -> {
			Record state = agreement(transaction, pair);
			List<CurationResult.Removal> removed = existingLink(state, "AGREEMENT_WITH", "partner", missing);
			transaction.run(this.queries.get("delete-agreement"), ids);
			return new AuditedChanges.Outcome("DELETE", map(state.get("state")), null, null, List.of(pair), removed);
		});
	}

	CurationResult addPartnershipMember(String by, String partnership, String cluster, String role) {
		String partnershipId = partnership.strip();
		String clusterId = cluster.strip();
		String checkedRole = (role == null) ? "PARTNER" : role.strip();
		if (!Vocabulary.PARTNERSHIP_ROLES.contains(checkedRole)) {
			throw new InvalidArgumentException("role",
					"must be one of " + Vocabulary.PARTNERSHIP_ROLES + " (was '" + role + "')");
		}
		Map<String, Object> ids = Map.of("partnership", partnershipId, "cluster", clusterId);
		return this.changes.apply(by, "PARTNERSHIP_MEMBER", clusterId + " -> " + partnershipId, transaction -> {
			Record state = partnershipMember(transaction, ids);
			Map<String, Object> parameters = new HashMap<>(ids);
			parameters.put("role", checkedRole);
			transaction.run(this.queries.get("merge-partnership-member"), parameters);
			Map<String, Object> before = map(state.get("state"));
			return new AuditedChanges.Outcome((before == null) ? "CREATE" : "UPDATE", before,
					map(partnershipMember(transaction, ids).get("state")), null, List.of(clusterId), List.of());
		});
	}

	CurationResult removePartnershipMember(String by, String partnership, String cluster, boolean dryRun) {
		String partnershipId = partnership.strip();
		String clusterId = cluster.strip();
		Map<String, Object> ids = Map.of("partnership", partnershipId, "cluster", clusterId);
		String missing = clusterId + " takes no part in " + partnershipId;
		if (dryRun) {
			Record state = this.cypher.read(this.queries.get("partnership-member-state"), ids, row -> row).get(0);
			return CurationResult.preview(existingLink(state, "PARTICIPATES_IN", "cluster", missing));
		}
		return this.changes.apply(by, "PARTNERSHIP_MEMBER", clusterId + " -> " + partnershipId, transaction -> {
			Record state = partnershipMember(transaction, ids);
			List<CurationResult.Removal> removed = existingLink(state, "PARTICIPATES_IN", "cluster", missing);
			transaction.run(this.queries.get("delete-partnership-member"), ids);
			return new AuditedChanges.Outcome("DELETE", map(state.get("state")), null, null, List.of(clusterId),
					removed);
		});
	}

	/** The membership's state, after checking that its member and cluster exist. */
	private Record membership(CypherRunner.Transaction transaction, String member, String cluster) {
		Record state = transaction
			.run(this.queries.get("membership-state"), Map.of("member", member, "cluster", cluster), row -> row)
			.get(0);
		if (!state.get("cluster").asBoolean()) {
			throw new RecordNotFoundException("cluster", "names no cluster ('" + cluster + "')");
		}
		if (state.get("memberLabel").isNull()) {
			throw new RecordNotFoundException("member", "names no company or organisation ('" + member + "')");
		}
		return state;
	}

	private Record agreement(CypherRunner.Transaction transaction, String[] pair) {
		Record state = transaction.run(this.queries.get("agreement-state"), Map.of("from", pair[0], "to", pair[1]),
				row -> row).get(0);
		if (!state.get("fromExists").asBoolean() || !state.get("toExists").asBoolean()) {
			String missing = state.get("fromExists").asBoolean() ? pair[1] : pair[0];
			throw new RecordNotFoundException("cluster", "names no cluster ('" + missing + "')");
		}
		return state;
	}

	private Record partnershipMember(CypherRunner.Transaction transaction, Map<String, Object> ids) {
		Record state = transaction.run(this.queries.get("partnership-member-state"), ids, row -> row).get(0);
		if (!state.get("partnershipExists").asBoolean()) {
			throw new RecordNotFoundException("partnership", "names no partnership ('" + ids.get("partnership") + "')");
		}
		if (!state.get("clusterExists").asBoolean()) {
			throw new RecordNotFoundException("cluster", "names no cluster ('" + ids.get("cluster") + "')");
		}
		return state;
	}

	/** The one link a removal removes; an error naming the argument when there is none. */
	private static List<CurationResult.Removal> existingLink(Record state, String type, String argument,
			String missing) {
		if (state.get("state").isNull()) {
			throw new RecordNotFoundException(argument, "names no existing link: " + missing);
		}
		return List.of(new CurationResult.Removal(type, 1));
	}

	/** Two distinct clusters, smaller id first, as agreements are stored. */
	private static String[] pair(String cluster, String partner) {
		String a = cluster.strip();
		String b = partner.strip();
		if (a.equals(b)) {
			throw new InvalidArgumentException("partner", "must be another cluster than 'cluster' (both were '" + a + "')");
		}
		return (a.compareTo(b) < 0) ? new String[] { a, b } : new String[] { b, a };
	}

	private static Map<String, Object> map(Value value) {
		return value.isNull() ? null : value.asMap(Value::asObject);
	}

}
