package be.aanboord.toolbox;

/**
 * An editor took a published fiche off the public site. Published inside the transaction
 * of the change; listeners run after it commits.
 *
 * @param ficheId the fiche's id
 */
public record FicheArchived(long ficheId) {
}
