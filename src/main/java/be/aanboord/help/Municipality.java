package be.aanboord.help;

/**
 * A municipality of Vlaams-Brabant or Brussels.
 *
 * @param code the slug of its Dutch name ({@code leuven}, {@code sint-pieters-leeuw})
 * @param name its Dutch name
 * @param province {@code VLAAMS_BRABANT} or {@code BRUSSEL}
 */
public record Municipality(String code, String name, String province) {
}
