package eu.clustergraph.cooperation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import eu.clustergraph.importer.DatasetImported;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.junit.jupiter.api.Test;

import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** When the derived ties are built as a start-up step, against a graph that counts its clusters, ties and rebuilds. */
class CooperationTiesTests {

	@Test
	void aFirstStartImportDerivesTheTiesOnce() {
		Graph graph = new Graph(0);
		CooperationTies ties = new CooperationTies(graph.runner(), new CypherQueries(), graph.events::add);
		// the bootstrap step's import announces itself, then the ties step finds them derived
		ties.onApplicationEvent(new PayloadApplicationEvent<>(this,
				new DatasetImported(Path.of("dataset"), Set.of("CL00001"), Set.of(), Set.of())));
		ties.deriveIfMissing();
		assertThat(graph.rebuilds).hasValue(1);
		// and says so once, for what is computed from the ties (the network analytics)
		assertThat(graph.events).hasSize(1).first().isInstanceOf(TiesDerived.class);
	}

	@Test
	void aGraphImportedWithoutTiesGetsThem() {
		Graph graph = new Graph(0);
		new CooperationTies(graph.runner(), new CypherQueries(), graph.events::add).deriveIfMissing();
		assertThat(graph.rebuilds).hasValue(1);
	}

	@Test
	void aGraphWithTiesKeepsThem() {
		Graph graph = new Graph(5);
		new CooperationTies(graph.runner(), new CypherQueries(), graph.events::add).deriveIfMissing();
		assertThat(graph.rebuilds).hasValue(0);
	}

	@Test
	void aGraphWhoseTiesHaveNoStrengthYetGetsThemDerivedAgain() {
		Graph graph = new Graph(5, 5);
		new CooperationTies(graph.runner(), new CypherQueries(), graph.events::add).deriveIfMissing();
		assertThat(graph.rebuilds).hasValue(1);
	}

	/** A graph of clusters whose ties exist once they have been derived (or from the start, when given). */
	private static final class Graph {

		final List<Object> events = new ArrayList<>();

		final AtomicInteger rebuilds = new AtomicInteger();

		private final int tiesAtStart;

		private final int withoutStrengthAtStart;

		Graph(int tiesAtStart) {
			this(tiesAtStart, 0);
		}

		Graph(int tiesAtStart, int withoutStrengthAtStart) {
			this.tiesAtStart = tiesAtStart;
			this.withoutStrengthAtStart = withoutStrengthAtStart;
		}

		CypherRunner runner() {
			CypherRunner runner = mock(CypherRunner.class);
			// the count query's one row, as CooperationTies maps it (the record as a map); the touched clusters' ids
			when(runner.read(any(), anyMap(), any())).thenAnswer(invocation -> {
				if (invocation.<NamedQuery>getArgument(0).name().equals("cooperation/touched-clusters")) {
					return List.of("CL00001");
				}
				boolean derived = this.rebuilds.get() > 0;
				return List.of(Map.of("clusters", 35L, "ties", derived ? 120L : (long) this.tiesAtStart, "withoutStrength",
						derived ? 0L : (long) this.withoutStrengthAtStart));
			});
			doAnswer(invocation -> this.rebuilds.incrementAndGet()).when(runner).writeTogether(any(), anyMap());
			return runner;
		}

	}

}
