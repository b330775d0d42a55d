package be.aanboord.toolbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a start page shows of the toolbox: the editors' queue and the fiches due for a new
 * check, a partner organisation's own fiches. Each in one or two queries.
 */
@Component
public class ToolboxHighlights {

	/** How many fiches a start page lists at most per list. */
	static final int LISTED = 5;

	/** A fiche in a list of the start page. */
	public record Listed(long id, String title, String slug, FicheStatus status, Instant updatedAt,
			LocalDate lastReviewedOn) {
	}

	/**
	 * The editors' work: fiches waiting for review (oldest first) and published fiches
	 * whose last check is older than the review period.
	 */
	public record Desk(long inReviewTotal, List<Listed> inReview, long dueTotal, List<Listed> due) {
	}

	/** An organisation's fiches: how many per status, and the latest changed. */
	public record Mine(long drafts, long inReview, long published, List<Listed> latest) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Period reviewPeriod;

	ToolboxHighlights(JdbcClient jdbc, Clock clock,
			@Value("${aanboord.toolbox.review-period:P2Y}") Period reviewPeriod) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.reviewPeriod = reviewPeriod;
	}

	/** The editors' desk, as on {@code /toolbox/redactie}. */
	public Desk desk() {
		LocalDate before = LocalDate.now(this.clock).minus(this.reviewPeriod);
		List<Row> rows = this.jdbc.sql("""
				(select 'REVIEW' as list, id, title, slug, status, updated_at, last_reviewed_on,
				   count(*) over () as total
				 from fiche where status = 'IN_REVIEW' order by updated_at, id limit :limit)
				union all
				(select 'DUE', id, title, slug, status, updated_at, last_reviewed_on, count(*) over ()
				 from fiche where status = 'PUBLISHED' and last_reviewed_on < :before
				 order by last_reviewed_on, id limit :limit)""")
			.params(Map.of("before", before, "limit", LISTED))
			.query(Row.class)
			.list();
		List<Row> review = rows.stream().filter((row) -> "REVIEW".equals(row.list())).toList();
		List<Row> due = rows.stream().filter((row) -> "DUE".equals(row.list())).toList();
		return new Desk(review.isEmpty() ? 0 : review.get(0).total(), review.stream().map(Row::listed).toList(),
				due.isEmpty() ? 0 : due.get(0).total(), due.stream().map(Row::listed).toList());
	}

	/** How many fiches wait for the editors. */
	public long inReview() {
		return this.jdbc.sql("select count(*) from fiche where status = 'IN_REVIEW'").query(Long.class).single();
	}

	/** The fiches of one organisation, as on {@code /toolbox/mijn-fiches}. */
	public Mine mine(long organisationId) {
		List<MineRow> rows = this.jdbc.sql("""
				select id, title, slug, status, updated_at, last_reviewed_on,
				  count(*) filter (where status = 'DRAFT') over () as drafts,
				  count(*) filter (where status = 'IN_REVIEW') over () as in_review,
				  count(*) filter (where status = 'PUBLISHED') over () as published
				from fiche where organisation_id = :organisation
				order by updated_at desc, id desc limit :limit""")
			.params(Map.of("organisation", organisationId, "limit", LISTED))
			.query(MineRow.class)
			.list();
		if (rows.isEmpty()) {
			return new Mine(0, 0, 0, List.of());
		}
		MineRow first = rows.get(0);
		return new Mine(first.drafts(), first.inReview(), first.published(),
				rows.stream().map(MineRow::listed).toList());
	}

	private record MineRow(long id, String title, String slug, FicheStatus status, Instant updatedAt,
			LocalDate lastReviewedOn, long drafts, long inReview, long published) {

		Listed listed() {
			return new Listed(this.id, this.title, this.slug, this.status, this.updatedAt, this.lastReviewedOn);
		}

	}

	private record Row(String list, long id, String title, String slug, FicheStatus status, Instant updatedAt,
			LocalDate lastReviewedOn, long total) {

		Listed listed() {
			return new Listed(this.id, this.title, this.slug, this.status, this.updatedAt, this.lastReviewedOn);
		}

	}

}
