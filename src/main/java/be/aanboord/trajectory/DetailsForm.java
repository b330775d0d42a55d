package be.aanboord.trajectory;

import java.util.Map;

import org.springframework.validation.Errors;

/**
 * The part of the trajectory form that belongs to one kind ({@link RiskDetailsForm},
 * {@link NaftDetailsForm}, {@link BridgeDetailsForm}), bound as a nested object
 * ({@code naft.referralDate}). Its single-field constraints are checked for every form;
 * the constraints in the group {@link Required} and {@link #check} only for a trajectory
 * of the part's own kind, with the errors under the part's path.
 */
interface DetailsForm {

	/**
	 * Group of the constraints that hold only for a trajectory of the part's own kind.
	 */
	interface Required {

	}

	/**
	 * Rules beyond single fields (hours in quarter hours…); field names relative to the
	 * part.
	 */
	default void check(Errors errors) {
	}

	/**
	 * The free texts to check for pupil data (a name, a national number), by field name
	 * relative to the part.
	 */
	default Map<String, String> freeTexts() {
		return Map.of();
	}

	/** Writes the part into the trajectory's details of its kind. */
	void applyTo(Trajectory trajectory);

}
