package eu.clustergraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import eu.clustergraph.cooperation.CooperationTies;
import eu.clustergraph.startup.StartupSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code derive-ties}: derives every cooperation tie again, the full re-derivation beside the incremental one. */
@Command(name = "derive-ties", mixinStandardHelpOptions = true,
		description = { "Deletes and derives every cooperation tie between clusters (TIED_WITH, with its evidence and",
				"strength) in one transaction. Imports only derive the ties of the clusters they touched; run this",
				"after changing the graph by other means, or after an upgrade that changed the strength formula." })
class DeriveTiesCommand implements Callable<Integer> {

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		List<String> arguments = new ArrayList<>(this.springArguments);
		return ClusterGraphCommand.runJob(arguments, StartupSequence::prepare, context -> {
			System.out.println("Derived " + context.getBean(CooperationTies.class).rebuild() + " cooperation ties");
			return 0;
		});
	}

}
