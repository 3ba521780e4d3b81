package eu.clustergraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ClusterGraph: the European cluster network as a Neo4j graph behind a GraphQL API.
 *
 * <p>{@code main} hands the command line to {@link ClusterGraphCommand}: no sub-command serves the API, the
 * sub-commands (for example {@code load-reference}) run one job and exit with a code scripts can trust.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClusterGraphApplication {

	public static void main(String[] args) {
		int exitCode = ClusterGraphCommand.execute(args);
		// Serving keeps the JVM alive through the web server's threads; every other outcome ends it here.
		if (exitCode != ClusterGraphCommand.SERVING) {
			System.exit(exitCode);
		}
	}

}
