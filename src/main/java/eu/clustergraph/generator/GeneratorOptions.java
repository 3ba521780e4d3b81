package eu.clustergraph.generator;

/**
 * The parameters of one generation (GENERATOR.md).
 *
 * @param companies member companies
 * @param clusters cluster organisations; {@code round(companies / 141.7)} when not given
 * @param meanMembers mean members per cluster, all member types
 * @param seed the seed of every random stream
 * @param nutsVersion the NUTS version regions are drawn from (2021 or 2024)
 * @param threads worker threads; the output does not depend on it
 */
public record GeneratorOptions(int companies, int clusters, int meanMembers, long seed, int nutsVersion, int threads) {

	public static final int FULL_SCALE_COMPANIES = 170_000;

	public static final long DEFAULT_SEED = 20240507L;

	public static GeneratorOptions of(int companies, Integer clusters, int meanMembers, long seed, int nutsVersion,
			int threads) {
		int clusterCount = (clusters != null) ? clusters : (int) Math.round(companies / 141.7);
		return new GeneratorOptions(companies, clusterCount, meanMembers, seed, nutsVersion, threads);
	}

	/** The preset for a scale, with the default seed. */
	public static GeneratorOptions preset(int companies) {
		return of(companies, null, 170, DEFAULT_SEED, 2021, Runtime.getRuntime().availableProcessors());
	}

	/** Rejects parameters that cannot give a valid dataset, saying which option to change. */
	public void validate() {
		require(this.companies >= 100, "--companies must be at least 100 (was " + this.companies + ")");
		require(this.clusters >= 3, "--clusters must be at least 3, for partnerships across three countries (was "
				+ this.clusters + ")");
		require(this.meanMembers >= 15 && this.meanMembers <= 3000,
				"--mean-members must be between 15 and 3000 (was " + this.meanMembers + ")");
		require(this.nutsVersion == 2021 || this.nutsVersion == 2024,
				"--nuts-version must be 2021 or 2024 (was " + this.nutsVersion + ")");
		require(this.threads >= 1, "--threads must be at least 1 (was " + this.threads + ")");
		// about 88% of members are companies, each in at least one and at most eight clusters
		long companySlots = Math.round(this.clusters * (double) this.meanMembers * 0.88);
		require(companySlots >= this.companies * 1.02, "--clusters " + this.clusters + " x --mean-members "
				+ this.meanMembers + " leaves about " + companySlots + " company memberships for " + this.companies
				+ " companies: raise --clusters or --mean-members");
		require(companySlots <= this.companies * 6L, "--clusters x --mean-members gives more than six memberships per "
				+ "company: lower them or raise --companies");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
