package be.aanboord.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The CLB's comment on a goal or an action: 1 to {@link PlanComments#MAX_LENGTH}
 * characters.
 */
public class CommentForm {

	@NotBlank
	@Size(max = PlanComments.MAX_LENGTH)
	private String body;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
