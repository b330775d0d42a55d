package be.aanboord;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MigrationsIT {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationAppliedToTheEmptyTestDatabase() {
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).isNotEmpty();
		assertThat(applied).allSatisfy(
				(migration) -> assertThat(migration.getState()).isIn(MigrationState.SUCCESS, MigrationState.OUTDATED));
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void referenceDataIsThere() {
		assertThat(this.jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(8);
		assertThat(this.jdbc.sql("select min(start_year) || '-' || max(start_year) from school_year")
			.query(String.class)
			.single()).isEqualTo("2017-2026");
		assertThat(this.jdbc.sql("select count(distinct category) from organisation").query(Long.class).single())
			.isEqualTo(6);
	}

}
