package eu.clustergraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/** Generates a dataset into a directory: the entry point of {@code generate} and of the first-start bootstrap. */
public final class DatasetGenerator {

	private final GeneratorOptions options;

	private final RealSet real;

	public DatasetGenerator(GeneratorOptions options) {
		this(options, RealSet.NONE);
	}

	private DatasetGenerator(GeneratorOptions options, RealSet real) {
		options.validate();
		this.options = options;
		this.real = real;
	}

	/** A generator that builds the synthetic remainder around the real set in a directory (issue 13). */
	public static DatasetGenerator around(GeneratorOptions options, Path realSet) {
		return new DatasetGenerator(options, RealSet.of(realSet));
	}

	/** A generator that builds the synthetic remainder around the real set packaged in the jar. */
	public static DatasetGenerator aroundPackagedRealSet(GeneratorOptions options) {
		return new DatasetGenerator(options, RealSet.packaged());
	}

	public Result generate(Path out) throws IOException {
		long started = System.nanoTime();
		java.util.Set<String> realCountries = new java.util.TreeSet<>();
		this.real.clusters().forEach(row -> {
			if (row.get("region") != null && row.get("region").length() >= 2) {
				realCountries.add(row.get("region").substring(0, 2));
			}
		});
		GeneratorReference reference = new GeneratorReference(this.options.nutsVersion(), realCountries);
		ForkJoinPool pool = new ForkJoinPool(this.options.threads());
		try {
			Population population = new PopulationGenerator(this.options, reference, pool, this.real).generate();
			TieGenerator.Ties ties = new TieGenerator(this.options, reference, pool, population, this.real).generate();
			Map<String, Long> rows = new DatasetWriter(out, this.options, reference, population, ties, this.real).write();
			return new Result(out, rows, Duration.ofNanos(System.nanoTime() - started));
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * What one generation wrote.
	 *
	 * @param directory the dataset directory
	 * @param rows rows per file
	 * @param took wall time
	 */
	public record Result(Path directory, Map<String, Long> rows, Duration took) {

		public String describe() {
			StringBuilder text = new StringBuilder("Generated " + this.directory + " in " + this.took.toMillis() + " ms:");
			this.rows.forEach((file, count) -> text.append("\n  ").append(String.format(Locale.ROOT, "%-26s %,10d", file, count)));
			return text.toString();
		}

	}

}
