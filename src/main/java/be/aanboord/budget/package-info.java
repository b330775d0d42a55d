/**
 * The budget module: multi-year plans, envelopes, funding requests, advice, decisions,
 * spending, history.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Budget", allowedDependencies = { "account", "project", "system" })
package be.aanboord.budget;

import org.springframework.modulith.ApplicationModule;
