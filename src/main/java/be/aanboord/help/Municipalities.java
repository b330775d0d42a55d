package be.aanboord.help;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The municipalities of Vlaams-Brabant (as of 1 January 2025, after the merger into
 * Pajottegem) and the 19 of Brussels, with the postal codes that lead to them (reference
 * data of migration V92).
 */
@Component
public class Municipalities {

	private final JdbcClient jdbc;

	Municipalities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every municipality, by name. */
	public List<Municipality> all() {
		return this.jdbc.sql("select code, name, province from municipality order by name")
			.query(Municipality.class)
			.list();
	}

	/**
	 * The municipality with this code (lowercase letters, digits, hyphens), if there is
	 * one.
	 */
	public Optional<Municipality> byCode(String code) {
		if (code == null || !code.strip().matches("[a-z0-9-]{1,40}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select code, name, province from municipality where code = ?")
			.param(code.strip())
			.query(Municipality.class)
			.optional();
	}

	/** The municipalities with these codes, by name (unknown codes are left out). */
	public List<Municipality> byCodes(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select code, name, province from municipality where code in (:codes) order by name")
			.param("codes", codes)
			.query(Municipality.class)
			.list();
	}

	/**
	 * The municipality a Belgian postal code (four digits, surrounding spaces ignored)
	 * belongs to; empty for anything else or a postal code outside Vlaams-Brabant and
	 * Brussels. Every geographic postal code belongs to one municipality here.
	 */
	public Optional<Municipality> ofPostalCode(String postalCode) {
		if (postalCode == null || !postalCode.strip().matches("[0-9]{4}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select m.code, m.name, m.province from municipality m
				join municipality_postal_code p on p.municipality_code = m.code
				where p.postal_code = ? order by m.name limit 1""")
			.param(postalCode.strip())
			.query(Municipality.class)
			.optional();
	}

}
