package be.aanboord.partner;

/** How a person takes part in the lab. */
public enum LabRole {

	CHAIR, CORE_GROUP, PARTICIPANT, MINUTES_ONLY

}
