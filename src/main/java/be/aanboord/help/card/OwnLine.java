package be.aanboord.help.card;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import be.aanboord.help.CareLevel;

/**
 * A line the school adds under a level of care (a care farm, a bridge figure): a name and
 * optionally a contact person, phone, e-mail and a short note.
 */
@Embeddable
record OwnLine(@Enumerated(EnumType.STRING) CareLevel careLevel, String name, String contactPerson, String phone,
		String email, String note) {
}
