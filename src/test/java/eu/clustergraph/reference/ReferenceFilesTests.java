package eu.clustergraph.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceFilesTests {

	/**
	 * SHA-256 over each packaged file's name and bytes in {@link ReferenceFiles#ALL} order, computed outside Java:
	 * <pre>
	 * python3 -c "import hashlib; h = hashlib.sha256()
	 * for f in ['nuts2021.csv', 'nuts2024.csv', 'nuts2021_points.csv', 'nace_rev2.csv', 'nace_rev2_with_notes.csv',
	 *           'ecosystems.csv', 'ecosystem_nace_working_map.csv', 'value_chains.csv', 'value_chain_stages.csv',
	 *           'partnership_programmes.csv']: h.update(f.encode()); h.update(open(f, 'rb').read())
	 * print(h.hexdigest())"     # in src/main/resources/reference
	 * </pre>
	 * A change of the reference data changes it on purpose; a checkout that rewrote line endings (the files keep the
	 * CRLF of their sources, and {@code .gitattributes} marks them {@code -text}) would change it by accident.
	 */
	private static final String COMMITTED = "d6cfea329fe2f77ba1eabd88c4a3667fdb796b73261b228786798fa5fc70a9dc";

	@Test
	void thePackagedReferenceFilesAreTheCommittedBytes() {
		assertThat(ReferenceFiles.checksum()).isEqualTo(COMMITTED);
	}

}
