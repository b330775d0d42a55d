/**
 * The help module: where a school turns when a pupil skips school or is about to drop
 * out. The help offers by level of care on the zorgcontinuüm (seed 004 "Eerste Hulp bij
 * schooluitval", seed 002's Meldpunt SI), the municipalities they serve, the public
 * directory and the overview of the levels of care.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Help offers", allowedDependencies = { "account", "partner", "school", "system" })
package be.aanboord.help;

import org.springframework.modulith.ApplicationModule;
