package eu.clustergraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import eu.clustergraph.startup.StartupSequence;
import eu.clustergraph.system.startup.StartupProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's command line: without a sub-command it serves the API; Spring options ({@code --server.port=8081})
 * pass through to Spring Boot.
 */
@Command(name = "cluster-graph", mixinStandardHelpOptions = true, versionProvider = ClusterGraphCommand.Version.class,
		subcommands = { GenerateCommand.class, ImportCommand.class, LoadReferenceCommand.class, DeriveTiesCommand.class,
				AnalyticsCommand.class, ReportCommand.class, HashKeyCommand.class },
		description = { "Serves the ClusterGraph GraphQL API on an embedded (or external) Neo4j.",
				"Spring options such as --server.port=8081 or --clustergraph.data-dir=/srv/cg are passed through." })
public class ClusterGraphCommand implements Callable<Integer> {

	/** Exit code meaning "the server is up, keep the JVM running". */
	static final int SERVING = -1;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	static int execute(String... args) {
		return new CommandLine(new ClusterGraphCommand()).execute(args);
	}

	@Override
	public Integer call() {
		for (String argument : springArguments) {
			if (!argument.startsWith("--")) {
				System.err.println("Unknown command or argument '" + argument
						+ "'. Run with --help for the commands; Spring options look like --name=value.");
				return CommandLine.ExitCode.USAGE;
			}
		}
		try {
			SpringApplication.run(ClusterGraphApplication.class, springArguments.toArray(String[]::new));
			return SERVING;
		}
		catch (RuntimeException startupFailure) {
			// Spring Boot has already reported why (a failure analysis, or the stack trace of the unexpected).
			return CommandLine.ExitCode.SOFTWARE;
		}
	}

	/**
	 * Runs one job in a Spring context without the web server (the same configuration and database as the service)
	 * and closes it: the shared path of every sub-command that works on the graph. The job names the start-up steps
	 * it needs first ({@link StartupSequence#prepare()} for most); the service's own sequence, with its dataset
	 * bootstrap, does not run.
	 */
	static int runJob(List<String> springArguments, Consumer<StartupSequence> steps,
			ToIntFunction<ConfigurableApplicationContext> job) {
		return runJob(springArguments, List.of(), steps, job);
	}

	/** As {@link #runJob(List, Consumer, ToIntFunction)}, with beans of its own registered before the context starts. */
	static int runJob(List<String> springArguments, List<Object> beans, Consumer<StartupSequence> steps,
			ToIntFunction<ConfigurableApplicationContext> job) {
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(ClusterGraphApplication.class).web(WebApplicationType.NONE)
				.initializers(initialised -> beans.forEach(bean -> initialised.getBeanFactory()
					.registerSingleton(bean.getClass().getName(), bean)))
				.run(springArguments.toArray(String[]::new));
		}
		catch (RuntimeException startupFailure) {
			return CommandLine.ExitCode.SOFTWARE;
		}
		try (context) {
			try {
				steps.accept(context.getBean(StartupSequence.class));
			}
			catch (StartupProblem problem) {
				System.err.println(problem.getMessage() + System.lineSeparator() + problem.action());
				return CommandLine.ExitCode.SOFTWARE;
			}
			return job.applyAsInt(context);
		}
	}

	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = ClusterGraphCommand.class.getPackage().getImplementationVersion();
			return new String[] { "cluster-graph " + (version == null ? "(development build)" : version) };
		}

	}

}
