package eu.clustergraph.curation;

import java.util.List;
import java.util.Map;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.system.graphql.errors.RecordNotFoundException;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Creates, updates and deletes partnerships, with the importer's checks and optimistic locking on their version. */
@Component
class PartnershipCuration {

	private static final String KIND = "PARTNERSHIP";

	private final AuditedChanges changes;

	private final Removals removals;

	private final NamedQuery state;

	private final NamedQuery create;

	private final NamedQuery update;

	private final NamedQuery clusters;

	PartnershipCuration(AuditedChanges changes, Removals removals, CypherQueries queries) {
		this.changes = changes;
		this.removals = removals;
		this.state = queries.get("curation/partnership-state");
		this.create = queries.get("curation/create-partnership");
		this.update = queries.get("curation/update-partnership");
		this.clusters = queries.get("curation/partnership-clusters");
	}

	CurationResult create(String by, Map<String, Object> input) {
		String id = Inputs.id((String) input.get("id"), "input.id");
		Map<String, Object> properties = fields(Inputs.of(input)).properties();
		years(properties, Map.of());
		return this.changes.apply(by, KIND, id, transaction -> {
			if (state(transaction, id) != null) {
				throw new InvalidArgumentException("input.id", "'" + id + "' is taken by another partnership");
			}
			properties.values().removeIf(java.util.Objects::isNull);
			long version = transaction
				.run(this.create, Map.of("id", id, "properties", properties), row -> row.get("version").asLong())
				.get(0);
			return new AuditedChanges.Outcome("CREATE", null, state(transaction, id), (int) version, List.of(),
					List.of());
		});
	}

	CurationResult update(String by, String id, int version, Map<String, Object> input) {
		Map<String, Object> properties = fields(Inputs.of(input)).properties();
		String key = id.strip();
		return this.changes.apply(by, KIND, key, transaction -> {
			Map<String, Object> before = existing(transaction, key);
			years(properties, before);
			if (transaction.run(this.update, Map.of("id", key, "version", version, "properties", properties),
					row -> row).isEmpty()) {
				throw AuditedChanges.conflict("Partnership " + key, version,
						((Number) before.get("version")).longValue());
			}
			Map<String, Object> after = state(transaction, key);
			return new AuditedChanges.Outcome("UPDATE", before, after, ((Number) after.get("version")).intValue(),
					members(transaction, key), List.of());
		});
	}

	CurationResult delete(String by, String id, int version, boolean dryRun) {
		String key = id.strip();
		if (dryRun) {
			return CurationResult.preview(this.removals.preview("Partnership", key, "id"));
		}
		return this.changes.apply(by, KIND, key, transaction -> {
			Map<String, Object> before = existing(transaction, key);
			List<String> touched = members(transaction, key);
			List<CurationResult.Removal> removed = this.removals.delete(transaction, "Partnership", key, version,
					((Number) before.get("version")).longValue());
			return new AuditedChanges.Outcome("DELETE", before, null, null, touched, removed);
		});
	}

	private static Inputs fields(Inputs input) {
		return input.value("kind", true).text("name", true).year("startYear").year("endYear");
	}

	/** The end may not come before the start, whichever of the two changes. */
	private static void years(Map<String, Object> properties, Map<String, Object> before) {
		Object start = properties.containsKey("startYear") ? properties.get("startYear") : before.get("startYear");
		Object end = properties.containsKey("endYear") ? properties.get("endYear") : before.get("endYear");
		if (start != null && end != null && ((Number) end).intValue() < ((Number) start).intValue()) {
			throw new InvalidArgumentException("input.endYear", "ends (" + end + ") before it starts (" + start + ")");
		}
	}

	private List<String> members(CypherRunner.Transaction transaction, String id) {
		return transaction.run(this.clusters, Map.of("id", id), row -> row.get("cluster").asString());
	}

	private Map<String, Object> existing(CypherRunner.Transaction transaction, String id) {
		Map<String, Object> before = state(transaction, id);
		if (before == null) {
			throw new RecordNotFoundException("id", "names no partnership ('" + id + "')");
		}
		return before;
	}

	private Map<String, Object> state(CypherRunner.Transaction transaction, String id) {
		List<Map<String, Object>> rows = transaction.run(this.state, Map.of("id", id),
				row -> row.get("state").asMap(Value::asObject));
		return rows.isEmpty() ? null : rows.get(0);
	}

}
