package be.aanboord.school;

/** The learning networks a school can belong to in a school year. */
public enum LearningNetwork {

	RISK_BAO, RISK_SO, CLZ_REGULAR, CLZ_SPECIAL

}
