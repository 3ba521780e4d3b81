package eu.clustergraph.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.clustergraph.generator.GeneratorReference.Nuts2;
import eu.clustergraph.generator.Rng.Stream;

/**
 * The regional activity layer (GENERATOR.md, "Regional activity"): employees and establishments of the whole regional
 * economy per NUTS 2 region and NACE division, with specialisations planted where no cluster of the ecosystem will be
 * placed. A region's employment is {@value #EMPLOYEES_PER_NUTS3} per NUTS 3 child (about 197 million employed over
 * 1,165 NUTS 3 regions), split over the divisions by the EU27 mix with lognormal noise (sigma {@value #NOISE_SIGMA});
 * a planted cell multiplies the noise of the ecosystem's divisions by {@value #PLANTED_BOOST}. The location quotients
 * computed here weigh cluster placement (LQ^1.5).
 */
final class RegionalActivity {

	static final long EMPLOYEES_PER_NUTS3 = 170_000;

	static final double NOISE_SIGMA = 0.5;

	static final double PLANTED_BOOST = 3;

	/** Employees and establishments, per region (in {@code allNuts2} order) and division. */
	final long[][] employees;

	final long[][] establishments;

	/** The location quotient of each region (rows) in each ecosystem (columns). */
	final double[][] quotient;

	/** Ecosystem employees and establishments per region and ecosystem: the cell the quotient describes. */
	final long[][] ecosystemEmployees;

	final long[][] ecosystemEstablishments;

	/** The cells planted as specialisations that no cluster of the ecosystem may take. */
	final boolean[][] planted;

	RegionalActivity(GeneratorReference reference, long seed, int clusters) {
		List<Nuts2> regions = reference.allNuts2;
		int divisions = reference.divisions.size();
		int ecosystems = reference.ecosystems.size();
		this.planted = plant(reference, seed, Math.max(2, (int) Math.round(clusters / 40.0)));
		this.employees = new long[regions.size()][divisions];
		this.establishments = new long[regions.size()][divisions];
		for (int r = 0; r < regions.size(); r++) {
			double[] noise = new double[divisions];
			Rng rng = Rng.of(seed, Stream.REGIONAL_ACTIVITY, r);
			for (int d = 0; d < divisions; d++) {
				noise[d] = rng.lognormal(0, NOISE_SIGMA);
			}
			for (int e = 0; e < ecosystems; e++) {
				if (this.planted[r][e]) {
					for (int d : reference.ecosystemDivisions[e]) {
						noise[d] *= PLANTED_BOOST;
					}
				}
			}
			double weight = 0;
			for (int d = 0; d < divisions; d++) {
				weight += reference.divisionShare[d] * noise[d];
			}
			long total = EMPLOYEES_PER_NUTS3 * regions.get(r).nuts3().size();
			for (int d = 0; d < divisions; d++) {
				this.employees[r][d] = Math.round(total * reference.divisionShare[d] * noise[d] / weight);
				this.establishments[r][d] = Math.round(this.employees[r][d] / reference.employeesPerEstablishment[d]);
			}
		}
		this.quotient = new double[regions.size()][ecosystems];
		this.ecosystemEmployees = new long[regions.size()][ecosystems];
		this.ecosystemEstablishments = new long[regions.size()][ecosystems];
		long[] regionTotal = new long[regions.size()];
		long euTotal = 0;
		long[] euEcosystem = new long[ecosystems];
		for (int r = 0; r < regions.size(); r++) {
			for (int d = 0; d < divisions; d++) {
				regionTotal[r] += this.employees[r][d];
			}
			euTotal += regionTotal[r];
			for (int e = 0; e < ecosystems; e++) {
				for (int d : reference.ecosystemDivisions[e]) {
					this.ecosystemEmployees[r][e] += this.employees[r][d];
					this.ecosystemEstablishments[r][e] += this.establishments[r][d];
				}
				euEcosystem[e] += this.ecosystemEmployees[r][e];
			}
		}
		for (int r = 0; r < regions.size(); r++) {
			for (int e = 0; e < ecosystems; e++) {
				this.quotient[r][e] = ((double) this.ecosystemEmployees[r][e] / regionTotal[r])
						/ ((double) euEcosystem[e] / euTotal);
			}
		}
	}

	/**
	 * Planted cells: a region of a country with at least two NUTS 2 regions (so a cluster of the ecosystem can still
	 * be placed in the country), at most one per country and ecosystem and one per region.
	 */
	private static boolean[][] plant(GeneratorReference reference, long seed, int count) {
		List<Integer> eligible = new ArrayList<>();
		for (int r = 0; r < reference.allNuts2.size(); r++) {
			if (reference.nuts2ByCountry.get(reference.allNuts2.get(r).country()).size() >= 2) {
				eligible.add(r);
			}
		}
		boolean[][] planted = new boolean[reference.allNuts2.size()][reference.ecosystems.size()];
		Set<String> countryEcosystems = new HashSet<>();
		Rng rng = Rng.of(seed, Stream.PLANTED_GAP, 0);
		for (int placed = 0; placed < count && !eligible.isEmpty();) {
			int r = eligible.get(rng.nextInt(eligible.size()));
			int e = rng.nextInt(reference.ecosystems.size());
			if (countryEcosystems.add(reference.allNuts2.get(r).country() + " " + e)) {
				planted[r][e] = true;
				eligible.remove(Integer.valueOf(r));
				placed++;
			}
		}
		return planted;
	}

}
