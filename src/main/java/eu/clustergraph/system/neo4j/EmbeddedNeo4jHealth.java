package eu.clustergraph.system.neo4j;

import org.neo4j.driver.Driver;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.neo4j.health.Neo4jReactiveHealthIndicator;

/**
 * The {@code neo4j} health of the embedded database: OUT_OF_SERVICE while it is still starting, then what Boot's
 * indicator finds over the driver. Without it every readiness probe during a start would try to connect, fail and log
 * a stack trace, although nothing is wrong.
 */
final class EmbeddedNeo4jHealth implements ReactiveHealthIndicator {

	private final EmbeddedNeo4j database;

	private final ReactiveHealthIndicator connected;

	EmbeddedNeo4jHealth(EmbeddedNeo4j database, Driver driver) {
		this.database = database;
		this.connected = new Neo4jReactiveHealthIndicator(driver);
	}

	@Override
	public Mono<Health> health(boolean includeDetails) {
		return switch (this.database.state()) {
			case STARTING -> Mono.just(Health.outOfService().withDetail("embedded", "starting").build());
			case FAILED -> Mono.just(Health.down().withDetail("embedded", "failed to start").build());
			case STARTED -> this.connected.health(includeDetails);
		};
	}

	@Override
	public Mono<Health> health() {
		return health(true);
	}

}
