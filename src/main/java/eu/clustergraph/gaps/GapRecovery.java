package eu.clustergraph.gaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import org.springframework.stereotype.Component;

/**
 * How well the gap finders recover the generator's ground truth ({@code truth/} beside a dataset, GENERATOR.md), per
 * kind, at one minimum strength. The finders run on the graph and the truth was computed from the generator's own
 * arrays, so the two are independent routes to the same facts:
 * <ul>
 * <li>{@code UNORGANISED_STRENGTH}: every region and ecosystem the finder reports, against every one in the truth
 * (planted and natural);</li>
 * <li>{@code STAGE_COVERAGE}: the stages each country lacks (asked country by country), against the truth;</li>
 * <li>{@code COMPLEMENTARY_STAGES}: within the pairs the truth names, those the finder reports; precision is the share
 * of them expected untied, recall the share of untied ones reported. Pairs outside the truth are not judged: most
 * complementary pairs of a real network are untied, and they are gaps too.</li>
 * </ul>
 * Every gap of a kind counts, not only the first page.
 */
@Component
public class GapRecovery {

	/** Precision and recall at least this, per kind (issue 12). */
	public static final double TARGET = 0.8;

	private final CooperationGaps gaps;

	GapRecovery(CooperationGaps gaps) {
		this.gaps = gaps;
	}

	/**
	 * One kind's recovery.
	 *
	 * @param truth rows of the truth the measure is over
	 * @param planted of them, how many were planted on purpose
	 * @param reported gaps the finder reported within the universe the measure judges
	 * @param plantedRecall the share of planted rows reported
	 */
	public record Recovery(String kind, int truth, int planted, int reported, double precision, double recall,
			double plantedRecall) {

		public boolean holds() {
			return this.precision >= TARGET && this.recall >= TARGET && this.plantedRecall >= TARGET;
		}

		public String describe() {
			return String.format(Locale.ROOT, "  %-22s truth %5d (planted %3d), reported %5d: precision %.3f, recall %.3f,"
					+ " planted recall %.3f (target >= %.1f each) %s", this.kind, this.truth, this.planted, this.reported,
					this.precision, this.recall, this.plantedRecall, TARGET, holds() ? "holds" : "MISSED");
		}

	}

	/** The recovery of each kind, for the truth in {@code truthDirectory}. */
	public List<Recovery> measure(Path truthDirectory, double minStrength) {
		List<Recovery> recoveries = new ArrayList<>();
		recoveries.add(unorganisedStrength(read(truthDirectory.resolve("unorganised_strength.csv")), minStrength));
		recoveries.add(missingStages(read(truthDirectory.resolve("missing_stages.csv")), minStrength));
		recoveries.add(complementaryPairs(read(truthDirectory.resolve("complementary_pairs.csv")), minStrength));
		return recoveries;
	}

	private Recovery unorganisedStrength(List<NamedCsvRecord> truth, double minStrength) {
		Set<String> reported = keys(this.gaps.all(GapKind.UNORGANISED_STRENGTH, query(null, null, minStrength)));
		return recovery(GapKind.UNORGANISED_STRENGTH, truth,
				row -> row.getField("region") + "/" + row.getField("ecosystem_id"), reported,
				row -> "true".equals(row.getField("planted")));
	}

	private Recovery missingStages(List<NamedCsvRecord> truth, double minStrength) {
		Set<String> countries = new TreeSet<>();
		truth.forEach(row -> countries.add(row.getField("country")));
		Set<String> reported = new TreeSet<>();
		for (String country : countries) {
			// only the country's own gaps, not the EU-wide dependencies that come with them
			this.gaps.all(GapKind.STAGE_COVERAGE, query(null, country, minStrength))
				.stream()
				.filter(gap -> country.equals(gap.country()))
				.forEach(gap -> reported.add(gap.key()));
		}
		return recovery(GapKind.STAGE_COVERAGE, truth, row -> row.getField("country") + "/" + row.getField("stage_id"),
				reported, row -> "true".equals(row.getField("planted")));
	}

	private Recovery complementaryPairs(List<NamedCsvRecord> truth, double minStrength) {
		Set<String> universe = new TreeSet<>();
		Set<String> untied = new TreeSet<>();
		for (NamedCsvRecord row : truth) {
			String key = pairKey(row.getField("cluster_id"), row.getField("partner_id"));
			universe.add(key);
			if ("UNTIED".equals(row.getField("expected"))) {
				untied.add(key);
			}
		}
		Set<String> reported = keys(this.gaps.all(GapKind.COMPLEMENTARY_STAGES, query(null, null, minStrength)));
		reported.retainAll(universe);
		long hits = reported.stream().filter(untied::contains).count();
		return new Recovery(GapKind.COMPLEMENTARY_STAGES.name(), universe.size(), untied.size(), reported.size(),
				share(hits, reported.size()), share(hits, untied.size()), share(hits, untied.size()));
	}

	private static Recovery recovery(GapKind kind, List<NamedCsvRecord> truth,
			java.util.function.Function<NamedCsvRecord, String> key, Set<String> reported,
			Predicate<NamedCsvRecord> planted) {
		Set<String> expected = new TreeSet<>();
		Set<String> plantedKeys = new TreeSet<>();
		for (NamedCsvRecord row : truth) {
			expected.add(key.apply(row));
			if (planted.test(row)) {
				plantedKeys.add(key.apply(row));
			}
		}
		long hits = reported.stream().filter(expected::contains).count();
		long plantedHits = reported.stream().filter(plantedKeys::contains).count();
		return new Recovery(kind.name(), expected.size(), plantedKeys.size(), reported.size(),
				share(hits, reported.size()), share(hits, expected.size()), share(plantedHits, plantedKeys.size()));
	}

	/** A share, 1 when there is nothing to share (no truth: nothing missed; nothing reported: nothing wrong). */
	private static double share(long part, long whole) {
		return (whole == 0) ? 1 : (double) part / whole;
	}

	private static Set<String> keys(List<CooperationGap> gaps) {
		Set<String> keys = new TreeSet<>();
		gaps.forEach(gap -> keys.add(gap.key()));
		return keys;
	}

	private static String pairKey(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "+" + b : b + "+" + a;
	}

	private static GapQuery query(String valueChain, String country, double minStrength) {
		return new GapQuery(valueChain, null, country, null, EnumSet.allOf(GapKind.class), GapQuery.MAX_FIRST,
				minStrength);
	}

	private static List<NamedCsvRecord> read(Path file) {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
			.ofNamedCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			return reader.stream().toList();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Cannot read the ground truth " + file, failure);
		}
	}

}
