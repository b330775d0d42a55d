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

	@EntityGraph(attributePaths = { "roles", "projects", "organisation" })
	Optional<Account> findByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = { "roles", "projects", "organisation" })
	Optional<Account> findById(Long id);

	boolean existsByUsernameIgnoreCase(String username);

	@Query(value = "select a from Account a left join fetch a.organisation order by lower(a.username)",
			countQuery = "select count(a) from Account a")
	Page<Account> findPage(Pageable pageable);

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
	@Query(value = "update account set failed_logins = 0, locked_until = null where lower(username) = lower(:username) and (failed_logins > 0 or locked_until is not null)",
			nativeQuery = true)
	int recordSuccessfulLogin(String username);

}
