package be.aanboord.toolbox;

/** The provincial learning community (PLG) a fiche comes from. */
public enum Province {

	ANTWERPEN, BRUSSEL_VLAAMS_BRABANT, LIMBURG, OOST_VLAANDEREN, WEST_VLAANDEREN

}
