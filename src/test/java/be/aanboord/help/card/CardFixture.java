package be.aanboord.help.card;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Offers of its own for the card tests (slugs starting with {@code kaarttest-}), in
 * Leuven and Tienen, and the form of a card page as a browser would post it.
 */
@Component
class CardFixture {

	static final String CLB = "Kaarttest CLB Leuven";

	static final String NAFT = "Kaarttest NAFT Vlaanderen";

	static final String TIENEN = "Kaarttest Zorgboerderij Tienen";

	static final String WORK = "Kaarttest Jobcoaching SO";

	/** The demo card's private link (db/demo/R__demo_help_cards.sql) and its SHA-256. */
	static final String DEMO_TOKEN = "zbBRjR-lCx-BDbYGASc7XcqkkcpLbzV-N2HdzMRduyU";

	static final String DEMO_TOKEN_HASH = "71b59068ce2f8dce2896b4d10bf76b245983fe7a1750796ac70a546b96e86c5b";

	private final JdbcTemplate jdbc;

	CardFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The municipalities (when the reference data lacks them) and the test offers. */
	void offers() {
		this.jdbc
			.update("insert into municipality (code, name, province) values ('leuven', 'Leuven', 'VLAAMS_BRABANT'), "
					+ "('tienen', 'Tienen', 'VLAAMS_BRABANT') on conflict do nothing");
		this.jdbc.update("insert into municipality_postal_code (postal_code, municipality_code) values "
				+ "('3000', 'leuven'), ('3001', 'leuven'), ('3010', 'leuven'), ('3012', 'leuven'), ('3300', 'tienen') "
				+ "on conflict do nothing");
		remove();
		offer("kaarttest-clb", CLB, "CLB", "EXTENDED_CARE", "{BAO,SO}", false, "016 11 11 11", "clb@kaarttest.be",
				"leuven");
		offer("kaarttest-naft", NAFT, "NAFT", "THROUGH_CLB", "{}", true, "02 222 22 22", null, null);
		offer("kaarttest-tienen", TIENEN, "DAY_CARE", "THROUGH_CLB", "{}", false, "016 33 33 33", null, "tienen");
		offer("kaarttest-work", WORK, "WORK_ORGANISATION", "STEP_TO_WORK", "{SO}", false, null, "job@kaarttest.be",
				"leuven");
	}

	private void offer(String slug, String name, String kind, String level, String levels, boolean flandersWide,
			String phone, String email, String municipality) {
		Long id = this.jdbc.queryForObject("""
				insert into help_offer (slug, name, kind, care_level, summary, levels, flanders_wide, phone, email)
				values (?, ?, ?, ?, 'Aanbod voor de kaarttest', cast(? as varchar[]), ?, ?, ?) returning id""",
				Long.class, slug, name, kind, level, levels, flandersWide, phone, email);
		if (municipality != null) {
			this.jdbc.update("insert into help_offer_municipality (offer_id, municipality_code) values (?, ?)", id,
					municipality);
		}
	}

	long offerId(String name) {
		return this.jdbc.queryForObject("select id from help_offer where name = ?", Long.class, name);
	}

	/** Removes the cards made by the tests (all but the demo's) and the test offers. */
	void remove() {
		this.jdbc.update("delete from help_card where token_hash <> decode(?, 'hex')", DEMO_TOKEN_HASH);
		this.jdbc.update("delete from help_offer where slug like 'kaarttest-%'");
	}

	/**
	 * The values of a page's card form as a browser would post them (checkboxes only when
	 * ticked), in document order.
	 */
	static MultiValueMap<String, String> form(Document page) {
		Element form = page.selectFirst("form.card-form");
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		for (Element input : form.select("input[name], select[name]")) {
			if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				values.add(input.attr("name"), (selected != null) ? selected.attr("value") : "");
			}
			else if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
				values.add(input.attr("name"), input.attr("value"));
			}
		}
		return values;
	}

	/** The name prefix of the row of an offer in the form ({@code offers[3]}). */
	static String offerRow(Document page, long offerId) {
		Element hidden = page
			.selectFirst("form.card-form input[type=hidden][name$='.offerId'][value='" + offerId + "']");
		if (hidden == null) {
			throw new AssertionError("the card has no row for offer " + offerId);
		}
		String name = hidden.attr("name");
		return name.substring(0, name.indexOf('.'));
	}

	/**
	 * The name prefix of the first empty own line of a level of care ({@code lines[2]}).
	 */
	static String emptyLine(Document page, String careLevel) {
		for (Element hidden : page
			.select("form.card-form input[type=hidden][name$=.careLevel][value=" + careLevel + "]")) {
			String row = hidden.attr("name").substring(0, hidden.attr("name").indexOf('.'));
			Element name = page.selectFirst("form.card-form input[name='" + row + ".name']");
			if (name != null && name.attr("value").isEmpty()) {
				return row;
			}
		}
		throw new AssertionError("no empty own line under " + careLevel);
	}

	/** The request that posts the values. */
	static MockHttpServletRequestBuilder post(MockHttpServletRequestBuilder request,
			MultiValueMap<String, String> values) {
		return request.params(values);
	}

}
