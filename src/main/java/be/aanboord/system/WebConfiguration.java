package be.aanboord.system;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch (Belgium) first; {@code ?lang=en} switches to English. The choice lives in a
 * cookie, not in a session, so that anonymous visitors never get a session. Only the
 * portal's own languages are taken from the cookie or the parameter: any other value (an
 * unknown language, a malformed tag, a stray quote) is ignored, and the page is shown in
 * Dutch or in the language chosen before.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	static final String COOKIE_NAME = "aanboord-taal";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE_NAME) {

			@Override
			protected Locale parseLocaleValue(String value) {
				// null: the cookie is ignored and the default applies
				return Languages.supported(value);
			}

			@Override
			public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
					LocaleContext context) {
				Locale locale = (context != null && context.getLocale() != null)
						? Languages.supported(context.getLocale().toLanguageTag()) : null;
				super.setLocaleContext(request, response, (locale != null) ? new SimpleLocaleContext(locale) : null);
			}

		};
		resolver.setDefaultLocale(DUTCH);
		// a cookie that cannot be read (e.g. a time zone part that is not one) is
		// ignored instead of failing the request
		resolver.setRejectInvalidCookies(false);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/** Decimals typed in forms: {@code 10,1} or {@code 10.1}, shown as typed. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new DecimalInput());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				// the error page of a request whose parameters could not be read reads
				// none of them (they would fail again): it is shown in the language of
				// the cookie
				return request.getDispatcherType() == DispatcherType.ERROR
						|| super.preHandle(request, response, handler);
			}

			@Override
			protected Locale parseLocaleValue(String value) {
				Locale locale = Languages.supported(value);
				if (locale == null) {
					// ignored below: the language chosen before stays
					throw new IllegalArgumentException("not one of the portal's languages");
				}
				return locale;
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new PublicPageCache.Marking());
	}

}
