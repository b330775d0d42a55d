package be.aanboord.budget;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.system.RenderedViews;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The body of a school year's advice page ({@code budget/advice-body :: body}: totals,
 * projects with their comments and charts, comparison, process, recent history), rendered
 * once and kept for the readers who read it without forms (the city:
 * {@link BudgetReader#CITY}) until the budget data behind it changes.
 * <p>
 * The key is the school year, the language, the reader's roles, the projects' names and
 * {@link BudgetYearRepository#stateOfAdvice(int)}, which is read <em>before</em> the data
 * that is rendered: a body kept under a key is never older than the state the key names,
 * so a change (in this instance, another one, or in SQL) shows on the next request. The
 * lab's body holds forms with the session's CSRF token, and a body with a refusal message
 * belongs to one request: those are rendered every time and not kept.
 * {@code aanboord.budget.advice-cache-size} bodies are kept at most (0 turns keeping
 * off).
 */
@Component
class BudgetAdviceBodies {

	static final String VIEW = "budget/advice-body :: body";

	private final BudgetYearRepository years;

	private final RenderedViews views;

	private final Cache<Key, String> kept;

	private final boolean enabled;

	BudgetAdviceBodies(BudgetYearRepository years, RenderedViews views,
			@Value("${aanboord.budget.advice-cache-size:64}") int size) {
		this.years = years;
		this.views = views;
		this.enabled = size > 0;
		this.kept = Caffeine.newBuilder().maximumSize(Math.max(size, 1)).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/**
	 * Looks for a kept body of the advice as this user reads it.
	 * @return the lookup: its {@link Lookup#body()} is the kept HTML, or null when the
	 * body has to be rendered (then pass the lookup to {@link #render})
	 */
	Lookup lookup(int startYear, BudgetReader reader, CurrentUser user, Map<Long, ProjectSummary> projects) {
		if (!this.enabled || reader == BudgetReader.LAB || user.hasRole(Role.ADMIN)) {
			return new Lookup(null, null);
		}
		String state = this.years.stateOfAdvice(startYear);
		Key key = new Key(startYear, LocaleContextHolder.getLocale(), user.getRoles(), projects.hashCode(), state);
		return new Lookup(key, this.kept.getIfPresent(key));
	}

	/**
	 * Renders the body from the model (which holds {@code advice}, {@code steps},
	 * {@code recentChanges} and {@code projectNames}) and keeps it when it may be kept.
	 * @return the HTML of the body
	 */
	String render(Lookup lookup, Model model, HttpServletRequest request, HttpServletResponse response) {
		String body = this.views.render(VIEW, model.asMap(), request, response);
		if (lookup.key() != null && !model.containsAttribute("refused")) {
			this.kept.put(lookup.key(), body);
		}
		return body;
	}

	/**
	 * Drops every kept body: after a change the state check does not see (a name in the
	 * comments or the history replaced when a user is erased).
	 */
	void forgetAll() {
		this.kept.invalidateAll();
	}

	/** A key to keep a body under (null: not kept) and the body kept under it, if any. */
	record Lookup(Key key, String body) {

	}

	private record Key(int startYear, Locale locale, Set<Role> roles, int projects, String state) {

	}

}
