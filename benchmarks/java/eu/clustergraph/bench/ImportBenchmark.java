package eu.clustergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import eu.clustergraph.ClusterGraphApplication;
import eu.clustergraph.generator.DatasetGenerator;
import eu.clustergraph.generator.GeneratorOptions;
import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.startup.StartupSequence;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates and imports the dataset at half, full and double scale, each into a fresh embedded database, and prints
 * generation time, validation alone (time, rows per second, live heap), import time per kind, rows per second, peak
 * heap and store size. Measures; asserts nothing.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -Dbenchmark=ImportBenchmark test-compile exec:exec} (it runs with -Xmx2g).
 * Arguments: the scales in companies, default {@code 85000 170000 340000}.
 */
public final class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		List<Integer> scales = new ArrayList<>();
		for (String arg : args) {
			scales.add(Integer.parseInt(arg));
		}
		if (scales.isEmpty()) {
			scales.addAll(List.of(85_000, 170_000, 340_000));
		}
		List<String> summary = new ArrayList<>();
		for (int companies : scales) {
			summary.add(run(companies));
		}
		System.out.println();
		System.out.println("| companies | generate | validate only | validation rows/s | validation live heap | validate + import | rows | rows/s | heap in use, max | live heap after GC, max | store |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		summary.forEach(System.out::println);
	}

	private static String run(int companies) throws Exception {
		Path work = Files.createTempDirectory("cluster-graph-import-bench");
		try {
			Path dataset = work.resolve("dataset");
			GeneratorOptions options = GeneratorOptions.preset(companies);
			HeapSampler generationHeap = new HeapSampler();
			var generated = new DatasetGenerator(options).generate(dataset);
			generationHeap.close();
			System.out.println(generated.describe());
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ClusterGraphApplication.class)
				.web(WebApplicationType.NONE)
				.run("--clustergraph.data-dir=" + work.resolve("data"), "--clustergraph.neo4j.embedded.bolt-port=0",
						"--clustergraph.dataset.bootstrap=false")) {
				// a job context: the schema and the reference data, as the import command prepares them
				context.getBean(StartupSequence.class).prepare();
				DatasetImporter importer = context.getBean(DatasetImporter.class);
				// validation alone, as import --validate-only runs it: the importer's own time and memory
				HeapSampler validationHeap = new HeapSampler();
				ImportResult checked = importer.validate(new ImportOptions(dataset, false, null, 2021));
				validationHeap.close();
				long checkedRows = checked.rows().values().stream().mapToLong(Integer::longValue).sum();
				double checkedSeconds = checked.took().toMillis() / 1000.0;
				HeapSampler importHeap = new HeapSampler();
				ImportResult result = importer.importDataset(new ImportOptions(dataset, false, null, 2021));
				importHeap.close();
				if (!result.problems().isEmpty()) {
					throw new IllegalStateException(result.describe());
				}
				System.out.println(result.describe());
				long rows = result.rows().values().stream().mapToLong(Integer::longValue).sum();
				double seconds = result.took().toMillis() / 1000.0;
				return String.format(Locale.ROOT,
						"| %,d | %.1f s | %.1f s | %,.0f | %d MB | %.1f s | %,d | %,.0f | %d MB | %d MB | %d MB |", companies,
						generated.took().toMillis() / 1000.0, checkedSeconds, checkedRows / checkedSeconds,
						validationHeap.peakLiveMb(), seconds, rows, rows / seconds,
						Math.max(generationHeap.peakUsedMb(), importHeap.peakUsedMb()),
						Math.max(generationHeap.peakLiveMb(), importHeap.peakLiveMb()), size(work.resolve("data/neo4j")) >> 20);
			}
		}
		finally {
			try (Stream<Path> paths = Files.walk(work)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private ImportBenchmark() {
	}

}
