package eu.clustergraph.gaps;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.region.Region;
import eu.clustergraph.valuechain.ValueChain;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The reference entities gaps name, read once per request. */
record GapReference(Map<String, ValueChain> valueChains, Map<String, Ecosystem> ecosystems,
		Map<String, Region> regions, Set<List<String>> chainEcosystems, Long tieVersion) {

	static GapReference from(Record record) {
		Map<String, ValueChain> chains = new LinkedHashMap<>();
		record.get("valueChains").values().forEach(node -> chains.put(node.get("id").asString(), ValueChain.from(node)));
		Map<String, Ecosystem> ecosystems = new LinkedHashMap<>();
		record.get("ecosystems").values().forEach(node -> ecosystems.put(node.get("id").asString(), Ecosystem.from(node)));
		Map<String, Region> regions = new LinkedHashMap<>();
		record.get("regions").values().forEach(node -> regions.put(node.get("code").asString(), Region.from(node)));
		Set<List<String>> pairs = new HashSet<>();
		record.get("chainEcosystems").values().forEach(pair -> pairs.add(pair.asList(Value::asString)));
		Value tieVersion = record.get("tieVersion");
		return new GapReference(chains, ecosystems, regions, pairs, tieVersion.isNull() ? null : tieVersion.asLong());
	}

	/** Whether a value chain draws on an ecosystem. */
	boolean drawsOn(String valueChain, String ecosystem) {
		return this.chainEcosystems.contains(List.of(valueChain, ecosystem));
	}

}
