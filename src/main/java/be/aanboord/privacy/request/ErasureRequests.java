package be.aanboord.privacy.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.aanboord.account.Accounts;
import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.system.DataSubject;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Erasure;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PersonalDataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data subject's requests (GDPR art. 15, 17): the user's download, their erasure
 * request (one open at a time), and the administrator's handling of it.
 * <p>
 * Carrying out a request runs every module's {@link PersonalDataSource#erase} and the
 * account's anonymisation in one transaction, after claiming the request by its version:
 * of two administrators at the same moment one carries it out and the other gets
 * {@link EditConflict}. A user cannot handle their own request, and the last enabled
 * administrator is never erased ({@link Refused}).
 */
@Service
public class ErasureRequests {

	/** Longest reason or refusal note, in characters (the columns' size). */
	static final int MAX_TEXT = 2000;

	/**
	 * A typed text with its line breaks as one character each: browsers send a textarea's
	 * line breaks as CRLF but count them as one against its {@code maxlength}.
	 * @param typed what the form sent, or {@code null}
	 * @return the text with LF line breaks, or {@code null}
	 */
	static String lines(String typed) {
		return (typed != null) ? typed.replace("\r\n", "\n").replace('\r', '\n') : null;
	}

	private final ErasureRequestRepository requests;

	private final Accounts accounts;

	private final PersonalData data;

	private final Clock clock;

	private final TransactionTemplate rolledBack;

	ErasureRequests(ErasureRequestRepository requests, Accounts accounts, PersonalData data, Clock clock,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.accounts = accounts;
		this.data = data;
		this.clock = clock;
		this.rolledBack = new TransactionTemplate(transactions);
	}

	/** The user's data, per section, labels in the language given. */
	@Transactional(readOnly = true)
	public List<PersonalData.Section> export(long accountId, Locale locale) {
		return this.data.export(subject(accountId), locale);
	}

	/** The user's requests, newest first. */
	@Transactional(readOnly = true)
	List<ErasureRequest> of(long accountId) {
		return this.requests.findByAccountIdOrderByRequestedAtDesc(accountId);
	}

	/**
	 * Records the user's request.
	 * @param reason optional, at most {@value #MAX_TEXT} characters
	 * @throws Refused {@link Refused.Why#ALREADY_OPEN} when one is open already
	 */
	@Transactional
	public ErasureRequest request(long accountId, String reason) {
		if (this.requests.findByAccountIdAndStatus(accountId, ErasureStatus.OPEN).isPresent()) {
			throw new Refused(Refused.Why.ALREADY_OPEN);
		}
		String text = (reason == null || reason.isBlank()) ? null : reason.strip();
		return this.requests.saveAndFlush(new ErasureRequest(accountId, this.clock.instant(), text));
	}

	@Transactional(readOnly = true)
	ErasureRequest request(long id) {
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException("erasure request " + id));
	}

	/**
	 * The subject of an open request, or empty when handled (the account is anonymised).
	 */
	@Transactional(readOnly = true)
	Optional<DataSubject> subjectOf(ErasureRequest request) {
		return request.isOpen() ? this.accounts.dataSubject(request.getAccountId()) : Optional.empty();
	}

	/**
	 * What carrying out the request would change, per section: every source's erasure run
	 * in a transaction that is rolled back.
	 */
	List<PersonalData.Counted> preview(ErasureRequest request, Locale locale) {
		DataSubject subject = subject(request.getAccountId());
		List<PersonalData.Counted> counted = new ArrayList<>();
		this.rolledBack.executeWithoutResult((status) -> {
			counted.addAll(eraseAll(subject, locale));
			status.setRollbackOnly();
		});
		return counted;
	}

	/**
	 * Carries the request out: the account is disabled and anonymised, its sessions end,
	 * and every module erases or anonymises its rows, all in one transaction.
	 * @throws EditConflict when it was handled or changed meanwhile
	 * @throws Refused for the administrator's own request and for the last administrator
	 */
	@Transactional
	public List<PersonalData.Counted> execute(long id, int version, CurrentUser admin, Locale locale) {
		ErasureRequest request = claimable(id, version, admin);
		if (this.accounts.isLastAdmin(request.getAccountId())) {
			throw new Refused(Refused.Why.LAST_ADMIN);
		}
		DataSubject subject = subject(request.getAccountId());
		request.done(this.clock.instant(), admin.getId(), role(admin));
		this.requests.saveAndFlush(request);
		return eraseAll(subject, locale);
	}

	/**
	 * Refuses the request with a reason the user reads.
	 * @throws EditConflict when it was handled or changed meanwhile
	 */
	@Transactional
	public void refuse(long id, int version, String note, CurrentUser admin) {
		ErasureRequest request = claimable(id, version, admin);
		request.refuse(this.clock.instant(), admin.getId(), role(admin), note.strip());
		this.requests.saveAndFlush(request);
	}

	private ErasureRequest claimable(long id, int version, CurrentUser admin) {
		ErasureRequest request = request(id);
		EditConflict.check("erasure request " + id, version, request.getVersion());
		if (!request.isOpen()) {
			throw new EditConflict("erasure request " + id);
		}
		if (request.getAccountId() == admin.getId()) {
			throw new Refused(Refused.Why.OWN_REQUEST);
		}
		return request;
	}

	private List<PersonalData.Counted> eraseAll(DataSubject subject, Locale locale) {
		List<PersonalData.Counted> counted = new ArrayList<>();
		for (PersonalDataSource source : this.data.sources()) {
			Erasure erasure = source.erase(subject);
			counted.add(new PersonalData.Counted(this.data.message(source.section(), locale), erasure.total(),
					this.data.describe(erasure, locale)));
		}
		return counted;
	}

	private DataSubject subject(long accountId) {
		return this.accounts.dataSubject(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
	}

	private static String role(CurrentUser admin) {
		return admin.hasRole(Role.ADMIN) ? Role.ADMIN.name()
				: admin.getRoles().stream().findFirst().map(Enum::name).orElse(null);
	}

	/** A request that may not be made or carried out, and why. */
	public static class Refused extends RuntimeException {

		/** Why: one open request at a time, never one's own, never the last admin. */
		public enum Why {

			ALREADY_OPEN, OWN_REQUEST, LAST_ADMIN

		}

		private final Why why;

		Refused(Why why) {
			super(why.name());
			this.why = why;
		}

		public Why why() {
			return this.why;
		}

	}

}
