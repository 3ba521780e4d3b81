package eu.clustergraph.system.graphql.paging;

import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTests {

	@Test
	void firstDefaultsToTwentyAndAsksForOneExtraRow() {
		PageRequest page = PageRequest.of(null, null, null);
		assertThat(page.first()).isEqualTo(20);
		assertThat(page.limit()).isEqualTo(21);
		assertThat(page.afterKey()).isNull();
	}

	@Test
	void firstOutsideZeroToOneHundredNamesTheArgument() {
		for (int first : new int[] { -1, 101, 100000 }) {
			assertThatThrownBy(() -> PageRequest.of(first, null, null)).isInstanceOf(InvalidArgumentException.class)
				.hasMessageContaining("'first'")
				.hasMessageContaining("(was " + first + ")");
		}
	}

	@Test
	void aCursorCarriesItsKeyThroughTheRoundTrip() {
		assertThat(PageRequest.of(5, Cursor.encode("DE11"), null).afterKey()).isEqualTo("DE11");
		assertThat(PageRequest.of(5, Cursor.encode("Île-de-France, 75"), null).afterKey()).isEqualTo("Île-de-France, 75");
	}

	@Test
	void aMalformedCursorNamesTheArgument() {
		for (String cursor : new String[] { "bad", "", "%%%", "REUxMQ" /* base64 of DE11, no prefix */ }) {
			assertThatThrownBy(() -> PageRequest.of(5, cursor, null)).isInstanceOf(InvalidArgumentException.class)
				.satisfies(failure -> assertThat(((InvalidArgumentException) failure).argument()).isEqualTo("after"));
		}
	}

	@Test
	void zeroRowsNeverQueriesRows() {
		assertThat(PageRequest.of(0, null, null).rowsWanted()).isFalse();
	}

}
