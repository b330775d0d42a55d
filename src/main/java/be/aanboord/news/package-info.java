/**
 * The news module: short news items by the editors on {@code /nieuws} with an Atom feed,
 * and the newsletter (sub-package {@code newsletter}): subscriptions with double opt-in,
 * issues composed from recent news, new fiches and upcoming activities, sent in batches.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "News", allowedDependencies = { "account", "agenda", "help", "system", "toolbox" })
package be.aanboord.news;

import org.springframework.modulith.ApplicationModule;
