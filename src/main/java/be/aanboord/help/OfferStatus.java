package be.aanboord.help;

/** Whether an offer is shown to the public (published) or kept only for the editors. */
public enum OfferStatus {

	PUBLISHED, ARCHIVED

}
