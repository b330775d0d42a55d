package be.aanboord.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date typed into a form lies between 1 January {@value #FIRST_YEAR} and 31 December
 * {@value #LAST_YEAR}: the lab and its projects date from after 2000, and a year such as
 * 0025 or 20255 is a typing error rather than a date to store. An empty date is valid
 * (combine with {@code @NotNull} where one is required). Message code
 * {@code PlausibleDate}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	/** The first year a date may fall in. */
	int FIRST_YEAR = 2000;

	/** The last year a date may fall in. */
	int LAST_YEAR = 2100;

	String message() default "{PlausibleDate}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link LocalDate} against the range. */
	class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
			return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
		}

	}

}
