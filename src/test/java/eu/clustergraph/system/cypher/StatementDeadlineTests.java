package eu.clustergraph.system.cypher;

import io.micrometer.context.ContextRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementDeadlineTests {

	@Test
	void aThreadHasNoDeadlineUntilAScopeSetsOne() {
		assertThat(StatementDeadline.remaining()).isNull();
		try (StatementDeadline.Scope scope = StatementDeadline.until(System.nanoTime() + 60_000_000_000L)) {
			assertThat(StatementDeadline.remaining()).isPositive();
		}
		assertThat(StatementDeadline.remaining()).isNull();
	}

	@Test
	void closingAnInnerScopeRestoresTheOuterDeadline() {
		long outer = System.nanoTime() + 60_000_000_000L;
		try (StatementDeadline.Scope outerScope = StatementDeadline.until(outer)) {
			try (StatementDeadline.Scope innerScope = StatementDeadline.until(System.nanoTime() - 1)) {
				assertThat(StatementDeadline.remaining()).isNegative();
			}
			assertThat(new StatementDeadline.Accessor().getValue()).isEqualTo(outer);
		}
	}

	@Test
	void contextPropagationKnowsTheDeadlineByItsKey() {
		// Spring GraphQL restores thread-locals around fetchers and batch loaders through the global registry
		assertThat(ContextRegistry.getInstance().getThreadLocalAccessors())
			.anySatisfy(accessor -> assertThat(accessor.key()).isEqualTo(StatementDeadline.KEY));
	}

}
