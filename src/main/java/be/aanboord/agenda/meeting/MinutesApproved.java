package be.aanboord.agenda.meeting;

/**
 * The minutes of a lab meeting were approved (published after the change is committed).
 */
public record MinutesApproved(long meetingId) {
}
