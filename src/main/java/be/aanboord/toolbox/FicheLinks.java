package be.aanboord.toolbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published fiches as other modules link to them (news items, the newsletter): id,
 * address and title of the version the public sees ({@code published_fiche}). Read-only,
 * one query each; a fiche that is not published (any more) is left out.
 */
@Component
public class FicheLinks {

	/**
	 * A published fiche: its id, its address {@code /toolbox/{slug}}, its title and
	 * summary, when it was first published.
	 */
	public record Link(long id, String slug, String title, String summary, Instant publishedAt) {
	}

	private static final String COLUMNS = "select id, slug, title, summary, published_at from published_fiche ";

	private final JdbcClient jdbc;

	FicheLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The published ones among these fiches, by title. */
	public List<Link> published(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(COLUMNS + "where id in (:ids) order by lower(title), id")
			.params(Map.of("ids", ids))
			.query(Link.class)
			.list();
	}

	/** Published fiches to choose from, by title (at most {@code limit}). */
	public List<Link> choices(int limit) {
		return this.jdbc.sql(COLUMNS + "order by lower(title), id limit :limit")
			.params(Map.of("limit", limit))
			.query(Link.class)
			.list();
	}

	/** Fiches first published after the instant, newest first (at most {@code limit}). */
	public List<Link> publishedSince(Instant since, int limit) {
		return this.jdbc.sql(COLUMNS + "where published_at > :since order by published_at desc, id desc limit :limit")
			.params(Map.of("since", java.sql.Timestamp.from(since), "limit", limit))
			.query(Link.class)
			.list();
	}

}
