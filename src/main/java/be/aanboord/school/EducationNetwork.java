package be.aanboord.school;

/** The education network (onderwijsnet) a school belongs to. */
public enum EducationNetwork {

	GO, KATHOLIEK, OFFICIEEL

}
