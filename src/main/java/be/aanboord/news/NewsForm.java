package be.aanboord.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor types for a news item: title, date, a short Markdown body, and the
 * fiches and activities (chosen by title) and help offers (by their address) it links to.
 */
public class NewsForm {

	private int version;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank
	@Size(max = 5000)
	private String body = "";

	private List<Long> ficheIds = new ArrayList<>();

	private List<Long> activityIds = new ArrayList<>();

	/** Addresses or slugs of help offers, one per line ({@code /hulp/clb-leuven}). */
	@Size(max = 2000)
	private String offers = "";

	static NewsForm from(NewsItem item, String offers) {
		NewsForm form = new NewsForm();
		form.version = item.getVersion();
		form.title = item.getTitle();
		form.date = item.getDate();
		form.body = item.getBody();
		form.ficheIds = new ArrayList<>(item.getFicheIds());
		form.activityIds = new ArrayList<>(item.getActivityIds());
		form.offers = offers;
		return form;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
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

	public String getOffers() {
		return this.offers;
	}

	public void setOffers(String offers) {
		this.offers = (offers != null) ? offers : "";
	}

}
