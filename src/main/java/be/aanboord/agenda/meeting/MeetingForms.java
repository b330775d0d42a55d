package be.aanboord.agenda.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import be.aanboord.system.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of a lab meeting's page; each keeps what was typed when it is refused. */
final class MeetingForms {

	private MeetingForms() {
	}

	/** A person of the lab added to the meeting. */
	static class ParticipantForm {

		@NotNull
		private Long personId;

		public Long getPersonId() {
			return this.personId;
		}

		public void setPersonId(Long personId) {
			this.personId = personId;
		}

	}

	/** An item of the agenda. */
	static class AgendaItemForm {

		@NotBlank
		@Size(max = 300)
		private String title;

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

	}

	/** A decision the meeting took. */
	static class DecisionForm {

		@NotBlank
		@Size(max = 2000)
		private String text;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/** A new action point. */
	static class ActionPointForm {

		@NotBlank
		@Size(max = 500)
		private String description;

		@NotNull
		private Long ownerId;

		@PlausibleDate
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate deadline;

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Long getOwnerId() {
			return this.ownerId;
		}

		public void setOwnerId(Long ownerId) {
			this.ownerId = ownerId;
		}

		public LocalDate getDeadline() {
			return this.deadline;
		}

		public void setDeadline(LocalDate deadline) {
			this.deadline = deadline;
		}

	}

	/** The draft of the minutes, in Markdown. */
	static class MinutesForm {

		@Size(max = 50000)
		private String text;

		private int version;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

}
