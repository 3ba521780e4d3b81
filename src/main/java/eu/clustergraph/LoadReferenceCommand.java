package eu.clustergraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import eu.clustergraph.reference.ReferenceDataLoader;
import eu.clustergraph.startup.StartupSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code load-reference}: (re)loads the reference data on demand, whether or not it changed. */
@Command(name = "load-reference", mixinStandardHelpOptions = true,
		description = { "Loads the reference data (NUTS, NACE, ecosystems, value chains, partnership programmes)",
				"into the configured database now, even when it is already loaded. Idempotent." })
class LoadReferenceCommand implements Callable<Integer> {

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		// The start-up pass is told to leave the reference data alone: this command loads it exactly once.
		List<String> arguments = new ArrayList<>(springArguments);
		return ClusterGraphCommand.runJob(arguments, StartupSequence::migrate, context -> {
			var summary = context.getBean(ReferenceDataLoader.class).load();
			System.out.println(summary.describe());
			return 0;
		});
	}

}
