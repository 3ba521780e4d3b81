package eu.clustergraph.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/** Generates a dataset into a directory: the entry point of {@code generate} and of the first-start bootstrap. */
public final class DatasetGenerator {

	private final GeneratorOptions options;

	public DatasetGenerator(GeneratorOptions options) {
		options.validate();
		this.options = options;
	}

	public Result generate(Path out) throws IOException {
		long started = System.nanoTime();
		GeneratorReference reference = new GeneratorReference(this.options.nutsVersion());
		ForkJoinPool pool = new ForkJoinPool(this.options.threads());
		try {
			Population population = new PopulationGenerator(this.options, reference, pool).generate();
			TieGenerator.Ties ties = new TieGenerator(this.options, reference, pool, population).generate();
			Map<String, Long> rows = new DatasetWriter(out, this.options, reference, population, ties).write();
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
			this.rows.forEach((file, count) -> text.append("\n  ").append(String.format("%-26s %,10d", file, count)));
			return text.toString();
		}

	}

}
