package be.aanboord.partner;

import java.util.ArrayList;
import java.util.List;

import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the partner module holds about a user: the lab's people with the user's e-mail
 * address (name, function, organisation, role in the lab), and organisations whose
 * contact address is the user's own.
 * <p>
 * Erasure keeps such a person (meetings and action points point to them) but replaces the
 * name by the pseudonym and removes the e-mail address and function; an organisation
 * loses the contact address that was the user's.
 */
@Component
class PartnerPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	PartnerPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "personalData.partner";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(this.jdbc.sql("""
				select p.full_name, p.function_title, p.lab_role, p.email, o.name as organisation from person p
				left join organisation o on o.id = p.organisation_id where lower(p.email) = lower(?) order by p.id""")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.partner.person", rs.getString("full_name"))
				.field("personalData.partner.function", rs.getString("function_title"))
				.field("personalData.partner.labRole", rs.getString("lab_role"))
				.field("personalData.account.email", rs.getString("email"))
				.field("personalData.partner.organisation", rs.getString("organisation"))
				.build())
			.list());
		records.addAll(this.jdbc.sql("select name, email from organisation where lower(email) = lower(?) order by id")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.partner.organisation", rs.getString("name"))
				.field("personalData.account.email", rs.getString("email"))
				.build())
			.list());
		return records;
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int people = this.jdbc.sql("""
				update person set full_name = ?, email = null, function_title = null, version = version + 1
				where lower(email) = lower(?)""").params(subject.pseudonym(), subject.email()).update();
		int organisations = this.jdbc
			.sql("update organisation set email = null, version = version + 1 where lower(email) = lower(?)")
			.param(subject.email())
			.update();
		return Erasure.builder()
			.count("personalData.erased.partner.people", people)
			.count("personalData.erased.partner.organisations", organisations)
			.build();
	}

}
