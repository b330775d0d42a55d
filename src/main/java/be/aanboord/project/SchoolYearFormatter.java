package be.aanboord.project;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Writes a school year as {@code 2021-2022} and reads it back, the one place where a
 * school year in a request is parsed ({@code @RequestParam("schooljaar") SchoolYear}).
 * Spring Boot registers it with MVC's conversion service because it is a bean. Text that
 * is not a school year, or a year the portal does not know, is refused with a
 * {@link ParseException}, which the request turns into the Dutch 400 page.
 */
@Component
class SchoolYearFormatter implements Formatter<SchoolYear> {

	private final SchoolYears schoolYears;

	SchoolYearFormatter(SchoolYears schoolYears) {
		this.schoolYears = schoolYears;
	}

	@Override
	public SchoolYear parse(String text, Locale locale) throws ParseException {
		Integer start = SchoolYear.parseLabel(text.strip());
		if (start == null) {
			throw new ParseException("not a school year: " + text, 0);
		}
		return this.schoolYears.find(start).orElseThrow(() -> new ParseException("unknown school year: " + text, 0));
	}

	@Override
	public String print(SchoolYear year, Locale locale) {
		return year.getLabel();
	}

}
