package be.aanboord.system;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes {@link Formats} available in every template as {@code #fmt}, in the language of
 * the page: {@code ${#fmt.date(trajectory.startDate)}}, {@code ${#fmt.hours(total)}},
 * {@code ${#fmt.money(amount)}}.
 */
@Component
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "fmt";

	FormatsDialect() {
		super("Aan Boord formats");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? Formats.of(context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
