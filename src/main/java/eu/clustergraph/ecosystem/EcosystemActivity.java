package eu.clustergraph.ecosystem;

import eu.clustergraph.activity.Activity;
import org.neo4j.driver.Record;

/** One entry of the ecosystem-NACE working map. */
record EcosystemActivity(Activity activity, Ecosystem ecosystem, double weight, String basis) {

	static EcosystemActivity from(Record record) {
		return new EcosystemActivity(Activity.from(record.get("a")), Ecosystem.from(record.get("e")),
				record.get("weight").asDouble(), record.get("basis").asString());
	}

}
