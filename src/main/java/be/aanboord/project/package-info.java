/**
 * The project module: projects, school years, action plans with goals, activities and
 * targets; project pages.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Projects", allowedDependencies = { "partner", "system" })
package be.aanboord.project;

import org.springframework.modulith.ApplicationModule;
