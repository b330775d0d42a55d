package be.aanboord.prevention.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The CLB's comment on an action: 1 to 4,000 characters (the column's size). */
public class CommentForm {

	@NotBlank
	@Size(max = 4000)
	private String body = "";

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = (body != null) ? body : "";
	}

}
