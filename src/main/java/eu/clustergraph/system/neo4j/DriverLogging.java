package eu.clustergraph.system.neo4j;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J (Logback here), for the embedded database and an external one alike. Its default,
 * {@code Logging.systemLogging()}, formats every debug message before it asks whether debug is on: each Bolt message
 * the driver sends, a 10,000-row import batch with all its parameters included, became a string that nobody logged
 * (3.7% of the samples of a full-scale online import, on the driver's I/O thread, and the garbage with it). The
 * SLF4J logger checks the level first. {@code logging.level.org.neo4j.driver} still turns the driver's log on.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
