package be.aanboord.help;

/**
 * How a school reaches an offer: directly, or only through the CLB (seed 004: the CLB
 * refers to these organisations from its "draaischijffunctie").
 */
public enum AccessRoute {

	DIRECT, VIA_CLB

}
