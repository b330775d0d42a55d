package be.aanboord.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired sessions go: Spring Session's cleanup
 * ({@code spring.session.jdbc.cleanup-cron}, every five minutes) deletes every session
 * whose expiry time has passed, with its attributes, and keeps the live ones. The cleanup
 * reads the system clock, so the sessions' times are set around the moment of the test.
 */
@IntegrationTest
class SessionCleanupIT {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	JdbcClient jdbc;

	private final String expired = UUID.randomUUID().toString();

	private final String live = UUID.randomUUID().toString();

	@AfterEach
	void removeTheSessions() {
		this.jdbc.sql("delete from spring_session where primary_id in (?, ?)").params(this.expired, this.live).update();
	}

	@Test
	void anExpiredSessionIsDeletedWithItsAttributesAndALiveOneStays() {
		Instant now = Instant.now();
		session(this.expired, now.minus(Duration.ofMinutes(31)), now.minus(Duration.ofMinutes(1)));
		session(this.live, now.minus(Duration.ofMinutes(29)), now.plus(Duration.ofMinutes(1)));

		this.sessions.cleanUpExpiredSessions();

		assertThat(this.jdbc.sql("select primary_id from spring_session where primary_id in (?, ?)")
			.params(this.expired, this.live)
			.query(String.class)
			.list()).isEqualTo(List.of(this.live));
		assertThat(this.jdbc.sql("select count(*) from spring_session_attributes where session_primary_id = ?")
			.param(this.expired)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theCleanupRunsEveryFiveMinutesInProduction() throws Exception {
		java.util.Properties production = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/application.properties")) {
			production.load(in);
		}
		assertThat(production.getProperty("spring.session.jdbc.cleanup-cron")).isEqualTo("0 */5 * * * *");
	}

	private void session(String id, Instant lastAccess, Instant expiry) {
		this.jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				  max_inactive_interval, expiry_time, principal_name)
				values (?, ?, ?, ?, 1800, ?, 'beheerder')""")
			.params(id, UUID.randomUUID().toString(), lastAccess.toEpochMilli(), lastAccess.toEpochMilli(),
					expiry.toEpochMilli())
			.update();
		this.jdbc.sql("""
				insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
				values (?, 'test', '\\x00'::bytea)""").param(id).update();
	}

}
