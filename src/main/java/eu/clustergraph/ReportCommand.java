package eu.clustergraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import eu.clustergraph.cooperation.CooperationProperties;
import eu.clustergraph.gaps.GapRecovery;
import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.network.NetworkReport;
import eu.clustergraph.network.NetworkReports;
import eu.clustergraph.startup.StartupSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code report [DIR]}: the network's calibration statistics next to their targets, for the graph or a dataset. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Prints the calibration statistics of the cluster network next to their targets (GENERATOR.md):",
				"members per cluster, multi-membership, size mix, locality, ties per channel, the tie network's degrees,",
				"clustering coefficient, components, distances over all cluster pairs, cross-border share, agreements;",
				"and, when DIR has a truth/ folder, how well the gap finders recover the planted ground truth.",
				"Without DIR it reports the configured graph; with DIR it imports that dataset into a throwaway",
				"embedded graph first. Spring options such as --clustergraph.data-dir=... pass through." })
class ReportCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "a dataset directory to report on")
	Path dataset;

	@Option(names = "--min-strength", split = ",", paramLabel = "S",
			description = "the minimum tie strengths to report at, comma-separated (default: the configured one)")
	List<Double> minStrengths;

	@Option(names = "--json", paramLabel = "FILE", description = "also write the reports as JSON to FILE")
	Path json;

	@Option(names = "--check", description = "exit 1 when a statistic misses its target")
	boolean check;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() throws IOException {
		if (this.dataset != null && !Files.isDirectory(this.dataset)) {
			System.err.println("report: the dataset directory " + this.dataset.toAbsolutePath() + " does not exist");
			return CommandLine.ExitCode.USAGE;
		}
		List<String> arguments = new ArrayList<>(this.springArguments);
		Path scratch = null;
		if (this.dataset != null) {
			scratch = Files.createTempDirectory("cluster-graph-report");
			arguments.add("--clustergraph.data-dir=" + scratch);
			arguments.add("--clustergraph.neo4j.embedded.bolt-port=0");
		}
		try {
			return ClusterGraphCommand.runJob(arguments, StartupSequence::prepare, context -> {
				try {
					if (this.dataset != null) {
						ImportResult imported = context.getBean(DatasetImporter.class)
							.importDataset(new ImportOptions(this.dataset, false, null, 2021));
						if (!imported.written()) {
							System.err.println(imported.describe());
							return CommandLine.ExitCode.SOFTWARE;
						}
					}
					List<Double> strengths = (this.minStrengths == null || this.minStrengths.isEmpty())
							? List.of(context.getBean(CooperationProperties.class).minStrength()) : this.minStrengths;
					List<NetworkReport> reports = context.getBean(NetworkReports.class).of(strengths);
					boolean allHold = true;
					for (NetworkReport report : reports) {
						System.out.println(report.describe());
						allHold &= report.lines().stream().allMatch(NetworkReport.Line::holds);
					}
					List<GapRecovery.Recovery> recoveries = List.of();
					if (this.dataset != null && Files.isDirectory(this.dataset.resolve("truth"))) {
						recoveries = context.getBean(GapRecovery.class)
							.measure(this.dataset.resolve("truth"), strengths.get(0));
						System.out.println("Recovery of the planted ground truth (truth/), at minimum strength "
								+ strengths.get(0) + ":");
						for (GapRecovery.Recovery recovery : recoveries) {
							System.out.println(recovery.describe());
							allHold &= recovery.holds();
						}
					}
					if (this.json != null) {
						JSON.writeValue(this.json.toFile(), java.util.Map.of("reports", reports, "recovery", recoveries));
					}
					return (this.check && !allHold) ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
				}
				catch (IOException | RuntimeException failure) {
					System.err.println("report: " + failure.getMessage());
					return CommandLine.ExitCode.SOFTWARE;
				}
			});
		}
		finally {
			if (scratch != null) {
				delete(scratch);
			}
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
