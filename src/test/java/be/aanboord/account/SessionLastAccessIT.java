package be.aanboord.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session row is written for a new last access only when the recorded one is a minute
 * old or more; any other change of the row is written at once, and the idle timeout runs
 * from the recorded last access.
 */
@IntegrationTest
class SessionLastAccessIT {

	@Autowired
	SessionRepository<? extends Session> repository;

	SessionRepository<Session> sessions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void sessions() {
		assertThat(this.repository).isInstanceOf(JdbcIndexedSessionRepository.class);
		this.sessions = (SessionRepository<Session>) this.repository;
	}

	@Test
	void aLastAccessLessThanAMinuteLaterLeavesTheRowAsItIs() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String id = newSession(start);

		Session session = this.sessions.findById(id);
		session.setLastAccessedTime(start.plusSeconds(59));
		this.sessions.save(session);
		assertThat(recordedLastAccess(id)).isEqualTo(start.toEpochMilli());
		assertThat(recordedExpiry(id)).isEqualTo(start.plus(Duration.ofMinutes(30)).toEpochMilli());

		session = this.sessions.findById(id);
		session.setLastAccessedTime(start.plusSeconds(60));
		this.sessions.save(session);
		assertThat(recordedLastAccess(id)).isEqualTo(start.plusSeconds(60).toEpochMilli());
		assertThat(recordedExpiry(id)).isEqualTo(start.plusSeconds(60).plus(Duration.ofMinutes(30)).toEpochMilli());
	}

	@Test
	void attributesAPrincipalANewIdAndATimeoutAreWrittenAtOnce() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String id = newSession(start);

		Session session = this.sessions.findById(id);
		session.setLastAccessedTime(start.plusSeconds(1));
		session.setAttribute("answer", 42);
		this.sessions.save(session);
		assertThat(this.sessions.findById(id).<Integer>getAttribute("answer")).isEqualTo(42);
		assertThat(recordedLastAccess(id)).isEqualTo(start.toEpochMilli());

		session = this.sessions.findById(id);
		session.setLastAccessedTime(start.plusSeconds(2));
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "someone");
		this.sessions.save(session);
		assertThat(this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("someone");
		assertThat(recordedLastAccess(id)).isEqualTo(start.plusSeconds(2).toEpochMilli());

		session = this.sessions.findById(id);
		session.setLastAccessedTime(start.plusSeconds(3));
		String newId = session.changeSessionId();
		this.sessions.save(session);
		assertThat(this.sessions.findById(id)).isNull();
		assertThat(this.sessions.findById(newId)).isNotNull();
		assertThat(recordedLastAccess(newId)).isEqualTo(start.plusSeconds(3).toEpochMilli());

		session = this.sessions.findById(newId);
		session.setLastAccessedTime(start.plusSeconds(4));
		session.setMaxInactiveInterval(Duration.ofMinutes(5));
		this.sessions.save(session);
		assertThat(recordedExpiry(newId)).isEqualTo(start.plusSeconds(4).plus(Duration.ofMinutes(5)).toEpochMilli());
	}

	@Test
	void aSessionIdleLongerThanItsTimeoutSinceTheRecordedAccessIsGone() {
		Instant start = Instant.now().minus(Duration.ofMinutes(31)).truncatedTo(ChronoUnit.MILLIS);
		String id = newSession(start);

		assertThat(this.sessions.findById(id)).isNull();
	}

	private String newSession(Instant lastAccess) {
		Session session = this.sessions.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		session.setLastAccessedTime(lastAccess);
		this.sessions.save(session);
		return session.getId();
	}

	private long recordedLastAccess(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long recordedExpiry(String id) {
		return this.jdbc.sql("select expiry_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

}
