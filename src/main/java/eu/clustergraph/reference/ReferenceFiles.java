package eu.clustergraph.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import eu.clustergraph.system.Sha256;

import org.springframework.core.io.ClassPathResource;

/** The reference CSV files packaged in the jar under {@code reference/}, and their combined checksum. */
public final class ReferenceFiles {

	public static final String NUTS_2021 = "nuts2021.csv";

	public static final String NUTS_2024 = "nuts2024.csv";

	public static final String NUTS_2021_POINTS = "nuts2021_points.csv";

	public static final String NACE = "nace_rev2.csv";

	public static final String NACE_NOTES = "nace_rev2_with_notes.csv";

	public static final String ECOSYSTEMS = "ecosystems.csv";

	public static final String ECOSYSTEM_NACE_MAP = "ecosystem_nace_working_map.csv";

	public static final String VALUE_CHAINS = "value_chains.csv";

	public static final String VALUE_CHAIN_STAGES = "value_chain_stages.csv";

	public static final String PARTNERSHIP_PROGRAMMES = "partnership_programmes.csv";

	public static final String PRIOR_CLUSTERS_PER_COUNTRY = "priors/country_cluster_prior_eu27.csv";

	public static final String PRIOR_PRIMARY_ECOSYSTEM = "priors/ecosystem_cluster_prior.csv";

	public static final String PRIOR_EXCELLENCE_LABELS = "priors/excellence_label_distribution.csv";

	public static final String PRIOR_MEMBER_TYPES = "priors/member_type_distribution.csv";

	public static final String PRIOR_SIZE_CLASSES = "priors/size_class_distributions.csv";

	/** EU27 employment shares and establishment sizes by NACE section: the synthetic regional activity layer. */
	public static final String PRIOR_EMPLOYMENT_BY_SECTION = "priors/employment_by_section_eu27.csv";

	/** Everything the loader reads, in a fixed order so that the checksum is stable. */
	public static final List<String> ALL = List.of(NUTS_2021, NUTS_2024, NUTS_2021_POINTS, NACE, NACE_NOTES, ECOSYSTEMS,
			ECOSYSTEM_NACE_MAP, VALUE_CHAINS, VALUE_CHAIN_STAGES, PARTNERSHIP_PROGRAMMES);

	private ReferenceFiles() {
	}

	/** Every row of {@code reference/<file>} (a path below it, such as {@code priors/x.csv}, works too). */
	public static List<ReferenceRow> read(String file) {
		List<ReferenceRow> rows = new ArrayList<>();
		try (InputStream in = open(file);
				CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
			for (NamedCsvRecord record : reader) {
				rows.add(new ReferenceRow(file, record));
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Cannot read reference/" + file, failure);
		}
		return rows;
	}

	/** SHA-256 over the names and bytes of every file: a new jar with changed data reloads it. */
	static String checksum() {
		MessageDigest digest = Sha256.digest();
		for (String file : ALL) {
			digest.update(file.getBytes(StandardCharsets.UTF_8));
			try (InputStream in = open(file)) {
				digest.update(in.readAllBytes());
			}
			catch (IOException failure) {
				throw new UncheckedIOException("Cannot read reference/" + file, failure);
			}
		}
		return Sha256.hex(digest);
	}

	private static InputStream open(String file) throws IOException {
		return new ClassPathResource("reference/" + file).getInputStream();
	}

}
