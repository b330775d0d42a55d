/**
 * The privacy module: the register of processing (what personal data the portal holds,
 * why, on which legal basis, who sees it and how long it is kept) as an admin page and a
 * public privacy notice, and the data subject's requests: a download of everything the
 * portal holds about a user, and erasure requests handled by admins (GDPR articles 15, 17
 * and 30).
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "account", "system" })
package be.aanboord.privacy;

import org.springframework.modulith.ApplicationModule;
