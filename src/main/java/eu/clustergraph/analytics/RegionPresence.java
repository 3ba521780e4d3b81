package eu.clustergraph.analytics;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Cluster presence in one region; see {@code graphql/analytics.graphqls} for the fields' meaning. */
public record RegionPresence(String region, String name, int clusters, int memberCompanies, double memberEmployment,
		Double regionalEmployment, Double employmentShare, Double population, Double clustersPerMillion) {

	/** The measures of presence a correlation can take. */
	public enum Measure {

		CLUSTERS, MEMBER_COMPANIES, MEMBER_EMPLOYMENT, EMPLOYMENT_SHARE, CLUSTERS_PER_MILLION

	}

	/** The NUTS levels presence is counted at. */
	public enum Level {

		COUNTRY(0), NUTS1(1), NUTS2(2);

		final int nuts;

		Level(int nuts) {
			this.nuts = nuts;
		}

	}

	static RegionPresence from(Record row) {
		int clusters = row.get("clusters").asInt();
		double employees = row.get("employees").asDouble();
		Double employment = number(row.get("regionalEmployment"));
		Double population = number(row.get("population"));
		return new RegionPresence(row.get("code").asString(), row.get("name").asString(null), clusters,
				row.get("companies").asInt(), employees, employment,
				(employment == null || employment == 0) ? null : employees / employment, population,
				(population == null || population == 0) ? null : clusters / (population / 1e6));
	}

	/** This region's value of a measure; null where it has none (no regional employment, no population). */
	Double of(Measure measure) {
		return switch (measure) {
			case CLUSTERS -> (double) this.clusters;
			case MEMBER_COMPANIES -> (double) this.memberCompanies;
			case MEMBER_EMPLOYMENT -> this.memberEmployment;
			case EMPLOYMENT_SHARE -> this.employmentShare;
			case CLUSTERS_PER_MILLION -> this.clustersPerMillion;
		};
	}

	private static Double number(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
