package be.aanboord.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.Formats;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The account itself: username, name, e-mail address, roles and the last sign-in
 * (export); erasure disables the account, replaces username, name and e-mail address by
 * the pseudonym ({@code verwijderd-<id>}, e-mail
 * {@code verwijderd-<id>@verwijderd.invalid}), sets an unknown random password, drops
 * roles, scopes and the last sign-in, and deletes the user's sessions (Spring Session's
 * rows by principal name). The row stays, so that the records other modules keep by
 * account id still point somewhere.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final MessageSource messages;

	AccountPersonalData(JdbcClient jdbc, PasswordEncoder encoder, MessageSource messages) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.messages = messages;
	}

	@Override
	public String section() {
		return "personalData.account";
	}

	/** The roles by their names in the reader's language ("Coördinator, Redactie"). */
	private String roles(DataSubject subject) {
		Locale locale = LocaleContextHolder.getLocale();
		return subject.roles()
			.stream()
			.map((role) -> this.messages.getMessage("Role." + role, null, role, locale))
			.collect(Collectors.joining(", "));
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		return this.jdbc
			.sql("select username, display_name, email, created_at, last_sign_in_at, enabled from account where id = ?")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.account.username", rs.getString("username"))
				.field("personalData.account.displayName", rs.getString("display_name"))
				.field("personalData.account.email", rs.getString("email"))
				.field("personalData.account.roles", roles(subject))
				.field("personalData.account.createdAt",
						formats.dateTime(rs.getObject("created_at", OffsetDateTime.class)))
				.field("personalData.account.lastSignIn",
						(rs.getObject("last_sign_in_at") != null)
								? formats.dateTime(rs.getObject("last_sign_in_at", OffsetDateTime.class)) : null)
				.build())
			.list();
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int sessions = this.jdbc.sql("delete from spring_session where lower(principal_name) = lower(?)")
			.param(subject.username())
			.update();
		this.jdbc.sql("delete from account_role where account_id = ?").param(subject.accountId()).update();
		this.jdbc.sql("delete from account_project where account_id = ?").param(subject.accountId()).update();
		int accounts = this.jdbc.sql("""
				update account set username = :pseudonym, display_name = :pseudonym,
				    email = :pseudonym || '@verwijderd.invalid', password_hash = :hash, enabled = false,
				    organisation_id = null, school_id = null, failed_logins = 0, locked_until = null,
				    last_sign_in_at = null, version = version + 1
				where id = :id""")
			.param("pseudonym", subject.pseudonym())
			.param("hash", this.encoder.encode(UUID.randomUUID().toString()))
			.param("id", subject.accountId())
			.update();
		return Erasure.builder()
			.count("personalData.erased.account", accounts)
			.count("personalData.erased.sessions", sessions)
			.build();
	}

}
