/**
 * The school's attendance prevention plan (seed 003: "Preventieplan afwezigheden" of PLG
 * Antwerpen, the dialogue between school and CLB "Aanwezig op school" of PLG Limburg): a
 * versioned template of goals per phase of the zorgcontinuüm with checklist questions and
 * five dialogue steps; a school's plan per school year that the school and its CLB work
 * on together; monthly aggregate monitoring counts; the lab's aggregates over shared
 * plans. Nothing about pupils.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Prevention plans",
		allowedDependencies = { "account", "project", "school", "system", "toolbox" })
package be.aanboord.prevention;

import org.springframework.modulith.ApplicationModule;
