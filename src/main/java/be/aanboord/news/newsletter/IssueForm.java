package be.aanboord.news.newsletter;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor chooses for an issue: subject, a Markdown intro, and the news items,
 * fiches and activities (checkboxes) to include.
 */
public class IssueForm {

	private int version;

	@NotBlank
	@Size(max = 200)
	private String subject;

	@Size(max = 5000)
	private String intro = "";

	private List<Long> newsIds = new ArrayList<>();

	private List<Long> ficheIds = new ArrayList<>();

	private List<Long> activityIds = new ArrayList<>();

	static IssueForm from(Issue issue) {
		IssueForm form = new IssueForm();
		form.version = issue.getVersion();
		form.subject = issue.getSubject();
		form.intro = issue.getIntro();
		form.newsIds = new ArrayList<>(issue.getNewsIds());
		form.ficheIds = new ArrayList<>(issue.getFicheIds());
		form.activityIds = new ArrayList<>(issue.getActivityIds());
		return form;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getIntro() {
		return this.intro;
	}

	public void setIntro(String intro) {
		this.intro = (intro != null) ? intro : "";
	}

	public List<Long> getNewsIds() {
		return this.newsIds;
	}

	public void setNewsIds(List<Long> newsIds) {
		this.newsIds = (newsIds != null)
				? new ArrayList<>(newsIds.stream().filter(java.util.Objects::nonNull).distinct().toList())
				: new ArrayList<>();
	}

	public List<Long> getFicheIds() {
		return this.ficheIds;
	}

	public void setFicheIds(List<Long> ficheIds) {
		this.ficheIds = (ficheIds != null)
				? new ArrayList<>(ficheIds.stream().filter(java.util.Objects::nonNull).distinct().toList())
				: new ArrayList<>();
	}

	public List<Long> getActivityIds() {
		return this.activityIds;
	}

	public void setActivityIds(List<Long> activityIds) {
		this.activityIds = (activityIds != null)
				? new ArrayList<>(activityIds.stream().filter(java.util.Objects::nonNull).distinct().toList())
				: new ArrayList<>();
	}

}
