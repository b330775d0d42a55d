package be.aanboord.toolbox;

/**
 * An editor sent a fiche back to its contributor with what to change. Published inside
 * the transaction of the change; listeners run after it commits.
 *
 * @param ficheId the fiche's id
 * @param comment what to change, as the editor wrote it
 */
public record FicheChangesRequested(long ficheId, String comment) {
}
