package be.aanboord.account;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of an account, by its id: a small query type, so that no
 * module reads the {@code account} table itself.
 */
@Service
public class Accounts {

	private final JdbcTemplate jdbc;

	Accounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
