package be.aanboord.help.editing;

/** What a row of an offer's history records (column {@code help_offer_change.kind}). */
public enum ChangeKind {

	CREATED, EDITED, CHECKED, ARCHIVED, RESTORED

}
