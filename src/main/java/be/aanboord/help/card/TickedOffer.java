package be.aanboord.help.card;

import jakarta.persistence.Embeddable;

/**
 * An offer of the directory that the school works with, and its local contact there (an
 * adult professional): name, phone, e-mail, each optional.
 */
@Embeddable
record TickedOffer(Long offerId, String contactPerson, String phone, String email) {
}
