package eu.clustergraph;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import eu.clustergraph.generator.DatasetGenerator;
import eu.clustergraph.generator.GeneratorOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes a synthetic dataset; needs no database, so it starts no Spring context. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Writes a deterministic synthetic dataset (CSV files and manifest.json) at the scale of the",
				"European cluster network. Same seed and parameters give byte-identical files." })
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--companies", defaultValue = "170000", description = "member companies (default: ${DEFAULT-VALUE})")
	int companies;

	@Option(names = "--clusters", description = "cluster organisations (default: companies / 141.7, 1,200 at 170k)")
	Integer clusters;

	@Option(names = "--mean-members", defaultValue = "170",
			description = "mean members per cluster, all member types (default: ${DEFAULT-VALUE})")
	int meanMembers;

	@Option(names = "--seed", defaultValue = "20240507", description = "random seed (default: ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--nuts-version", defaultValue = "2021", description = "NUTS version, 2021 or 2024 (default: ${DEFAULT-VALUE})")
	int nutsVersion;

	@Option(names = "--threads", description = "worker threads; the output does not depend on it (default: all cores)")
	Integer threads;

	@Option(names = "--out", required = true, description = "the directory to write the dataset to")
	Path out;

	@Option(names = "--real", paramLabel = "DIR",
			description = { "a real dataset (clusters, their ecosystems, partnerships, agreements) to build the synthetic",
					"remainder around; 'packaged' for the sourced set in the jar (default: none; the first start uses",
					"the packaged set)" })
	String real;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		GeneratorOptions options = GeneratorOptions.of(this.companies, this.clusters, this.meanMembers, this.seed,
				this.nutsVersion, (this.threads != null) ? this.threads : Runtime.getRuntime().availableProcessors());
		DatasetGenerator generator;
		try {
			generator = (this.real == null) ? new DatasetGenerator(options)
					: "packaged".equals(this.real) ? DatasetGenerator.aroundPackagedRealSet(options)
							: DatasetGenerator.around(options, Path.of(this.real));
			System.out.println(generator.generate(this.out).describe());
		}
		catch (IllegalArgumentException invalid) {
			this.spec.commandLine().getErr().println("generate: " + invalid.getMessage());
			return CommandLine.ExitCode.USAGE;
		}
		return CommandLine.ExitCode.OK;
	}

}
