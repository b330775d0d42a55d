package be.aanboord.toolbox;

/** What a reference of a fiche points to. */
public enum ReferenceKind {

	SOURCE, PERSON, ORGANISATION, IMAGE, VIDEO

}
