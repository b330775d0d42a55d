package be.aanboord.help.editing;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Offers and corrections made for the editing tests (slugs starting with {@code test-}),
 * removed with their corrections and history afterwards.
 */
@Component
class HelpEditingFixture {

	private final JdbcTemplate jdbc;

	HelpEditingFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A published, Flanders-wide offer checked on the day given; returns its id. */
	long offer(String slug, String name, LocalDate checkedOn) {
		return this.jdbc.queryForObject("""
				insert into help_offer (slug, name, kind, care_level, summary, flanders_wide, phone, checked_on)
				values (?, ?, 'LOCAL_INITIATIVE', 'INCREASED_CARE', 'Huiswerkbegeleiding na school', true,
				        '016 11 22 33', ?) returning id""", Long.class, slug, name, checkedOn);
	}

	long correction(long offerId, String body, String email) {
		return this.jdbc.queryForObject(
				"insert into help_correction (offer_id, body, email) values (?, ?, ?) returning id", Long.class,
				offerId, body, email);
	}

	int version(long offerId) {
		return this.jdbc.queryForObject("select version from help_offer where id = ?", Integer.class, offerId);
	}

	String slug(long offerId) {
		return this.jdbc.queryForObject("select slug from help_offer where id = ?", String.class, offerId);
	}

	void removeAll() {
		this.jdbc.update("delete from help_offer where slug like 'test-%'");
	}

	/**
	 * The offer's form as the editors post it, filled as the fixture's offer is, with the
	 * given version and phone.
	 */
	static MockHttpServletRequestBuilder form(String path, String name, int version, String phone) {
		return post(path).with(csrf())
			.param("version", String.valueOf(version))
			.param("name", name)
			.param("kind", "LOCAL_INITIATIVE")
			.param("careLevel", "INCREASED_CARE")
			.param("summary", "Huiswerkbegeleiding na school")
			.param("description", "")
			.param("accessRoute", "DIRECT")
			.param("flandersWide", "true")
			.param("phone", phone);
	}

}
