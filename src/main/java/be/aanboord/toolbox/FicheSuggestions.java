package be.aanboord.toolbox;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published fiches for another module's page to suggest: those about one of the given
 * themes, written for the given level (or for no level in particular), the most
 * downloaded first. Read from the live snapshots through the {@code published_fiche}
 * view, with the GIN indexes on {@code fiche_version.themes} and {@code levels}.
 */
@Component
public class FicheSuggestions {

	/** A suggested fiche: its address is {@code /toolbox/{slug}}. */
	public record Suggested(String slug, String title, String summary) {
	}

	private final JdbcClient jdbc;

	FicheSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * At most {@code count} published fiches about one of {@code themes} for
	 * {@code level} (any level when it is {@code null}); empty when no theme is given.
	 */
	@Transactional(readOnly = true)
	public List<Suggested> about(Set<Theme> themes, Level level, int count) {
		if (themes.isEmpty() || count <= 0) {
			return List.of();
		}
		String names = themes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		return this.jdbc.sql("""
				select f.slug, f.title, f.summary from published_fiche f
				where f.themes && string_to_array(?, ',')::varchar[]
				  and (cast(? as varchar) = '' or f.levels @> array[cast(? as varchar)] or f.levels = '{}')
				order by f.download_count desc, f.published_at desc, f.id
				limit ?""")
			.params(names, (level != null) ? level.name() : "", (level != null) ? level.name() : "", count)
			.query((rs, row) -> new Suggested(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
