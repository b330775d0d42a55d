package be.aanboord.help;

/**
 * A published help offer as other modules and lists show it: its page is
 * {@code /hulp/{slug}}; {@code phone}, {@code email} and {@code website} may be null.
 */
public record OfferSummary(long id, String slug, String name, HelpKind kind, CareLevel careLevel, String summary,
		AccessRoute accessRoute, String phone, String email, String website) {

	/** The address of the offer's page. */
	public String url() {
		return "/hulp/" + this.slug;
	}

}
