package be.aanboord.news;

import java.time.OffsetDateTime;
import java.util.List;

import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.Formats;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the news holds about a user: a newsletter subscription under their e-mail address
 * (news items store no author). Erasure deletes the subscription, as unsubscribing does
 * (its delivery rows go with it).
 */
@Component
class NewsPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	NewsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "personalData.news";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		return this.jdbc
			.sql("select email, requested_at, confirmed_at from newsletter_subscriber where lower(email) = lower(?)")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.news.subscription", rs.getString("email"))
				.field("personalData.news.requestedAt",
						formats.dateTime(rs.getObject("requested_at", OffsetDateTime.class)))
				.field("personalData.news.confirmedAt",
						(rs.getObject("confirmed_at") != null)
								? formats.dateTime(rs.getObject("confirmed_at", OffsetDateTime.class)) : null)
				.build())
			.list();
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int subscriptions = this.jdbc.sql("delete from newsletter_subscriber where lower(email) = lower(?)")
			.param(subject.email())
			.update();
		return Erasure.builder().count("personalData.erased.news.subscriptions", subscriptions).build();
	}

}
