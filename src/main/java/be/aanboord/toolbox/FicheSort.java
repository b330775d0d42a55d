package be.aanboord.toolbox;

import java.util.Arrays;

/** How a list of fiches is ordered; the parameter is what the address shows. */
public enum FicheSort {

	RELEVANCE("relevantie"), NEWEST("nieuwste"), TITLE("titel"), DOWNLOADS("downloads");

	private final String parameter;

	FicheSort(String parameter) {
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

	static FicheSort fromParameter(String value, boolean searching) {
		return Arrays.stream(values())
			.filter((sort) -> sort.parameter.equals(value))
			.findFirst()
			.orElse(searching ? RELEVANCE : NEWEST);
	}

}
