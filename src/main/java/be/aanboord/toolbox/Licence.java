package be.aanboord.toolbox;

/** The licence under which a fiche may be reused. */
public enum Licence {

	CC_BY, CC_BY_SA, CC_BY_NC, CC_BY_NC_SA, CC_BY_NC_ND, ALL_RIGHTS_RESERVED

}
