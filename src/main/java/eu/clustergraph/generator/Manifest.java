package eu.clustergraph.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.clustergraph.reference.ReferenceFiles;
import eu.clustergraph.system.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * {@code manifest.json}: the parameters, the generator version and the SHA-256 of every reference input and every
 * output file. It holds no time stamp, so that it is byte-identical for the same inputs too.
 */
final class Manifest {

	static final String FILE_NAME = "manifest.json";

	/** Raise when a change to the generator changes its output for the same parameters. */
	static final String GENERATOR_VERSION = "3";

	private Manifest() {
	}

	static void write(Path out, GeneratorOptions options, RealSet real, Map<String, Map<String, Object>> files)
			throws IOException {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", "cluster-graph-dataset/1");
		Map<String, Object> generator = new LinkedHashMap<>();
		generator.put("name", "cluster-graph generate");
		generator.put("version", GENERATOR_VERSION);
		manifest.put("generator", generator);
		manifest.put("synthetic", true);
		manifest.put("nutsVersion", options.nutsVersion());
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("companies", options.companies());
		parameters.put("clusters", options.clusters());
		parameters.put("meanMembers", options.meanMembers());
		parameters.put("seed", options.seed());
		parameters.put("nutsVersion", options.nutsVersion());
		manifest.put("parameters", parameters);
		Map<String, String> inputs = new LinkedHashMap<>();
		for (String file : inputFiles()) {
			inputs.put(file, Sha256.of(new ClassPathResource("reference/" + file).getInputStream()));
		}
		manifest.put("inputs", inputs);
		if (!real.isEmpty()) {
			// the real set the synthetic remainder was built around: its rows keep synthetic: false
			Map<String, Object> realSet = new LinkedHashMap<>();
			realSet.put("source", real.name().startsWith("packaged") ? real.name() : "directory");
			realSet.put("sha256", real.sha256());
			realSet.put("clusters", real.clusters().size());
			realSet.put("partnerships", real.partnerships().size());
			realSet.put("agreements", real.agreements().size());
			manifest.put("real", realSet);
		}
		manifest.put("files", files);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(out.resolve(FILE_NAME), json.writeValueAsString(manifest) + "\n");
	}

	private static java.util.List<String> inputFiles() {
		return java.util.List.of(ReferenceFiles.NUTS_2021, ReferenceFiles.NUTS_2024, ReferenceFiles.NUTS_2021_POINTS,
				ReferenceFiles.NACE, ReferenceFiles.ECOSYSTEMS, ReferenceFiles.ECOSYSTEM_NACE_MAP,
				ReferenceFiles.VALUE_CHAINS, ReferenceFiles.VALUE_CHAIN_STAGES,
				ReferenceFiles.PRIOR_CLUSTERS_PER_COUNTRY, ReferenceFiles.PRIOR_PRIMARY_ECOSYSTEM,
				ReferenceFiles.PRIOR_EXCELLENCE_LABELS, ReferenceFiles.PRIOR_MEMBER_TYPES,
				ReferenceFiles.PRIOR_SIZE_CLASSES, ReferenceFiles.PRIOR_EMPLOYMENT_BY_SECTION);
	}

}
