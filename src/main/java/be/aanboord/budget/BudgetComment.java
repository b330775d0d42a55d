package be.aanboord.budget;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** A city official's comment on one project's line of a school year's advice. */
@Entity
@Immutable
class BudgetComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_year")
	private Integer startYear;

	private Long projectId;

	private String author;

	private Instant writtenAt;

	private String text;

	protected BudgetComment() {
	}

	BudgetComment(int startYear, long projectId, String author, Instant writtenAt, String text) {
		this.startYear = startYear;
		this.projectId = projectId;
		this.author = author;
		this.writtenAt = writtenAt;
		this.text = text;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public String getText() {
		return this.text;
	}

}
