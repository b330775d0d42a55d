package be.aanboord.toolbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review conversation of a fiche (table {@code fiche_comment}): every step of its
 * review (submitted, remarks, changes requested, published, archived, reviewed) with who
 * took it and when, oldest first.
 */
@Component
class FicheComments {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	FicheComments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One step of the conversation.
	 *
	 * @param kind SUBMITTED, COMMENT, CHANGES_REQUESTED, PUBLISHED, ARCHIVED or REVIEWED
	 * (message {@code toolbox.review.kind.<kind>})
	 */
	record Comment(String author, String kind, String text, Instant createdAt) {
	}

	@Transactional(readOnly = true)
	List<Comment> of(long ficheId) {
		return this.jdbc.query(
				"select author, kind, text, created_at from fiche_comment where fiche_id = ? order by created_at, id",
				(rs, row) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				ficheId);
	}

	/**
	 * Adds a step, now; a blank text is kept as none, another one without its margins.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(long ficheId, String by, String kind, String text) {
		this.jdbc.update("insert into fiche_comment (fiche_id, author, kind, text, created_at) values (?, ?, ?, ?, ?)",
				ficheId, by, kind, (text != null && !text.isBlank()) ? text.strip() : null,
				Timestamp.from(this.clock.instant()));
	}

}
