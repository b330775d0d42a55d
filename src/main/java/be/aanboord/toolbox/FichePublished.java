package be.aanboord.toolbox;

/**
 * An editor published a version of a fiche: it is on the public site from now on.
 * Published inside the transaction of the change; listeners run after it commits.
 *
 * @param ficheId the fiche's id
 * @param version the number of the published version (1 for the first)
 */
public record FichePublished(long ficheId, int version) {
}
