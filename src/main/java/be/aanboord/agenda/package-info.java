/**
 * The agenda module: activities (learning labs, lab and network meetings, study and
 * inspiration days, the provincial platform, events with a programme), the public agenda
 * with its calendar feeds, and the organisers' pages.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Agenda",
		allowedDependencies = { "account", "project", "partner", "school", "system" })
package be.aanboord.agenda;

import org.springframework.modulith.ApplicationModule;
