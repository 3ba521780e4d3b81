package eu.clustergraph.generator;

import java.util.List;
import java.util.Locale;

/**
 * The generated nodes and memberships, as parallel arrays indexed by entity (cluster k, company j, organisation o).
 * Arrays rather than objects keep 170,000 companies in a few tens of megabytes.
 */
final class Population {

	// clusters
	int clusterCount;

	String[] clusterCountry;

	int[] clusterNuts2;

	String[] clusterNuts3;

	int[][] clusterEcosystems;

	int[] clusterFounded;

	double[] clusterStaff;

	String[] clusterLegalForm;

	String[] clusterLabel;

	String[] clusterName;

	String[] clusterAcronym;

	int[] clusterMembers;

	int[] clusterCompanySlots;

	int[] clusterOrganisationSlots;

	/** Company indexes of each cluster's members, home members first, ascending within each part. */
	int[][] clusterCompanies;

	// companies
	int companyCount;

	int[] companyHome;

	int[] companyNuts2;

	String[] companyNuts3;

	double[] companyLon;

	double[] companyLat;

	int[] companyEcosystem;

	String[] companyNace;

	int[] companySize;

	int[] companyEmployees;

	long[] companyTurnover;

	int[] companyFounded;

	String[] companyName;

	String[] companyLegalForm;

	/** The clusters of each company beyond its home cluster. */
	int[][] companyExtraClusters;

	// organisations
	List<Organisation> organisations;

	/** Organisation indexes of each cluster's members. */
	int[][] clusterOrganisations;

	// regions
	double[] regionZ;

	/** Regional employment by division and the planted specialisations (regional_activity.csv, truth/). */
	RegionalActivity activity;

	/** Synthetic clusters come first; real ones (issue 13) follow, with their real ids. */
	int syntheticClusterCount;

	/** The real row of each real cluster, by index from {@link #syntheticClusterCount} on. */
	List<RealSet.Row> realClusters = List.of();

	String clusterId(int k) {
		return (k < this.syntheticClusterCount) ? syntheticClusterId(k)
				: this.realClusters.get(k - this.syntheticClusterCount).get("id");
	}

	boolean isReal(int k) {
		return k >= this.syntheticClusterCount;
	}

	static String syntheticClusterId(int k) {
		return String.format(Locale.ROOT, "CL%05d", k + 1);
	}

	static String companyId(int j) {
		return String.format(Locale.ROOT, "CO%06d", j + 1);
	}

	static String organisationId(int o) {
		return String.format(Locale.ROOT, "OR%05d", o + 1);
	}

	record Organisation(String name, String type, String nuts3, int nuts2) {
	}

}
