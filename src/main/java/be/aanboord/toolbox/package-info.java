/**
 * The toolbox module: infofiches, search, facets, attachments, contribution and review,
 * feed.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Toolbox", allowedDependencies = { "account", "partner", "system" })
package be.aanboord.toolbox;

import org.springframework.modulith.ApplicationModule;
