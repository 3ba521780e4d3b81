package eu.clustergraph.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What reading and checking a dataset found: problems (the row is not loaded) and warnings (odd, but loaded as
 * given), each where it is. Only the findings are kept, never the rows.
 */
public final class Findings {

	private static final Comparator<Problem> WHERE = Comparator.comparing(Problem::file).thenComparingLong(Problem::line);

	private final List<Problem> problems = new ArrayList<>();

	private final List<Problem> warnings = new ArrayList<>();

	public void problem(Problem problem) {
		this.problems.add(problem);
	}

	public void warning(Problem warning) {
		this.warnings.add(warning);
	}

	public int problemCount() {
		return this.problems.size();
	}

	/** Every problem, by file and line. */
	public List<Problem> problems() {
		return sorted(this.problems);
	}

	/** Every warning, by file and line. */
	public List<Problem> warnings() {
		return sorted(this.warnings);
	}

	private static List<Problem> sorted(List<Problem> items) {
		List<Problem> copy = new ArrayList<>(items);
		copy.sort(WHERE);
		return List.copyOf(copy);
	}

}
