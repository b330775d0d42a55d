package be.aanboord.agenda.registration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Activities made for a test, written straight into the database (published, a leerlabo
 * of Ris+K BaO, in thirty days unless said otherwise), and removed again with their
 * registrations.
 */
@Component
class RegistrationFixture {

	static final String PREFIX = "test-inschrijving-";

	private final JdbcTemplate jdbc;

	RegistrationFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long activity(String name, Integer capacity) {
		return activity(name, capacity, Instant.now().plus(Duration.ofDays(30)), "PUBLISHED");
	}

	long activity(String name, Integer capacity, Instant startsAt, String status) {
		Long id = this.jdbc.queryForObject("""
				insert into activity (slug, type, title, description, starts_at, ends_at, address, capacity, status)
				values (?, 'LEERLABO', ?, '', ?, ?, 'Vaartkom 1, 3000 Leuven', ?, ?) returning id""", Long.class,
				PREFIX + name, "Leerlabo " + name, Timestamp.from(startsAt),
				Timestamp.from(startsAt.plus(Duration.ofHours(3))), capacity, status);
		this.jdbc.update(
				"insert into activity_project (activity_id, project_id) select ?, id from project where slug = 'risk-bao'",
				id);
		return id;
	}

	long workshop(long activityId, String title, Integer capacity) {
		Instant starts = this.jdbc
			.queryForObject("select starts_at from activity where id = ?", Timestamp.class, activityId)
			.toInstant();
		Integer position = this.jdbc.queryForObject(
				"select coalesce(max(position), 0) + 1 from activity_programme_item where activity_id = ?",
				Integer.class, activityId);
		return this.jdbc.queryForObject("""
				insert into activity_programme_item (activity_id, position, kind, starts_at, ends_at, title, capacity)
				values (?, ?, 'WORKSHOP', ?, ?, ?, ?) returning id""", Long.class, activityId, position,
				Timestamp.from(starts), Timestamp.from(starts.plus(Duration.ofHours(1))), title, capacity);
	}

	String slug(long activityId) {
		return this.jdbc.queryForObject("select slug from activity where id = ?", String.class, activityId);
	}

	long count(long activityId, String status) {
		return this.jdbc.queryForObject(
				"select count(*) from activity_registration where activity_id = ? and status = ?", Long.class,
				activityId, status);
	}

	void removeAll() {
		this.jdbc.update("delete from activity where slug like ?", PREFIX + "%");
	}

}
