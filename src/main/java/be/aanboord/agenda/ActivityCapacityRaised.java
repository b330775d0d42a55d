package be.aanboord.agenda;

/**
 * An organiser raised an activity's capacity (or removed the limit): people waiting may
 * now get a seat. Published inside the transaction of the change; listeners run after it
 * commits.
 *
 * @param activityId the activity's id
 */
public record ActivityCapacityRaised(long activityId) {
}
