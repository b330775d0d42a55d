package be.aanboord.trajectory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import be.aanboord.system.PlausibleDate;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The access log's filters as they appear in its address (Dutch parameter names, a GET
 * form): a trajectory, a pupil code, a user (username or part of a display name) and the
 * days from and up to, in Brussels time.
 */
class AccessLogFilter {

	/** Pupil codes: kind letter, two digits of the school year, a dash and the code. */
	private static final Pattern PUPIL_CODE = Pattern.compile("[A-Z][0-9]{2}-[A-Z0-9]{1,16}");

	private Long traject;

	private String leerling;

	@Size(max = 100)
	private String gebruiker;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate van;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tot;

	/**
	 * Checks what one field cannot check alone: the pupil code's form, the order of the
	 * days.
	 */
	void validate(BindingResult result) {
		if (pupilCode() != null && !PUPIL_CODE.matcher(pupilCode()).matches()) {
			result.rejectValue("leerling", "trajectory.accessLog.pupilCodeFormat");
		}
		if (this.van != null && this.tot != null && this.tot.isBefore(this.van) && !result.hasFieldErrors("tot")) {
			result.rejectValue("tot", "trajectory.accessLog.toBeforeFrom");
		}
	}

	/** The pupil code as codes are written (upper case), or null. */
	String pupilCode() {
		return (this.leerling != null && !this.leerling.isBlank()) ? this.leerling.strip().toUpperCase(Locale.ROOT)
				: null;
	}

	/** The user as typed, or null. */
	String user() {
		return (this.gebruiker != null && !this.gebruiker.isBlank()) ? this.gebruiker.strip() : null;
	}

	/** The address of this filter, every value percent-encoded, for the page links. */
	String url(String path) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		add(url, "traject", this.traject);
		add(url, "leerling", pupilCode());
		add(url, "gebruiker", user());
		add(url, "van", this.van);
		add(url, "tot", this.tot);
		return url.build(true).toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, UriUtils.encodeQueryParam(value.toString(), StandardCharsets.UTF_8));
		}
	}

	public Long getTraject() {
		return this.traject;
	}

	public void setTraject(Long traject) {
		this.traject = traject;
	}

	public String getLeerling() {
		return this.leerling;
	}

	public void setLeerling(String leerling) {
		this.leerling = leerling;
	}

	public String getGebruiker() {
		return this.gebruiker;
	}

	public void setGebruiker(String gebruiker) {
		this.gebruiker = gebruiker;
	}

	public LocalDate getVan() {
		return this.van;
	}

	public void setVan(LocalDate van) {
		this.van = van;
	}

	public LocalDate getTot() {
		return this.tot;
	}

	public void setTot(LocalDate tot) {
		this.tot = tot;
	}

}
