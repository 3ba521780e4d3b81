package eu.clustergraph.system.migration;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTests {

	@Test
	void statementsEndWithASemicolonAtTheEndOfALine() {
		Migration migration = Migration.parse("V0007__Add_things.cypher", """
				// a comment; not a statement
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
				CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.name]
				  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
				""");
		assertThat(migration.version()).isEqualTo(7);
		assertThat(migration.description()).isEqualTo("Add things");
		assertThat(migration.statements()).hasSize(2);
		assertThat(migration.statements().get(1)).startsWith("CREATE FULLTEXT INDEX b").endsWith("'standard-folding'}}");
	}

	@Test
	void checksumIgnoresLineEndings() {
		String unix = "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n";
		assertThat(Migration.parse("V1__A.cypher", unix).checksum())
			.isEqualTo(Migration.parse("V1__A.cypher", unix.replace("\n", "\r\n")).checksum());
	}

	@Test
	void aFileNamedAgainstTheConventionIsRejectedByName() {
		assertThatThrownBy(() -> Migration.parse("create_indexes.cypher", "")).hasMessageContaining("create_indexes.cypher")
			.hasMessageContaining("V<number>__<Description>.cypher");
	}

	@Test
	void packagedMigrationsAreInVersionOrderWithoutGaps() {
		List<Migration> migrations = SchemaMigrations.discover();
		for (int i = 0; i < migrations.size(); i++) {
			assertThat(migrations.get(i).version()).isEqualTo(i + 1);
		}
	}

}
