package eu.clustergraph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import eu.clustergraph.importer.BulkImport;
import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.startup.StartupSequence;
import eu.clustergraph.system.neo4j.StoreSeed;
import eu.clustergraph.system.startup.StartupProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/** {@code import DIR}: validates a dataset and loads it into the configured database. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Validates a dataset directory (the CSV format of docs/dataset-format.md) and loads it.",
				"An invalid dataset loads nothing and exits 1, unless --skip-invalid is given.",
				"With --bulk it builds a new embedded store with Neo4j's batch importer instead (the store must not exist).",
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

	@Option(names = "--validate-only", description = "check the dataset as an import would, and write nothing")
	boolean validateOnly;

	@Option(names = "--bulk", description = "build the embedded database's store, which must not exist yet, with "
			+ "Neo4j's parallel batch importer (much faster than the online import)")
	boolean bulk;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		if (!java.nio.file.Files.isDirectory(this.directory)) {
			System.err.println("import: the dataset directory " + this.directory.toAbsolutePath() + " does not exist");
			return CommandLine.ExitCode.USAGE;
		}
		List<String> arguments = new ArrayList<>(this.springArguments);
		ImportOptions options = new ImportOptions(this.directory, this.skipInvalid, this.report, this.nutsVersion,
				this.strictSizeClasses);
		if (this.bulk && this.validateOnly) {
			System.err.println("import: --bulk and --validate-only exclude each other: --validate-only writes nothing, "
					+ "--bulk builds a store");
			return CommandLine.ExitCode.USAGE;
		}
		if (this.bulk) {
			return bulk(arguments, options);
		}
		return ClusterGraphCommand.runJob(arguments, StartupSequence::prepare, context -> {
			try {
				DatasetImporter importer = context.getBean(DatasetImporter.class);
				if (this.validateOnly) {
					ImportResult result = importer.validate(options);
					System.out.println(result.describe());
					return result.problems().isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
				}
				return reported(importer.importDataset(options));
			}
			catch (IllegalArgumentException | IllegalStateException | IOException failure) {
				System.err.println("import: " + failure.getMessage());
				return CommandLine.ExitCode.SOFTWARE;
			}
		});
	}

	/**
	 * The batch import runs as the embedded database's store seed, before the database starts; then the schema,
	 * the reference data and the ties follow, as on a first start. A store that exists already (or an external
	 * database) is never seeded, and the job says so.
	 */
	private int bulk(List<String> arguments, ImportOptions options) {
		BulkSeed seed = new BulkSeed(options);
		return ClusterGraphCommand.runJob(arguments, List.of(seed), sequence -> {
			if (seed.result != null) {
				sequence.prepare();
				sequence.deriveTies();
			}
		}, context -> {
			if (seed.result == null) {
				System.err.println("import: --bulk builds a new store of the embedded database, and this one exists "
						+ "already (or the database is external): run import without --bulk to add the dataset to it");
				return CommandLine.ExitCode.SOFTWARE;
			}
			return reported(seed.result);
		});
	}

	private int reported(ImportResult result) {
		System.out.println(result.describe());
		System.out.println("Report: " + this.report.toAbsolutePath());
		return result.written() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
	}

	/**
	 * Fills the new store, and keeps what it did for the job to report. A dataset that does not validate stops the
	 * start before the database creates an empty store, so that the fixed dataset can be bulk-imported next.
	 */
	static final class BulkSeed implements StoreSeed {

		private final ImportOptions options;

		private ImportResult result;

		BulkSeed(ImportOptions options) {
			this.options = options;
		}

		@Override
		public void seed(Path neo4jHome) throws IOException {
			try {
				this.result = BulkImport.intoNewStore(neo4jHome, this.options);
			}
			catch (IllegalArgumentException | IllegalStateException invalid) {
				throw new StartupProblem("import --bulk: " + invalid.getMessage(), "Nothing was written and no store "
						+ "was created.", invalid);
			}
			if (!this.result.written()) {
				System.out.println(this.result.describe());
				throw new StartupProblem("import --bulk: the dataset did not validate; nothing was written and no store "
						+ "was created", "Fix the problems listed above (the report file " + this.options.report()
						+ " has them all), or pass --skip-invalid to load the valid rows.", null);
			}
		}

	}

}
