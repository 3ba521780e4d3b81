package eu.clustergraph.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.system.Sha256;

import org.springframework.core.io.ClassPathResource;

/**
 * A real dataset the generator builds the synthetic remainder around (issue 13): real cluster organisations with their
 * ecosystems, partnerships with their members, and agreements, in the dataset format. Rows are kept as read, to be
 * written again unchanged; the generator adds synthetic members to each real cluster.
 *
 * @param name where the set came from, for the manifest
 * @param sha256 of the files' names and bytes, in a fixed order: the same set gives the same dataset
 */
record RealSet(String name, String sha256, List<Row> clusters, List<Row> clusterEcosystems, List<Row> partnerships,
		List<Row> partnershipMembers, List<Row> agreements) {

	/** The packaged set under {@code datasets/real/} in the jar. */
	static final String PACKAGED = "datasets/real/";

	static final List<DatasetFile> FILES = List.of(DatasetFile.CLUSTERS, DatasetFile.CLUSTER_ECOSYSTEMS,
			DatasetFile.PARTNERSHIPS, DatasetFile.PARTNERSHIP_MEMBERS, DatasetFile.AGREEMENTS);

	static final RealSet NONE = new RealSet("none", null, List.of(), List.of(), List.of(), List.of(), List.of());

	/** One row: its fields by column, and its file and line for messages. */
	record Row(String file, long line, Map<String, String> fields) {

		String get(String column) {
			String value = this.fields.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		/** The fields in the order of a file's header, for writing the row again. */
		String[] in(DatasetFile file) {
			return file.header().stream().map(column -> this.fields.getOrDefault(column, "")).toArray(String[]::new);
		}

		IllegalArgumentException problem(String column, String message) {
			return new IllegalArgumentException("Real set " + this.file + ":" + this.line + " [" + column + "]: " + message);
		}

	}

	boolean isEmpty() {
		return this.clusters.isEmpty();
	}

	static RealSet packaged() {
		return read("packaged " + PACKAGED, file -> {
			ClassPathResource resource = new ClassPathResource(PACKAGED + file.fileName());
			return resource.exists() ? resource.getInputStream() : null;
		});
	}

	static RealSet of(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException("The real set directory " + directory + " does not exist");
		}
		return read(directory.toString(), file -> {
			Path path = directory.resolve(file.fileName());
			return Files.exists(path) ? Files.newInputStream(path) : null;
		});
	}

	private interface Opener {

		InputStream open(DatasetFile file) throws IOException;

	}

	private static RealSet read(String name, Opener opener) {
		MessageDigest digest = Sha256.digest();
		Map<DatasetFile, List<Row>> rows = new LinkedHashMap<>();
		for (DatasetFile file : FILES) {
			List<Row> read = new ArrayList<>();
			try (InputStream in = opener.open(file)) {
				if (in != null) {
					byte[] bytes = in.readAllBytes();
					digest.update(file.fileName().getBytes(StandardCharsets.UTF_8));
					digest.update(bytes);
					try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
						.ofNamedCsvRecord(new String(bytes, StandardCharsets.UTF_8))) {
						for (NamedCsvRecord record : reader) {
							read.add(new Row(file.fileName(), record.getStartingLineNumber(), record.getFieldsAsMap()));
						}
					}
				}
			}
			catch (IOException failure) {
				throw new UncheckedIOException("Cannot read the real set's " + file.fileName() + " in " + name, failure);
			}
			rows.put(file, List.copyOf(read));
		}
		return new RealSet(name, Sha256.hex(digest), rows.get(DatasetFile.CLUSTERS),
				rows.get(DatasetFile.CLUSTER_ECOSYSTEMS), rows.get(DatasetFile.PARTNERSHIPS),
				rows.get(DatasetFile.PARTNERSHIP_MEMBERS), rows.get(DatasetFile.AGREEMENTS));
	}

	/** The ecosystems of a real cluster, primary first, then the others in file order. */
	List<String> ecosystemsOf(String clusterId) {
		List<String> ecosystems = new ArrayList<>();
		for (Row row : this.clusterEcosystems) {
			if (clusterId.equals(row.get("cluster_id"))) {
				if ("true".equalsIgnoreCase(row.get("primary"))) {
					ecosystems.add(0, row.get("ecosystem_id"));
				}
				else {
					ecosystems.add(row.get("ecosystem_id"));
				}
			}
		}
		return ecosystems;
	}

	long partnershipsOfKind(java.util.function.Predicate<String> kind) {
		return this.partnerships.stream().filter(row -> kind.test(row.get("kind"))).count();
	}

}
