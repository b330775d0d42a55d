package be.aanboord.account;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.system.AfterCommit;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of a user when what they may do changes: an administrator
 * changes their roles, scopes or disables them, or they change their password. The
 * signed-in user (roles and scopes included) is kept in the session, and sessions live in
 * PostgreSQL, shared by every instance; ending them there is what makes a change apply at
 * once, on any instance, without reading the account again on every request.
 * <p>
 * Sessions are ended now and once more after the current transaction commits: a login
 * that read the account before the change was visible then loses its session too, and
 * signs in again with the new rights.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Ends every session of the user. */
	void endAllOf(String username) {
		endAllOf(username, null);
	}

	/**
	 * Ends every session of the user except one.
	 * @param username the account's username, as stored (the sessions' principal name)
	 * @param keptSessionId the id of the session to keep, as currently stored, or null
	 */
	void endAllOf(String username, String keptSessionId) {
		AfterCommit.nowAndAfterCommit(() -> this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById));
	}

	/**
	 * For a change a signed-in user made to their own account: their other sessions end,
	 * and the current one carries the account's new rights from the next request on.
	 * @param account the changed account, which is the signed-in user's
	 */
	void renewCurrent(Account account, HttpServletRequest request, HttpServletResponse response) {
		endAllOf(account.getUsername(), request.getSession().getId());
		CurrentUser renewed = new CurrentUser(account, this.clock.instant());
		renewed.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
