package be.aanboord.partner;

/** The six categories in which the lab groups its partner organisations. */
public enum OrganisationCategory {

	ONDERWIJS, ONDERSTEUNING_ONDERWIJS, WELZIJN, BRUG_ONDERWIJS_WELZIJN, LOKALE_OVERHEID, OPLEIDING

}
