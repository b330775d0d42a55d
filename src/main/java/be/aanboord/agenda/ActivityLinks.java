package be.aanboord.agenda;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Activities of the public agenda as other modules link to them (news items, the
 * newsletter): id, address {@code /agenda/{slug}}, title and start. Only public types
 * ({@link ActivityType#PUBLIC}) that are published or cancelled (as the agenda shows
 * them); read-only, one query each.
 */
@Component
public class ActivityLinks {

	/** A public activity; {@code cancelled} when it was cancelled. */
	public record Link(long id, String slug, String title, Instant startsAt, boolean cancelled) {
	}

	private static final String COLUMNS = "select id, slug, title, starts_at, status = 'CANCELLED' as cancelled "
			+ "from activity where status in ('PUBLISHED', 'CANCELLED') and type in (:types) ";

	private final JdbcClient jdbc;

	ActivityLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The public ones among these activities, in time order. */
	public List<Link> shown(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(COLUMNS + "and id in (:ids) order by starts_at, id")
			.params(Map.of("types", types(), "ids", ids))
			.query(Link.class)
			.list();
	}

	/**
	 * Public activities that start after the instant, in time order (at most
	 * {@code limit}): to choose from, or to announce.
	 */
	public List<Link> startingAfter(Instant from, int limit) {
		return this.jdbc.sql(COLUMNS + "and starts_at >= :from order by starts_at, id limit :limit")
			.params(Map.of("types", types(), "from", Timestamp.from(from), "limit", limit))
			.query(Link.class)
			.list();
	}

	private static List<String> types() {
		return ActivityType.PUBLIC.stream().map(Enum::name).toList();
	}

}
