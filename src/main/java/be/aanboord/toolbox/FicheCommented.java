package be.aanboord.toolbox;

/**
 * An editor wrote a remark on a fiche under review, for its contributor. Published inside
 * the transaction of the change; listeners run after it commits.
 *
 * @param ficheId the fiche's id
 * @param comment the remark as the editor wrote it
 */
public record FicheCommented(long ficheId, String comment) {
}
