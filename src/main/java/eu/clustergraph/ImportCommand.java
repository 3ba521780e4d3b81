package eu.clustergraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.startup.StartupSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/** {@code import DIR}: validates a dataset and loads it into the configured database. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Validates a dataset directory (the CSV format of docs/dataset-format.md) and loads it.",
				"An invalid dataset loads nothing and exits 1, unless --skip-invalid is given.",
				"Spring options such as --clustergraph.data-dir=... pass through." })
class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", description = "the dataset directory")
	Path directory;

	@Option(names = "--skip-invalid", description = "load the valid rows and report the invalid ones")
	boolean skipInvalid;

	@Option(names = "--report", defaultValue = "import-report.json",
			description = "where to write the machine-readable report (default: ${DEFAULT-VALUE})")
	Path report;

	@Option(names = "--nuts-version", defaultValue = "2021",
			description = "NUTS version of the region codes when the dataset has no manifest.json (default: ${DEFAULT-VALUE})")
	int nutsVersion;

	@Option(names = "--strict-size-classes",
			description = "reject a company whose employees do not fit its size class (default: a warning)")
	boolean strictSizeClasses;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		if (!java.nio.file.Files.isDirectory(this.directory)) {
			System.err.println("import: the dataset directory " + this.directory.toAbsolutePath() + " does not exist");
			return CommandLine.ExitCode.USAGE;
		}
		List<String> arguments = new ArrayList<>(this.springArguments);
		return ClusterGraphCommand.runJob(arguments, StartupSequence::prepare, context -> {
			try {
				ImportResult result = context.getBean(DatasetImporter.class)
					.importDataset(new ImportOptions(this.directory, this.skipInvalid, this.report, this.nutsVersion,
						this.strictSizeClasses));
				System.out.println(result.describe());
				System.out.println("Report: " + this.report.toAbsolutePath());
				return result.written() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
			}
			catch (IllegalArgumentException | IllegalStateException | java.io.IOException failure) {
				System.err.println("import: " + failure.getMessage());
				return CommandLine.ExitCode.SOFTWARE;
			}
		});
	}

}
