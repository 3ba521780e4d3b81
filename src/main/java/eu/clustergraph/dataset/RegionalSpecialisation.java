package eu.clustergraph.dataset;

/**
 * When a NUTS 2 region is specialised in an ecosystem, by the regional activity layer ({@code regional_activity.csv}):
 * the location quotient of employment in the ecosystem's NACE divisions (the region's share over the EU's) is at least
 * {@value #MIN_QUOTIENT}, and the region has at least {@value #MIN_EMPLOYEES} employees in at least
 * {@value #MIN_ESTABLISHMENTS} establishments there, so that one large firm cannot make a specialisation. The gap
 * finder and the generator's ground truth both read this one definition.
 */
public final class RegionalSpecialisation {

	public static final double MIN_QUOTIENT = 1.5;

	public static final long MIN_EMPLOYEES = 1_000;

	public static final long MIN_ESTABLISHMENTS = 20;

	private RegionalSpecialisation() {
	}

	/** Whether a cell of the regional activity layer is a specialisation. */
	public static boolean holds(double quotient, long employees, long establishments) {
		return quotient >= MIN_QUOTIENT && employees >= MIN_EMPLOYEES && establishments >= MIN_ESTABLISHMENTS;
	}

}
