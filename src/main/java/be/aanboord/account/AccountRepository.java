package be.aanboord.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

interface AccountRepository extends Repository<Account, Long> {

	@EntityGraph(attributePaths = { "roles", "projectIds" })
	Optional<Account> findByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = { "roles", "projectIds" })
	Optional<Account> findById(Long id);

	boolean existsByUsernameIgnoreCase(String username);

	/**
	 * The users whose username, name or e-mail address contains a text (lower case, with
	 * {@code \\}, {@code %} and {@code _} escaped), by username; the text search uses the
	 * trigram index {@code account_search_trgm_idx}.
	 */
	@Query(value = """
			select a.* from account a
			where (:text = '' or lower(a.username || ' ' || a.display_name || ' ' || a.email) like '%' || :text || '%' escape '\\')
			order by lower(a.username), a.id""",
			countQuery = """
					select count(*) from account a
					where (:text = '' or lower(a.username || ' ' || a.display_name || ' ' || a.email) like '%' || :text || '%' escape '\\')""",
			nativeQuery = true)
	Page<Account> search(String text, Pageable pageable);

	/**
	 * Lifts the login throttle's lock and clears the failed logins (without touching the
	 * account's version: an unlock never conflicts with an edit).
	 * @return 1 if the account exists
	 */
	@Transactional
	@Modifying
	@Query(value = "update account set failed_logins = 0, locked_until = null where id = :id", nativeQuery = true)
	int unlock(long id);

	Account save(Account account);

	/**
	 * Counts a failed login in one statement, so that concurrent attempts are all
	 * counted; at the limit the account is locked and the counter starts again.
	 */
	@Transactional
	@Modifying
	@Query(value = """
			update account set
			  locked_until = case when failed_logins + 1 >= :maxFailures then cast(:lockUntil as timestamptz) else locked_until end,
			  failed_logins = case when failed_logins + 1 >= :maxFailures then 0 else failed_logins + 1 end
			where lower(username) = lower(:username)
			""",
			nativeQuery = true)
	int recordFailedLogin(String username, int maxFailures, Instant lockUntil);

	@Transactional
	@Modifying
	@Query(value = "update account set failed_logins = 0, locked_until = null, last_sign_in_at = :at where lower(username) = lower(:username)",
			nativeQuery = true)
	int recordSuccessfulLogin(String username, Instant at);

}
