package be.aanboord.system;

import java.sql.DriverManager;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DatabaseCreationIT {

	@Autowired
	DataSourceProperties dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMissingDatabaseIsCreatedAndAnExistingOneLeftAlone() throws Exception {
		String scratch = "aanboord_creation_check";
		this.jdbc.sql("drop database if exists " + scratch).update();
		String url = this.dataSource.getUrl().replaceAll("/[A-Za-z0-9_]+(\\?.*)?$", "/" + scratch);
		DatabaseCreation.createIfMissing(url, this.dataSource.getUsername(), this.dataSource.getPassword());
		DatabaseCreation.createIfMissing(url, this.dataSource.getUsername(), this.dataSource.getPassword());
		try (var connection = DriverManager.getConnection(url, this.dataSource.getUsername(),
				this.dataSource.getPassword())) {
			assertThat(connection.isValid(2)).isTrue();
		}
		this.jdbc.sql("drop database " + scratch).update();
	}

}
