package be.aanboord.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose page is the same for every anonymous visitor who asks for the
 * same address (path and query string) in the same language: nothing on it depends on the
 * visitor, the session, a cookie other than the language cookie, or a request header.
 * Such a page, rendered for an anonymous visitor, may be served again from
 * {@link PublicPageCache} until the content behind it changes.
 * <p>
 * A handler with side effects (a download counter, a form that carries a CSRF token) must
 * not carry this annotation.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {

}
