package be.aanboord.agenda.registration;

import be.aanboord.agenda.ActivityCapacityRaised;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an organiser raises an activity's capacity, the people waiting get the new seats
 * in order of registration, once the change is committed.
 */
@Component
class WaitingList {

	private final Registrations registrations;

	WaitingList(Registrations registrations) {
		this.registrations = registrations;
	}

	@ApplicationModuleListener
	void on(ActivityCapacityRaised raised) {
		this.registrations.promoteWaiting(raised.activityId());
	}

}
