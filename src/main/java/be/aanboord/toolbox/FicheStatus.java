package be.aanboord.toolbox;

/**
 * The stages of a fiche: a contributor's draft, waiting for the editors, public,
 * withdrawn.
 */
public enum FicheStatus {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED

}
