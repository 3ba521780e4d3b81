package eu.clustergraph.valuechain;

import java.util.List;

/**
 * Where a value chain's stages are and how they supply one another; see {@code graphql/valuechain.graphqls}.
 *
 * @param areas the areas with any cell, ordered by code
 */
record ValueChainCoverage(ValueChain valueChain, String level, List<Stage> stages, List<String> areas,
		List<Cell> cells, List<Supply> supplyLinks, List<Dependency> dependencies) {

	/** One stage in one area. */
	record Cell(Stage stage, String area, String areaName, int clusters, int companies, double employees) {
	}

	/** The supply links from one stage to a stage it feeds. */
	record Supply(Stage from, Stage to, int links, int crossBorder, List<CountryPair> byCountryPair) {
	}

	/** Cross-border links from a supplier country to a customer country. */
	record CountryPair(String supplier, String customer, int links) {
	}

	/**
	 * The countries a stage's supplies come from.
	 *
	 * @param concentration the Herfindahl-Hirschman index of the supplier countries' shares, 0 to 1
	 */
	record Dependency(Stage stage, int links, double concentration, List<CountryShare> suppliers) {
	}

	/** A country's share of something, 0 to 1. */
	record CountryShare(String country, int links, double share) {
	}

}
