package eu.clustergraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.system.graphql.errors.RecordNotFoundException;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Component;

/** Creates, updates and deletes clusters, with the importer's checks and optimistic locking on their version. */
@Component
class ClusterCuration {

	static final String KIND = "CLUSTER";

	private final AuditedChanges changes;

	private final Removals removals;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	private final NamedQuery state;

	private final NamedQuery create;

	private final NamedQuery update;

	ClusterCuration(AuditedChanges changes, Removals removals, ReferenceCodes codes, CypherQueries queries,
			ClusterGraphProperties properties) {
		this.changes = changes;
		this.removals = removals;
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
		this.state = queries.get("curation/cluster-state");
		this.create = queries.get("curation/create-cluster");
		this.update = queries.get("curation/update-cluster");
	}

	CurationResult create(String by, Map<String, Object> input) {
		Inputs fields = fields(Inputs.of(input)).text("name", true);
		String id = Inputs.id((String) input.get("id"), "input.id");
		String region = Inputs.seat((String) input.get("region"), this.codes, this.nutsVersion, "input.region");
		List<Map<String, Object>> ecosystems = ecosystems(input);
		List<String> stages = new ArrayList<>();
		for (Object stage : list(input.get("stages"))) {
			stages.add(this.codes.requireStage(stage.toString().strip(), "input.stages"));
		}
		Map<String, Object> properties = withoutNulls(fields.properties());
		properties.putIfAbsent("excellenceLabel", "NONE");
		return this.changes.apply(by, KIND, id, transaction -> {
			if (state(transaction, id) != null) {
				throw new InvalidArgumentException("input.id", "'" + id + "' is taken by another cluster");
			}
			long version = transaction
				.run(this.create, Map.of("nutsVersion", this.nutsVersion, "id", id, "region", region, "properties",
						properties, "ecosystems", ecosystems, "stages", stages), row -> row.get("version").asLong())
				.get(0);
			return new AuditedChanges.Outcome("CREATE", null, state(transaction, id), (int) version, List.of(id),
					List.of());
		});
	}

	CurationResult update(String by, String id, int version, Map<String, Object> input) {
		Map<String, Object> properties = fields(Inputs.of(input)).text("name", true).properties();
		Object region = input.containsKey("region") ? Inputs.seat(nonNull(input, "region"), this.codes,
				this.nutsVersion, "input.region") : null;
		String key = id.strip();
		return this.changes.apply(by, KIND, key, transaction -> {
			Map<String, Object> before = existing(transaction, key);
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("nutsVersion", this.nutsVersion);
			parameters.put("id", key);
			parameters.put("version", version);
			parameters.put("properties", properties);
			parameters.put("region", (region == null) ? Values.NULL : region);
			if (transaction.run(this.update, parameters, row -> row).isEmpty()) {
				throw AuditedChanges.conflict("Cluster " + key, version, ((Number) before.get("version")).longValue());
			}
			Map<String, Object> after = state(transaction, key);
			return new AuditedChanges.Outcome("UPDATE", before, after, ((Number) after.get("version")).intValue(),
					List.of(key), List.of());
		});
	}

	CurationResult delete(String by, String id, int version, boolean dryRun) {
		String key = id.strip();
		if (dryRun) {
			return CurationResult.preview(this.removals.preview("Cluster", key, "id"));
		}
		return this.changes.apply(by, KIND, key, transaction -> {
			Map<String, Object> before = existing(transaction, key);
			List<String> touched = this.changes.tiedTo(transaction, List.of(key));
			List<CurationResult.Removal> removed = this.removals.delete(transaction, "Cluster", key, version,
					((Number) before.get("version")).longValue());
			return new AuditedChanges.Outcome("DELETE", before, null, null, touched, removed);
		});
	}

	private Map<String, Object> existing(CypherRunner.Transaction transaction, String id) {
		Map<String, Object> before = state(transaction, id);
		if (before == null) {
			throw new RecordNotFoundException("id", "names no cluster ('" + id + "')");
		}
		return before;
	}

	private Map<String, Object> state(CypherRunner.Transaction transaction, String id) {
		List<Map<String, Object>> rows = transaction.run(this.state, Map.of("id", id),
				row -> row.get("state").asMap(Value::asObject));
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static Inputs fields(Inputs input) {
		return input.text("acronym", false)
			.text("description", false)
			.year("founded")
			.text("legalForm", false)
			.decimal("staffFte", 0, 100_000)
			.value("excellenceLabel", true)
			.text("website", false)
			.text("source", false);
	}

	/** The primary ecosystem first, then the others, each once. */
	private List<Map<String, Object>> ecosystems(Map<String, Object> input) {
		String primary = this.codes.requireEcosystem(((String) input.get("primaryEcosystem")).strip(),
				"input.primaryEcosystem");
		Set<String> others = new LinkedHashSet<>();
		for (Object ecosystem : list(input.get("ecosystems"))) {
			others.add(this.codes.requireEcosystem(ecosystem.toString().strip(), "input.ecosystems"));
		}
		others.remove(primary);
		List<Map<String, Object>> ecosystems = new ArrayList<>();
		ecosystems.add(Map.of("id", primary, "primary", true));
		others.forEach(other -> ecosystems.add(Map.of("id", other, "primary", false)));
		return ecosystems;
	}

	private static String nonNull(Map<String, Object> input, String field) {
		Object value = input.get(field);
		if (value == null) {
			throw new InvalidArgumentException("input." + field, "may not be removed; give a new value");
		}
		return value.toString();
	}

	private static List<?> list(Object value) {
		return (value == null) ? List.of() : (List<?>) value;
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
		Map<String, Object> kept = new HashMap<>();
		properties.forEach((key, value) -> {
			if (value != null) {
				kept.put(key, value);
			}
		});
		return kept;
	}

}
