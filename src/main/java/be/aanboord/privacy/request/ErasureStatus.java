package be.aanboord.privacy.request;

/** Where an erasure request stands: open, carried out or refused (with a reason). */
public enum ErasureStatus {

	OPEN, DONE, REFUSED

}
