/**
 * The trajectory module: Ris+K, NAFT and bridge-coaching trajectories, sessions, history,
 * access log, lists, dashboards, annual report.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Trajectories",
		allowedDependencies = { "account", "help", "partner", "project", "school", "system", "toolbox" })
package be.aanboord.trajectory;

import org.springframework.modulith.ApplicationModule;
