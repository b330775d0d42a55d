package be.aanboord.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.aanboord.system.DataSubject;

import org.springframework.context.MessageSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of an account, by its id: a small query type, so that no
 * module reads the {@code account} table itself.
 */
@Service
public class Accounts {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	Accounts(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The user as the privacy module's sources need them, with the Dutch name of their
	 * main role (the first of city, admin, coordinator, editor, partner, CLB, school), or
	 * empty when there is no such account.
	 */
	@Transactional(readOnly = true)
	public Optional<DataSubject> dataSubject(long accountId) {
		return this.jdbc.query("select username, email, display_name from account where id = ?", (rs, n) -> {
			List<String> roles = this.jdbc.queryForList(
					"select role from account_role where account_id = ? order by role", String.class, accountId);
			String main = Arrays
				.stream(new Role[] { Role.CITY, Role.ADMIN, Role.COORDINATOR, Role.EDITOR, Role.PARTNER, Role.CLB,
						Role.SCHOOL })
				.map(Role::name)
				.filter(roles::contains)
				.findFirst()
				.orElse(null);
			String label = (main != null)
					? this.messages.getMessage("Role." + main, null, Locale.forLanguageTag("nl-BE"))
					: this.messages.getMessage("personalData.role.none", null, Locale.forLanguageTag("nl-BE"));
			return new DataSubject(accountId, rs.getString("username"), rs.getString("email"),
					rs.getString("display_name"), roles, label, DataSubject.pseudonymOf(accountId),
					nameShared(accountId, rs.getString("display_name"), rs.getString("email")));
		}, accountId).stream().findFirst();
	}

	/**
	 * Whether another account, or a person of the lab with another e-mail address,
	 * carries this name (ignoring case): rows that stored the name might be theirs.
	 */
	private boolean nameShared(long accountId, String name, String email) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from account where id <> ? and lower(display_name) = lower(?))
				    or exists (select 1 from person where lower(full_name) = lower(?)
				               and (email is null or lower(email) <> lower(coalesce(?, ''))))""", Boolean.class,
				accountId, name, name, email));
	}

	/** Display names by account id (ids without an account are left out). */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("select id, display_name from account where id = any(?)",
					(RowCallbackHandler) (rs) -> names.put(rs.getLong("id"), rs.getString("display_name")),
					(Object) ids.toArray(Long[]::new));
		}
		return names;
	}

	/**
	 * Whether the account is an enabled administrator and no other enabled administrator
	 * exists: the portal must keep one.
	 */
	@Transactional(readOnly = true)
	public boolean isLastAdmin(long accountId) {
		Boolean last = this.jdbc.queryForObject("""
				select exists (select 1 from account_role r join account a on a.id = r.account_id
				               where a.id = ? and a.enabled and r.role = 'ADMIN')
				   and not exists (select 1 from account_role r join account a on a.id = r.account_id
				               where a.id <> ? and a.enabled and r.role = 'ADMIN')""", Boolean.class, accountId,
				accountId);
		return Boolean.TRUE.equals(last);
	}

	/**
	 * The e-mail address of an enabled account.
	 * @param accountId the account's id
	 * @return its address, or empty when the account does not exist or is disabled (a
	 * disabled user gets no mail)
	 */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(long accountId) {
		return this.jdbc.queryForList("select email from account where id = ? and enabled", String.class, accountId)
			.stream()
			.findFirst();
	}

}
