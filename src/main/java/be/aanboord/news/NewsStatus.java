package be.aanboord.news;

/** A news item is a draft (editors only) or published (on {@code /nieuws}). */
public enum NewsStatus {

	DRAFT, PUBLISHED

}
