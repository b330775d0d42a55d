package be.aanboord.school;

/**
 * Level of education: pre-school, primary, secondary and their special-needs variants.
 */
public enum SchoolLevel {

	KLEUTER, BAO, SO, BUBAO, BUSO

}
