package be.aanboord.help;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.Formats;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;
import be.aanboord.system.PublicPageCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the help directory holds about a user: corrections they proposed with their e-mail
 * address, the school cards that name them as a contact (by e-mail address) and help
 * offers whose contact address is theirs.
 * <p>
 * Erasure removes the e-mail address from those corrections (the proposal's text stays,
 * it is about the offer), the e-mail address and the contact person's name (when it is
 * theirs) from the cards, and the e-mail address from offers. The offers' history keeps
 * the editor's account id, which points to the anonymised account.
 */
@Component
class HelpPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final PublicPageCache publicPages;

	HelpPersonalData(JdbcClient jdbc, PublicPageCache publicPages) {
		this.jdbc = jdbc;
		this.publicPages = publicPages;
	}

	@Override
	public String section() {
		return "personalData.help";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(this.jdbc.sql("""
				select o.name, c.body, c.email, c.status, c.proposed_at from help_correction c
				join help_offer o on o.id = c.offer_id where lower(c.email) = lower(?) order by c.proposed_at, c.id""")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.help.correction", rs.getString("body"))
				.field("personalData.help.offer", rs.getString("name"))
				.field("personalData.account.email", rs.getString("email"))
				.field("personalData.help.status", rs.getString("status"))
				.field("personalData.at", formats.dateTime(rs.getObject("proposed_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select c.school_name, o.contact_person, o.phone, o.email from help_card_offer o
				join help_card c on c.id = o.card_id where lower(o.email) = lower(:email)
				   or lower(o.contact_person) = lower(:name)
				union all
				select c.school_name, l.contact_person, l.phone, l.email from help_card_line l
				join help_card c on c.id = l.card_id where lower(l.email) = lower(:email)
				   or lower(l.contact_person) = lower(:name)""")
			.param("email", subject.email())
			.param("name", subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.help.card", rs.getString("school_name"))
				.field("personalData.help.contactPerson", rs.getString("contact_person"))
				.field("personalData.help.phone", rs.getString("phone"))
				.field("personalData.account.email", rs.getString("email"))
				.build())
			.list());
		records.addAll(this.jdbc.sql("select name, email from help_offer where lower(email) = lower(?) order by id")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.help.offer", rs.getString("name"))
				.field("personalData.account.email", rs.getString("email"))
				.build())
			.list());
		return records;
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int corrections = this.jdbc.sql("update help_correction set email = null where lower(email) = lower(?)")
			.param(subject.email())
			.update();
		int cards = 0;
		for (String table : List.of("help_card_offer", "help_card_line")) {
			cards += this.jdbc
				.sql("update " + table
						+ """
								 set email = case when lower(email) = lower(:email) then null else email end,
								    contact_person = case when lower(contact_person) = lower(:name) then null else contact_person end
								where lower(email) = lower(:email) or lower(contact_person) = lower(:name)""")
				.param("email", subject.email())
				.param("name", subject.nameToMatch())
				.update();
		}
		int offers = this.jdbc
			.sql("update help_offer set email = null, version = version + 1 where lower(email) = lower(?)")
			.param(subject.email())
			.update();
		if (offers > 0) {
			this.publicPages.contentChanged();
		}
		return Erasure.builder()
			.count("personalData.erased.help.corrections", corrections)
			.count("personalData.erased.help.cards", cards)
			.count("personalData.erased.help.offers", offers)
			.build();
	}

}
