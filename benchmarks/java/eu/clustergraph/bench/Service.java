package eu.clustergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.clustergraph.ClusterGraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The service as the HTTP benchmarks run it: on a kept data directory, free ports, quiet logs. */
final class Service {

	private Service() {
	}

	/**
	 * Starts the service on the data directory named by the first argument (a new temporary one without it, where
	 * the full-scale dataset is bootstrapped); further arguments are service settings, to compare configurations.
	 */
	static ConfigurableApplicationContext start(String[] args, String tempPrefix) throws IOException {
		Path dataDir = (args.length > 0) ? Path.of(args[0]) : Files.createTempDirectory(tempPrefix);
		List<String> arguments = new ArrayList<>(List.of("--clustergraph.data-dir=" + dataDir, "--server.port=0",
				"--clustergraph.neo4j.embedded.bolt-port=0", "--logging.level.root=WARN",
				// a benchmark is one client sending as fast as it can: the per-client budget would throttle it
				"--clustergraph.graphql.cost.budget-per-minute=0"));
		arguments.addAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
		return new SpringApplicationBuilder(ClusterGraphApplication.class).run(arguments.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
