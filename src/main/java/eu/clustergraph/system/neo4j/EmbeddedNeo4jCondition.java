package eu.clustergraph.system.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Embedded unless told otherwise: naming an external Neo4j ({@code SPRING_NEO4J_URI}) is enough to switch it off, so
 * the same jar serves a laptop and a cluster without a profile.
 */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		boolean enabled = environment.getProperty("clustergraph.neo4j.embedded.enabled", Boolean.class, true);
		return enabled && !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
