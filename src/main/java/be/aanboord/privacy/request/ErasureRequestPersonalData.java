package be.aanboord.privacy.request;

import java.time.OffsetDateTime;
import java.util.List;

import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.Formats;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user's own erasure requests: when, the reason they gave, status and the
 * administrator's note. Erasure blanks the reasons (the user's own words, which may name
 * them); the requests stay as the record that the erasure was asked and done.
 */
@Component
class ErasureRequestPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ErasureRequestPersonalData(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String section() {
		return "personalData.requests";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		return this.jdbc
			.sql("select requested_at, reason, status, handled_at, note from erasure_request where account_id = ? "
					+ "order by requested_at, id")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.requests.requestedAt",
						formats.dateTime(rs.getObject("requested_at", OffsetDateTime.class)))
				.field("personalData.requests.reason", rs.getString("reason"))
				.field("personalData.requests.status",
						this.messages.getMessage("ErasureStatus." + rs.getString("status"), null,
								rs.getString("status"), LocaleContextHolder.getLocale()))
				.field("personalData.requests.handledAt",
						(rs.getObject("handled_at") != null)
								? formats.dateTime(rs.getObject("handled_at", OffsetDateTime.class)) : null)
				.field("personalData.requests.note", rs.getString("note"))
				.build())
			.list();
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int requests = this.jdbc
			.sql("update erasure_request set reason = null where account_id = ? and reason is not null")
			.param(subject.accountId())
			.update();
		return Erasure.builder().count("personalData.erased.requests", requests).build();
	}

}
