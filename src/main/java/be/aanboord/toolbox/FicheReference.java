package be.aanboord.toolbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A pointer for further reading: a source, a person, an organisation, an image or a
 * video.
 */
@Embeddable
public class FicheReference {

	@Enumerated(EnumType.STRING)
	private ReferenceKind kind;

	private String label;

	@Column(name = "url")
	private String url;

	protected FicheReference() {
	}

	public FicheReference(ReferenceKind kind, String label, String url) {
		this.kind = kind;
		this.label = label;
		this.url = url;
	}

	public ReferenceKind getKind() {
		return this.kind;
	}

	public String getLabel() {
		return this.label;
	}

	public String getUrl() {
		return this.url;
	}

}
