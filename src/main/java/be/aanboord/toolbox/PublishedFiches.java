package be.aanboord.toolbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import be.aanboord.partner.Organisations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published snapshots of fiches ({@code fiche_version}): taken when an editor
 * publishes, read by every public page. Exactly one snapshot per published fiche is live;
 * the public never sees the fiche's working copy.
 */
@Component
class PublishedFiches {

	private static final JsonMapper JSON = new JsonMapper();

	private static final String CONTENT = """
			v.title, v.summary, v.body_html, v.themes, v.phases, v.levels, v.audiences, v.organisation_id,
			v.plg_province, v.licence, v.reference_list, v.media_links""";

	private final JdbcTemplate jdbc;

	private final Organisations organisations;

	PublishedFiches(JdbcTemplate jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/** The fiche at this address as the public sees it; empty when it is not public. */
	@Transactional(readOnly = true)
	public Optional<PublishedFiche> find(String slug) {
		return this.jdbc
			.query("select v.id, v.number, v.slug, v.published_at, v.last_reviewed_on, v.version, " + CONTENT
					+ " from published_fiche v " + "where v.slug = ?",
					(rs, row) -> new PublishedFiche(rs.getLong("id"), rs.getInt("number"), rs.getString("slug"),
							rs.getTimestamp("published_at").toInstant(),
							rs.getObject("last_reviewed_on", LocalDate.class), rs.getInt("version"), content(rs)),
					slug)
			.stream()
			.findFirst();
	}

	/** One published version of a fiche, the current one or an earlier one. */
	@Transactional(readOnly = true)
	public Optional<PublishedFiche.Version> version(long ficheId, int number) {
		return this.jdbc
			.query("select v.number, v.published_at, " + CONTENT + " from fiche_version v "
					+ "where v.fiche_id = ? and v.number = ?",
					(rs, row) -> new PublishedFiche.Version(rs.getInt("number"),
							rs.getTimestamp("published_at").toInstant(), content(rs)),
					ficheId, number)
			.stream()
			.findFirst();
	}

	/**
	 * Takes the snapshot of the fiche's content as it is now (written to the database) as
	 * its version {@code number}, and makes it the live one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(long ficheId, int number, Instant at, String by) {
		this.jdbc.update("update fiche_version set live = false where fiche_id = ? and live", ficheId);
		this.jdbc.update("""
				insert into fiche_version (fiche_id, number, title, summary, body, body_html, themes, phases, levels,
				                           audiences, organisation_id, plg_province, licence, reference_list,
				                           media_links, published_at, published_by, live)
				select f.id, ?, f.title, f.summary, f.body, f.body_html, f.themes, f.phases, f.levels, f.audiences,
				       f.organisation_id, f.plg_province, f.licence,
				       (select coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'label', r.label, 'url', r.url)
				                                  order by r.position), '[]')
				        from fiche_reference r where r.fiche_id = f.id),
				       (select coalesce(jsonb_agg(jsonb_build_object('kind', m.kind, 'url', m.url, 'text', m.text)
				                                  order by m.position), '[]')
				        from fiche_media_link m where m.fiche_id = f.id),
				       ?, ?, true
				from fiche f where f.id = ?""", number, Timestamp.from(at), by, ficheId);
	}

	/** The fiche is no longer public (its versions stay in the database). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(long ficheId) {
		this.jdbc.update("update fiche_version set live = false where fiche_id = ? and live", ficheId);
	}

	/**
	 * The content of a snapshot row, with the name of the organisation that wrote it (as
	 * it is called now).
	 */
	private PublishedFiche.Content content(ResultSet rs) throws SQLException {
		Long organisationId = rs.getObject("organisation_id", Long.class);
		String licence = rs.getString("licence");
		String province = rs.getString("plg_province");
		return new PublishedFiche.Content(rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
				values(Theme.class, rs.getArray("themes")), values(CarePhase.class, rs.getArray("phases")),
				values(Level.class, rs.getArray("levels")), values(Audience.class, rs.getArray("audiences")),
				(organisationId != null) ? this.organisations.find(organisationId)
					.map(Organisations.OrganisationSummary::name)
					.orElse(null) : null,
				(province != null) ? Province.valueOf(province) : null,
				(licence != null) ? Licence.valueOf(licence) : null, references(rs.getString("reference_list")),
				mediaLinks(rs.getString("media_links")));
	}

	record StoredReference(ReferenceKind kind, String label, String url) {
	}

	private static List<FicheReference> references(String json) {
		return Arrays.stream(JSON.readValue(json, StoredReference[].class))
			.map((stored) -> new FicheReference(stored.kind(), stored.label(), stored.url()))
			.toList();
	}

	record StoredMediaLink(MediaKind kind, String url, String text) {
	}

	private static List<MediaLink> mediaLinks(String json) {
		return Arrays.stream(JSON.readValue(json, StoredMediaLink[].class))
			.map((stored) -> new MediaLink(stored.kind(), stored.url(), stored.text()))
			.toList();
	}

	private static <E extends Enum<E>> Set<E> values(Class<E> type, Array array) throws SQLException {
		Set<E> set = EnumSet.noneOf(type);
		for (Object name : (Object[]) array.getArray()) {
			set.add(Enum.valueOf(type, (String) name));
		}
		return set;
	}

	/**
	 * A fiche as the feed shows it; {@code updatedAt} is when its current version was
	 * published, {@code source} the name of the organisation that wrote it or {@code PLG}
	 * and the province ({@code PLG West Vlaanderen}).
	 */
	record Latest(String slug, String title, String summary, Instant publishedAt, Instant updatedAt, String source) {
	}

	/** The fiches published last, newest first. */
	@Transactional(readOnly = true)
	public List<Latest> latest(int count) {
		record Row(String slug, String title, String summary, Instant publishedAt, Instant updatedAt,
				Long organisationId, String province) {
		}
		List<Row> rows = this.jdbc.query("""
				select f.slug, f.title, f.summary, f.published_at, f.version_published_at, f.organisation_id,
				       f.plg_province
				from published_fiche f
				order by f.published_at desc, f.id desc limit ?""",
				(rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
						rs.getTimestamp(5).toInstant(), rs.getObject(6, Long.class), rs.getString(7)),
				count);
		Map<Long, String> names = this.organisations
			.names(rows.stream().map(Row::organisationId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream()
			.map((row) -> new Latest(row.slug(), row.title(), row.summary(), row.publishedAt(), row.updatedAt(),
					(row.organisationId() != null) ? names.get(row.organisationId()) : plg(row.province())))
			.toList();
	}

	/**
	 * {@code PLG} and the province's name as words: {@code PLG Brussel Vlaams Brabant}.
	 */
	private static String plg(String province) {
		if (province == null) {
			return null;
		}
		StringBuilder name = new StringBuilder("PLG");
		for (String word : province.split("_")) {
			name.append(' ').append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return name.toString();
	}

}
