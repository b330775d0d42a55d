package be.aanboord.privacy;

import java.util.List;

import be.aanboord.account.Role;

/**
 * The register of processing (GDPR article 30): every kind of personal data the portal
 * holds, one constant each, its name the entry's stable code. Per entry: the lawful
 * basis, the roles that see the data in the portal, whether anyone (also without an
 * account) sees part of it, and the retention period when a configuration property sets
 * it.
 * <p>
 * The words (title, what data and whose, purpose, who sees it, retention) are in the
 * privacy bundle under {@code ProcessingActivity.<code>}, {@code .data},
 * {@code .purpose}, {@code .visible}, {@code .retention} (with {@code {0}} for the
 * configured period when there is one); the tables and columns that hold each entry's
 * data are classified in {@code privacy/columns.tsv}, checked against the schema by
 * {@code PrivacyInventoryIT}. The admin page {@code /beheer/privacy} and the public
 * notice {@code /privacy} are both made from this list.
 */
public enum ProcessingActivity {

	/** Users' accounts: username, name, e-mail, roles, scopes, sign-in state. */
	ACCOUNTS(LegalBasis.PUBLIC_TASK, List.of(Role.ADMIN), false, null),

	/** Signed-in sessions, stored in PostgreSQL (Spring Session). */
	SESSIONS(LegalBasis.PUBLIC_TASK, List.of(), false, Retention.duration("server.servlet.session.timeout", "30m")),

	/** Who read or changed which pupil-level trajectory. */
	ACCESS_LOG(LegalBasis.LEGAL_OBLIGATION, List.of(Role.ADMIN), false,
			Retention.period("aanboord.privacy.access-log-retention", "P5Y")),

	/**
	 * Ris+K, NAFT and bridge-coaching trajectories; pupils only as a pseudonymous code.
	 */
	TRAJECTORIES(LegalBasis.PUBLIC_TASK, List.of(Role.ADMIN, Role.COORDINATOR, Role.PARTNER), false,
			Retention.period("aanboord.privacy.trajectory-retention", "P5Y")),

	/** Names of school and CLB staff in a school's prevention plan. */
	PREVENTION_PLANS(LegalBasis.PUBLIC_TASK, List.of(Role.SCHOOL, Role.CLB), false, null),

	/** Names and comments of city officials and the lab in the budget process. */
	BUDGET_DECISIONS(LegalBasis.PUBLIC_TASK, List.of(Role.ADMIN, Role.COORDINATOR, Role.CITY), false, null),

	/** The people of the lab and its partners, their meetings and action points. */
	PARTNER_PEOPLE(LegalBasis.PUBLIC_TASK, List.of(Role.ADMIN, Role.COORDINATOR, Role.PARTNER), false, null),

	/** School staff taking part in the learning networks, and their attendance. */
	LEARNING_NETWORKS(LegalBasis.PUBLIC_TASK, List.of(Role.ADMIN, Role.COORDINATOR, Role.PARTNER), false, null),

	/** Speakers of activities and documents attached to activities. */
	ACTIVITIES(LegalBasis.PUBLIC_TASK, List.of(Role.ADMIN, Role.COORDINATOR), true, null),

	/** Registrations for activities, without an account. */
	REGISTRATIONS(LegalBasis.CONSENT, List.of(Role.ADMIN, Role.COORDINATOR), false,
			Retention.period("aanboord.agenda.registration-retention", "P12M")),

	/** Newsletter subscribers: an e-mail address. */
	NEWSLETTER(LegalBasis.CONSENT, List.of(), false,
			Retention.period("aanboord.newsletter.unconfirmed-retention", "P7D")),

	/** Contributors, reviewers and people named as references in the toolbox. */
	TOOLBOX(LegalBasis.PUBLIC_TASK, List.of(Role.EDITOR, Role.PARTNER), true, null),

	/** Contact data in the help directory and corrections proposed by anyone. */
	HELP_OFFERS(LegalBasis.PUBLIC_TASK, List.of(Role.ADMIN, Role.EDITOR), true, null),

	/** Contact persons on a school's card "Eerste Hulp bij schooluitval". */
	HELP_CARDS(LegalBasis.PUBLIC_TASK, List.of(Role.SCHOOL), false,
			Retention.period("aanboord.help.card-retention", "P3Y")),

	/**
	 * Mails and notices waiting to be sent after a change (the event publication
	 * registry).
	 */
	NOTIFICATIONS(LegalBasis.PUBLIC_TASK, List.of(), false, null),

	/**
	 * Requests to erase a user's data (GDPR art. 17) and how the admins handled them:
	 * kept as proof that the request was answered (art. 5.2, 12).
	 */
	DATA_REQUESTS(LegalBasis.LEGAL_OBLIGATION, List.of(Role.ADMIN), false, null);

	private final LegalBasis basis;

	private final List<Role> roles;

	private final boolean everyone;

	private final Retention retention;

	ProcessingActivity(LegalBasis basis, List<Role> roles, boolean everyone, Retention retention) {
		this.basis = basis;
		this.roles = roles;
		this.everyone = everyone;
		this.retention = retention;
	}

	public LegalBasis basis() {
		return this.basis;
	}

	/** The roles that see this data in the portal (within their scope); may be empty. */
	public List<Role> roles() {
		return this.roles;
	}

	/** Whether part of this data is public: anyone sees it, without an account. */
	public boolean everyone() {
		return this.everyone;
	}

	/**
	 * The configuration property that sets how long the data is kept, or {@code null}
	 * when the retention follows from the data itself (the bundle's {@code .retention}
	 * text says how).
	 */
	public Retention retention() {
		return this.retention;
	}

}
