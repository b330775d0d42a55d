package be.aanboord.agenda;

/**
 * An organiser published an activity: it is on the agenda from now on. Published inside
 * the transaction of the change; listeners run after it commits.
 *
 * @param activityId the activity's id
 */
public record ActivityPublished(long activityId) {
}
