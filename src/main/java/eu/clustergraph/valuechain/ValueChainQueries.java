package eu.clustergraph.valuechain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/** The value-chain feature's named queries ({@code cypher/queries/valuechain}). */
@Component
class ValueChainQueries {

	private final CypherRunner cypher;

	private final CypherQueries queries;

	ValueChainQueries(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	Optional<ValueChain> byId(String id) {
		return this.cypher.readOptional(query("by-id"), Map.of("id", id), record -> ValueChain.from(record.get("v")));
	}

	Map<String, List<Stage>> stages(List<String> valueChainIds) {
		return grouped("stages", valueChainIds, Stage::from);
	}

	Map<String, List<Ecosystem>> ecosystems(List<String> valueChainIds) {
		return grouped("ecosystems", valueChainIds, record -> Ecosystem.from(record.get("e")));
	}

	Map<String, List<Activity>> keyActivities(List<String> valueChainIds) {
		return grouped("key-activities", valueChainIds, record -> Activity.from(record.get("a")));
	}

	Map<String, List<ValueChain>> ofEcosystems(List<String> ecosystemIds) {
		return grouped("of-ecosystems", ecosystemIds, record -> ValueChain.from(record.get("v")));
	}

	Map<String, List<ValueChain>> ofStages(List<String> stageIds) {
		return grouped("of-stages", stageIds, record -> ValueChain.from(record.get("v")));
	}

	Map<String, List<Stage>> feeds(List<String> stageIds) {
		return grouped("stage-feeds", stageIds, Stage::from);
	}

	Map<String, List<Stage>> fedBy(List<String> stageIds) {
		return grouped("stage-fed-by", stageIds, Stage::from);
	}

	Map<String, List<Activity>> stageKeyActivities(List<String> stageIds) {
		return grouped("stage-key-activities", stageIds, record -> Activity.from(record.get("a")));
	}

	<T> List<T> coverageCells(String valueChainId, int codeLength, int nutsVersion, Function<Record, T> mapper) {
		return this.cypher.read(query("coverage-cells"),
				Map.of("id", valueChainId, "length", codeLength, "version", nutsVersion), mapper);
	}

	<T> List<T> coverageSupply(String valueChainId, Function<Record, T> mapper) {
		return this.cypher.read(query("coverage-supply"), Map.of("id", valueChainId), mapper);
	}

	/** Every batched query of this feature takes {@code $ids} and returns the parent's id as {@code key}. */
	private <V> Map<String, List<V>> grouped(String name, List<String> ids, Function<Record, V> mapper) {
		return this.cypher.readByIds(query(name), ids, mapper);
	}

	NamedQuery query(String name) {
		return this.queries.get("valuechain/" + name);
	}

}
