package be.aanboord.toolbox;

/** What a media link of a fiche points to. */
public enum MediaKind {

	IMAGE, VIDEO

}
