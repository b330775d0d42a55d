package be.aanboord.toolbox;

/**
 * An editor checked that a published fiche is still accurate (its review date changes).
 * Published inside the transaction of the change; listeners run after it commits.
 *
 * @param ficheId the fiche's id
 */
public record FicheMarkedReviewed(long ficheId) {
}
