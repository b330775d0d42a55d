/**
 * The account module: users, roles and scopes, login and its throttle, security rules
 * ({@code AccessRules} per module), user administration.
 * <p>
 * It may use only the modules named in {@code allowedDependencies};
 * {@code ModularityTest} fails on any other dependency and checks README's module table
 * against this list.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "partner", "project", "system" })
package be.aanboord.account;

import org.springframework.modulith.ApplicationModule;
