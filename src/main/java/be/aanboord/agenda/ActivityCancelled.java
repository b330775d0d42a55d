package be.aanboord.agenda;

/**
 * An organiser cancelled a published activity. Published inside the transaction of the
 * change; listeners run after it commits.
 *
 * @param activityId the activity's id
 */
public record ActivityCancelled(long activityId) {
}
