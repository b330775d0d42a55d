/**
 * The system module: error pages and references, request ids in the log, locale, clock,
 * database creation in development.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package be.aanboord.system;

import org.springframework.modulith.ApplicationModule;
