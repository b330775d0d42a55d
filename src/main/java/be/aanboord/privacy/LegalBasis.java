package be.aanboord.privacy;

/**
 * The lawful basis of a processing (GDPR article 6.1), shown as
 * {@code LegalBasis.<constant>} from the privacy bundle.
 */
public enum LegalBasis {

	/** Article 6.1.a: the person's consent, which they can withdraw at any time. */
	CONSENT("6.1.a"),
	/**
	 * Article 6.1.c: a legal obligation of the controller (here: the duty to secure
	 * personal data and to account for its use, GDPR articles 5.2 and 32).
	 */
	LEGAL_OBLIGATION("6.1.c"),
	/**
	 * Article 6.1.e: a task in the public interest of the city of Leuven, its education
	 * policy against early school leaving, which the lab carries out.
	 */
	PUBLIC_TASK("6.1.e");

	private final String article;

	LegalBasis(String article) {
		this.article = article;
	}

	/** The article of the GDPR, {@code 6.1.a}. */
	public String article() {
		return this.article;
	}

}
