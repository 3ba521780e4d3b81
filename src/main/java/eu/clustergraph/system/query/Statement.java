package eu.clustergraph.system.query;

import java.util.Map;

import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * A statement the layer built: its Cypher text and its parameters, rendered once.
 *
 * @param name what logs and metrics call it, such as {@code cluster/page}
 */
public record Statement(String name, String cypher, Map<String, Object> parameters) {

	private static final Renderer RENDERER = Renderer
		.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5).alwaysEscapeNames(false).build());

	static Statement of(String name, org.neo4j.cypherdsl.core.Statement statement) {
		return new Statement(name, RENDERER.render(statement), statement.getCatalog().getParameters());
	}

	/** The statement as the runner takes it. */
	public NamedQuery query() {
		return new NamedQuery(this.name, this.cypher, null);
	}

}
