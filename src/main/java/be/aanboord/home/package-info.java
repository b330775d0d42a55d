/**
 * The home module: the home page, the start page per role ({@code /start}), the contact
 * page and the accessibility statement.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Home",
		allowedDependencies = { "account", "agenda", "budget", "project", "toolbox", "trajectory", "system" })
package be.aanboord.home;

import org.springframework.modulith.ApplicationModule;
