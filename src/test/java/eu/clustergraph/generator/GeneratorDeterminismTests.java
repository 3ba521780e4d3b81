package eu.clustergraph.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.clustergraph.system.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratorDeterminismTests {

	/**
	 * The SHA-256 of manifest.json for the 5,000-company preset, which holds the SHA-256 of every output file. It
	 * changes only when the generator or the reference data changes: then raise Manifest.GENERATOR_VERSION and pin
	 * the new value here.
	 */
	static final String GOLDEN_MANIFEST_SHA256 = "05ad73697163ca4bdd88c0c428c3b38103713cc836aa36c882981a1f901fcf85";

	@TempDir
	Path directory;

	@Test
	void theFiveThousandPresetMatchesItsGoldenHashes() throws IOException {
		new DatasetGenerator(GeneratorOptions.preset(5_000)).generate(this.directory);
		assertThat(Sha256.of(this.directory.resolve(Manifest.FILE_NAME)))
			.isEqualTo(GOLDEN_MANIFEST_SHA256);
	}

	@Test
	void theDefaultLocaleAndTimeZoneDoNotChangeOneByte() throws IOException {
		// a machine set up for Arabic (Arabic-Indic digits) in a far time zone writes the same bytes
		java.util.Locale locale = java.util.Locale.getDefault();
		java.util.TimeZone zone = java.util.TimeZone.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
			java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
			new DatasetGenerator(GeneratorOptions.preset(5_000)).generate(this.directory);
		}
		finally {
			java.util.Locale.setDefault(locale);
			java.util.TimeZone.setDefault(zone);
		}
		assertThat(Sha256.of(this.directory.resolve(Manifest.FILE_NAME))).isEqualTo(GOLDEN_MANIFEST_SHA256);
	}

	@Test
	void theThreadCountDoesNotChangeOneByte() throws IOException {
		GeneratorOptions one = GeneratorOptions.of(5_000, null, 170, 7, 2021, 1);
		GeneratorOptions four = GeneratorOptions.of(5_000, null, 170, 7, 2021, 4);
		new DatasetGenerator(one).generate(this.directory.resolve("one"));
		new DatasetGenerator(four).generate(this.directory.resolve("four"));
		assertThat(Files.readString(this.directory.resolve("one/manifest.json")))
			.isEqualTo(Files.readString(this.directory.resolve("four/manifest.json")));
	}

	@Test
	void anotherSeedGivesAnotherDataset() throws IOException {
		new DatasetGenerator(GeneratorOptions.of(5_000, null, 170, 1, 2021, 2)).generate(this.directory.resolve("a"));
		new DatasetGenerator(GeneratorOptions.of(5_000, null, 170, 2, 2021, 2)).generate(this.directory.resolve("b"));
		assertThat(Files.readString(this.directory.resolve("a/companies.csv")))
			.isNotEqualTo(Files.readString(this.directory.resolve("b/companies.csv")));
	}

	@Test
	void nuts2024IsSupported() throws IOException {
		new DatasetGenerator(GeneratorOptions.of(5_000, null, 170, 3, 2024, 2)).generate(this.directory);
		assertThat(Files.readString(this.directory.resolve("manifest.json"))).contains("\"nutsVersion\" : 2024");
	}

	@Test
	void impossibleParametersNameTheOption() {
		assertThatThrownBy(() -> new DatasetGenerator(GeneratorOptions.of(5_000, 5, 170, 1, 2021, 1)))
			.hasMessageContaining("--clusters");
		assertThatThrownBy(() -> new DatasetGenerator(GeneratorOptions.of(5_000, null, 170, 1, 2019, 1)))
			.hasMessageContaining("--nuts-version");
	}

}
