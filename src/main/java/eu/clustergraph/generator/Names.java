package eu.clustergraph.generator;

import java.util.Locale;
import java.util.Map;

/**
 * Invented names: clusters after their region and ecosystem, companies from made-up stems, a sector word and the
 * legal form of their country. The stems are random syllables, so no name belongs to a real brand; websites use the
 * reserved {@code .example} domain.
 */
final class Names {

	private static final String[] ONSETS = { "b", "br", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "st",
			"t", "v", "z", "tr", "gr", "pl" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "ia", "eo", "au" };

	private static final String[] CODAS = { "", "n", "r", "x", "s", "l", "m", "nt", "rk" };

	private static final Map<String, String> ECOSYSTEM_TERMS = Map.ofEntries(Map.entry("AERO", "Aerospace"),
			Map.entry("AGRI", "Agri-Food"), Map.entry("CONS", "Construction"), Map.entry("CCI", "Creative Industries"),
			Map.entry("DIGI", "Digital"), Map.entry("ELEC", "Electronics"), Map.entry("EII", "Process Industry"),
			Map.entry("REN", "Renewable Energy"), Map.entry("HLTH", "Health"), Map.entry("MOB", "Mobility"),
			Map.entry("PROX", "Social Economy"), Map.entry("RET", "Retail"), Map.entry("TEX", "Textile"),
			Map.entry("TOUR", "Tourism"));

	private static final Map<Character, String> SECTOR_WORDS = Map.ofEntries(Map.entry('A', "Agro"),
			Map.entry('B', "Mining"), Map.entry('C', "Industries"), Map.entry('D', "Energy"),
			Map.entry('E', "Environmental"), Map.entry('F', "Construction"), Map.entry('G', "Trading"),
			Map.entry('H', "Logistics"), Map.entry('I', "Hospitality"), Map.entry('J', "Digital"),
			Map.entry('K', "Finance"), Map.entry('L', "Properties"), Map.entry('M', "Engineering"),
			Map.entry('N', "Services"), Map.entry('O', "Public Services"), Map.entry('P', "Academy"),
			Map.entry('Q', "Health"), Map.entry('R', "Creative"), Map.entry('S', "Services"));

	private static final Map<String, String[]> LEGAL_FORMS = Map.ofEntries(
			Map.entry("AT", new String[] { "GmbH", "AG" }), Map.entry("BE", new String[] { "SRL", "NV" }),
			Map.entry("BG", new String[] { "OOD", "EOOD" }), Map.entry("CY", new String[] { "Ltd" }),
			Map.entry("CZ", new String[] { "s.r.o.", "a.s." }), Map.entry("DE", new String[] { "GmbH", "AG", "KG" }),
			Map.entry("DK", new String[] { "ApS", "A/S" }), Map.entry("EE", new String[] { "OÜ", "AS" }),
			Map.entry("EL", new String[] { "IKE", "AE" }), Map.entry("ES", new String[] { "S.L.", "S.A." }),
			Map.entry("FI", new String[] { "Oy", "Oyj" }), Map.entry("FR", new String[] { "SAS", "SARL", "SA" }),
			Map.entry("HR", new String[] { "d.o.o.", "d.d." }), Map.entry("HU", new String[] { "Kft.", "Zrt." }),
			Map.entry("IE", new String[] { "Ltd", "DAC" }), Map.entry("IT", new String[] { "S.r.l.", "S.p.A." }),
			Map.entry("LT", new String[] { "UAB", "AB" }), Map.entry("LU", new String[] { "S.à r.l.", "S.A." }),
			Map.entry("LV", new String[] { "SIA", "AS" }), Map.entry("MT", new String[] { "Ltd" }),
			Map.entry("NL", new String[] { "B.V.", "N.V." }), Map.entry("PL", new String[] { "sp. z o.o.", "S.A." }),
			Map.entry("PT", new String[] { "Lda.", "S.A." }), Map.entry("RO", new String[] { "S.R.L.", "S.A." }),
			Map.entry("SE", new String[] { "AB" }), Map.entry("SI", new String[] { "d.o.o.", "d.d." }),
			Map.entry("SK", new String[] { "s.r.o.", "a.s." }));

	private Names() {
	}

	static String ecosystemTerm(String ecosystem) {
		return ECOSYSTEM_TERMS.getOrDefault(ecosystem, ecosystem);
	}

	static String cluster(String nuts2Name, String ecosystem) {
		return nuts2Name + " " + ecosystemTerm(ecosystem) + " Cluster";
	}

	/** Initials of the words that start with a letter, at least three characters. */
	static String acronym(String name) {
		StringBuilder acronym = new StringBuilder();
		for (String word : name.split("[\\s\\-/,()]+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				acronym.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return (acronym.length() >= 3) ? acronym.toString() : (acronym + "CL").substring(0, 3);
	}

	static String website(String acronym, String id) {
		String slug = java.text.Normalizer.normalize(acronym + "-" + id, java.text.Normalizer.Form.NFD)
			.replaceAll("[^A-Za-z0-9-]", "")
			.toLowerCase(Locale.ROOT);
		return "https://" + slug + ".example";
	}

	static String stem(Rng rng) {
		int syllables = rng.between(2, 3);
		StringBuilder stem = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			stem.append(ONSETS[rng.nextInt(ONSETS.length)]).append(VOWELS[rng.nextInt(VOWELS.length)]);
		}
		stem.append(CODAS[rng.nextInt(CODAS.length)]);
		return Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
	}

	static String legalForm(String country, Rng rng) {
		String[] forms = LEGAL_FORMS.getOrDefault(country, new String[] { "Ltd" });
		return forms[rng.nextInt(forms.length)];
	}

	static String sectorWord(String naceClass, char section) {
		return SECTOR_WORDS.getOrDefault(section, "Services");
	}

}
