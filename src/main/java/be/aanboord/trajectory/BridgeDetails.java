package be.aanboord.trajectory;

import jakarta.persistence.Embeddable;

/**
 * What only a bridge-coaching trajectory holds: its coach (column {@code coach} of
 * {@code trajectory}). The note on the coaching is the trajectory's question. Audited
 * with the trajectory, so a field added here is in the change history without more.
 */
@Embeddable
public class BridgeDetails {

	private String coach;

	public String getCoach() {
		return this.coach;
	}

	void setCoach(String coach) {
		this.coach = coach;
	}

}
