/**
 * The partner module: organisations in six categories, people and their role in the lab,
 * partner directory.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Partners", allowedDependencies = { "system" })
package be.aanboord.partner;

import org.springframework.modulith.ApplicationModule;
