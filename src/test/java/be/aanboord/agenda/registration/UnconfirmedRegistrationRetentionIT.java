package be.aanboord.agenda.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registrations that never became a seat go too: registrations have no unconfirmed state
 * awaiting a mail (they are confirmed or on the waiting list at once), so the unconfirmed
 * ones are those still on the waiting list when the activity took place, and the
 * cancelled ones. The nightly job anonymises them with the confirmed ones, twelve months
 * after the activity (with a fixed clock), and leaves those of a recent activity.
 */
@IntegrationTest
class UnconfirmedRegistrationRetentionIT {

	@Autowired
	RegistrationFixture fixture;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheActivities() {
		this.fixture.removeAll();
	}

	@Test
	void waitingAndCancelledRegistrationsAreAnonymisedTwelveMonthsAfterTheActivity() {
		Instant now = Instant.parse("2026-06-01T01:30:00Z");
		long old = this.fixture.activity("wachtlijst-oud", 1, now.minus(Duration.ofDays(400)), "PUBLISHED");
		long recent = this.fixture.activity("wachtlijst-recent", 1, now.minus(Duration.ofDays(300)), "PUBLISHED");
		for (long activity : List.of(old, recent)) {
			insert(activity, "Zit Op Wachtlijst", "wacht@example.org", "WAITING");
			insert(activity, "Zei Af", "af@example.org", "CANCELLED");
		}
		RegistrationRetention retention = new RegistrationRetention(this.registrations,
				Clock.fixed(now, ZoneId.of("Europe/Brussels")), Period.parse("P12M"));

		// demo registrations of activities that ended before the cutoff count too
		assertThat(retention.anonymise()).isGreaterThanOrEqualTo(2);

		for (Map<String, Object> row : this.jdbc
			.queryForList("select name, email, organisation, job_function, status, anonymised_at"
					+ " from activity_registration where activity_id = ?", old)) {
			assertThat(row.get("name")).isNull();
			assertThat(row.get("email")).isNull();
			assertThat(row.get("organisation")).isNull();
			assertThat(row.get("job_function")).isNull();
			assertThat(row.get("anonymised_at")).isNotNull();
			assertThat(row.get("status")).isIn("WAITING", "CANCELLED");
		}
		assertThat(this.jdbc.queryForList("select email from activity_registration where activity_id = ? order by id",
				String.class, recent))
			.containsExactly("wacht@example.org", "af@example.org");
	}

	private void insert(long activityId, String name, String email, String status) {
		this.jdbc.update("""
				insert into activity_registration (activity_id, name, email, organisation, job_function, status,
				    registered_at, consented_at, cancelled_at)
				values (?, ?, ?, 'School', 'Leerkracht', ?, ?, ?, ?)""", activityId, name, email, status,
				Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
				"CANCELLED".equals(status) ? Timestamp.from(Instant.now()) : null);
	}

}
