package be.aanboord.system;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application events kept by Spring Modulith's publication registry
 * ({@code event_publication}): an event may carry a user's name or e-mail address (a
 * comment's author, a mail's recipient). Nothing of it is shown in a download (it is the
 * portal's machinery); erasure deletes the publications whose serialised event holds the
 * user's username, name or e-mail address as a value (a JSON string of its own, so that a
 * short username never matches inside other text).
 */
@Component
class EventPublicationPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	EventPublicationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "personalData.events";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		return List.of();
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int events = this.jdbc.sql("""
				delete from event_publication where strpos(lower(serialized_event), lower('"' || :email || '"')) > 0
				   or strpos(lower(serialized_event), lower('"' || :name || '"')) > 0
				   or strpos(lower(serialized_event), lower('"' || :username || '"')) > 0""")
			.param("email", subject.email())
			.param("name", subject.nameToMatch())
			.param("username", subject.username())
			.update();
		return Erasure.builder().count("personalData.erased.events", events).build();
	}

}
