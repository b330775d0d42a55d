package be.aanboord.toolbox;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A link from a fiche to an image or a video on another site, with a text: the
 * description of the image (what a reader who cannot see it needs) or the title of the
 * video. Shown as a link, never embedded: the Content-Security-Policy admits no images or
 * frames from other sites, and embedding would tell those sites who reads the fiche.
 */
@Embeddable
public class MediaLink {

	@Enumerated(EnumType.STRING)
	private MediaKind kind;

	private String url;

	private String text;

	protected MediaLink() {
	}

	public MediaLink(MediaKind kind, String url, String text) {
		this.kind = kind;
		this.url = url;
		this.text = text;
	}

	public MediaKind getKind() {
		return this.kind;
	}

	public String getUrl() {
		return this.url;
	}

	public String getText() {
		return this.text;
	}

	/** The site the link leads to, shown beside it ("www.youtube.com"). */
	public String getHost() {
		try {
			return new URI(this.url).getHost();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
