package be.aanboord.toolbox;

/** What a fiche is about. */
public enum Theme {

	BEHAVIOUR, RESTORATIVE, CLASS_CLIMATE, PARENTS, ATTENDANCE, CARE_POLICY, WELLBEING, RELATIONSHIP

}
