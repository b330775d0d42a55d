/**
 * The school module: schools with level, network, school community and CLB;
 * learning-network membership; CSV import.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Schools", allowedDependencies = { "account", "partner", "project", "system" })
package be.aanboord.school;

import org.springframework.modulith.ApplicationModule;
