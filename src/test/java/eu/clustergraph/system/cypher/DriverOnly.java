package eu.clustergraph.system.cypher;

import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A runner that reads through the driver even beside the embedded database, as it does with an external Neo4j. */
final class DriverOnly {

	private DriverOnly() {
	}

	static CypherRunner runner(Driver driver) {
		StaticListableBeanFactory none = new StaticListableBeanFactory();
		return new CypherRunner(driver, none.getBeanProvider(ObservationRegistry.class),
				none.getBeanProvider(InProcessReads.class));
	}

}
