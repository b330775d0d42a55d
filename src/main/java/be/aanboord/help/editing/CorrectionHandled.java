package be.aanboord.help.editing;

/**
 * An editor applied or rejected a proposed correction; after commit its proposer, if they
 * left an address, gets a short reply and the address is erased.
 */
public record CorrectionHandled(long correctionId) {

}
