package be.aanboord.toolbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A fiche as the public sees it: its live published version under the fiche's stable
 * address, whatever the contributor is writing meanwhile. Immutable, so it can be cached
 * and shared.
 *
 * @param publishedAt when the fiche was first published
 * @param version the number of the published version shown
 */
record PublishedFiche(long id, int number, String slug, Instant publishedAt, LocalDate lastReviewedOn, int version,
		Content content) {

	public String title() {
		return this.content.title();
	}

	/**
	 * What one published version says: its text and everything shown around it. Versions
	 * published before snapshots were complete hold only their text.
	 */
	record Content(String title, String summary, String bodyHtml, Set<Theme> themes, Set<CarePhase> phases,
			Set<Level> levels, Set<Audience> audiences, String organisationName, Province plgProvince, Licence licence,
			List<FicheReference> references, List<MediaLink> mediaLinks) {

		public boolean complete() {
			return this.licence != null;
		}

		public List<MediaLink> images() {
			return this.mediaLinks.stream().filter((link) -> link.getKind() == MediaKind.IMAGE).toList();
		}

		public List<MediaLink> videos() {
			return this.mediaLinks.stream().filter((link) -> link.getKind() == MediaKind.VIDEO).toList();
		}

	}

	/** An earlier (or the current) version, as it was published. */
	record Version(int number, Instant publishedAt, Content content) {

		public String title() {
			return this.content.title();
		}

	}

}
