package eu.clustergraph.analytics;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A correlation between presence and an indicator over regions, as SciPy reports it: the coefficient, its two-sided
 * p-value (t distribution with n - 2 degrees of freedom), the 95% confidence interval by Fisher's z transform, and
 * the least-squares line of the indicator on presence. Spearman ranks ties by their average rank.
 *
 * @param low the interval's lower end; null below four points, where Fisher's interval is undefined
 * @param pValue null below three points or when a variable is constant
 */
public record Correlation(Method method, double coefficient, int n, Double pValue, Double low, Double high,
		Double slope, Double intercept) {

	public enum Method {

		PEARSON, SPEARMAN

	}

	private static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

	/** Of {@code presence[i]} with {@code indicator[i]}; NaN as the coefficient when a variable is constant. */
	static Correlation of(Method method, double[] presence, double[] indicator) {
		int n = presence.length;
		if (n < 2) {
			return new Correlation(method, Double.NaN, n, null, null, null, null, null);
		}
		double r = (method == Method.PEARSON) ? new PearsonsCorrelation().correlation(presence, indicator)
				: new SpearmansCorrelation().correlation(presence, indicator);
		SimpleRegression line = new SimpleRegression();
		for (int i = 0; i < n; i++) {
			line.addData(presence[i], indicator[i]);
		}
		Double slope = Double.isNaN(line.getSlope()) ? null : line.getSlope();
		Double intercept = (slope == null) ? null : line.getIntercept();
		if (Double.isNaN(r)) {
			return new Correlation(method, r, n, null, null, null, slope, intercept);
		}
		Double p = null;
		if (n > 2) {
			p = (Math.abs(r) >= 1) ? 0.0 : twoSided(r, n);
		}
		Double low = null;
		Double high = null;
		if (n > 3 && Math.abs(r) < 1) {
			double z = atanh(r);
			double half = Z_975 / Math.sqrt(n - 3);
			low = Math.tanh(z - half);
			high = Math.tanh(z + half);
		}
		return new Correlation(method, r, n, p, low, high, slope, intercept);
	}

	static Correlation of(Method method, List<double[]> points) {
		double[] x = points.stream().mapToDouble(point -> point[0]).toArray();
		double[] y = points.stream().mapToDouble(point -> point[1]).toArray();
		return of(method, x, y);
	}

	private static double twoSided(double r, int n) {
		double degrees = n - 2;
		double t = Math.abs(r) * Math.sqrt(degrees / (1 - r * r));
		return 2 * new TDistribution(null, degrees).cumulativeProbability(-t);
	}

	private static double atanh(double r) {
		return 0.5 * Math.log((1 + r) / (1 - r));
	}

}
