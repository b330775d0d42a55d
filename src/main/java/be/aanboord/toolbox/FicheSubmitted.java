package be.aanboord.toolbox;

/**
 * A contributor sent a draft of a fiche to the editors. Published inside the transaction
 * of the change; listeners run after it commits.
 *
 * @param ficheId the fiche's id
 */
public record FicheSubmitted(long ficheId) {
}
