package be.aanboord.trajectory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The bridge-coaching part of the trajectory form ({@code bridge.coach}), see
 * {@link DetailsForm}.
 */
class BridgeDetailsForm implements DetailsForm {

	@NotBlank(groups = Required.class)
	@Size(max = 200)
	private String coach;

	static BridgeDetailsForm from(BridgeDetails details) {
		BridgeDetailsForm form = new BridgeDetailsForm();
		form.coach = details.getCoach();
		return form;
	}

	@Override
	public void applyTo(Trajectory trajectory) {
		trajectory.getBridge().setCoach(TrajectoryForm.trimmed(this.coach));
	}

	public String getCoach() {
		return this.coach;
	}

	public void setCoach(String coach) {
		this.coach = coach;
	}

}
