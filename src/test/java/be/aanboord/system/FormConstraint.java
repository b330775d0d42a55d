package be.aanboord.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;

/**
 * A Bean Validation constraint on a form class ({@code *Form}) in the application's Java
 * code, found by reading the sources, with the message codes Spring looks up for it.
 *
 * @param type the form's simple name, e.g. {@code AccountForm}
 * @param objectName the name Spring binds it under, e.g. {@code accountForm}
 * @param property the constrained property, or {@code null} on the type or where it
 * cannot be read
 * @param typeLevel whether the constraint is on the type itself
 * @param constraint the annotation's simple name, e.g. {@code NotBlank}
 * @param where the file and line of the annotation
 */
record FormConstraint(String type, String objectName, String property, boolean typeLevel, String constraint,
		String where) {

	private static final Pattern JAVA_PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");

	private static final Pattern JAVA_IMPORT = Pattern.compile("\\bimport\\s+([\\w.]+?)(\\.\\*)?\\s*;");

	private static final Pattern JAVA_TYPE_DECLARATION = Pattern
		.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");

	private static final Pattern JAVA_ANNOTATION = Pattern.compile("@\\s*([\\w.]+)");

	private static final Pattern JAVA_DECLARATION = Pattern.compile("(?:(?:public|protected|private|static|final"
			+ "|transient|volatile|abstract|synchronized|default|sealed|non-sealed)\\s+)*"
			+ "(?:(class|record|interface|enum)\\s+(\\w+)"
			+ "|[\\w.$]+(?:\\s*<[^;{}()=]*>)?(?:\\s*\\[\\s*])*\\s+(\\w+)\\s*([(,);={]))");

	/** The codes Spring tries, most specific first (the type-based one left out). */
	List<String> codes() {
		if (this.typeLevel) {
			return List.of(this.constraint + "." + this.objectName, this.constraint);
		}
		if (this.property == null) {
			return List.of(this.constraint);
		}
		return List.of(this.constraint + "." + this.objectName + "." + this.property,
				this.constraint + "." + this.property, this.constraint);
	}

	String description() {
		return this.type + ((this.property != null) ? "." + this.property : "") + " @" + this.constraint;
	}

	/**
	 * The Bean Validation constraints on the fields, getters and types of *Form classes.
	 */
	static List<FormConstraint> inSources() {
		List<FormConstraint> uses = new ArrayList<>();
		SourceText.javaSources().forEach((name, source) -> {
			String code = SourceText.maskLiteralsAndComments(source);
			Matcher packageName = JAVA_PACKAGE.matcher(code);
			String pkg = packageName.find() ? packageName.group(1) : "";
			Map<String, String> imports = new LinkedHashMap<>();
			List<String> wildcards = new ArrayList<>(List.of(pkg, "java.lang"));
			Matcher imported = JAVA_IMPORT.matcher(code);
			while (imported.find()) {
				if (imported.group(2) != null) {
					wildcards.add(imported.group(1));
				}
				else {
					imports.put(imported.group(1).substring(imported.group(1).lastIndexOf('.') + 1), imported.group(1));
				}
			}
			Matcher annotation = JAVA_ANNOTATION.matcher(code);
			while (annotation.find()) {
				String annotationName = annotation.group(1);
				if (annotationName.equals("interface") || !isConstraint(annotationName, imports, wildcards)) {
					continue;
				}
				String constraint = annotationName.substring(annotationName.lastIndexOf('.') + 1);
				String where = name + ":" + SourceText.lineOf(source, annotation.start());
				int after = skipAnnotations(code, annotation.end());
				Matcher declaration = JAVA_DECLARATION.matcher(code).region(after, code.length());
				String type;
				String property = null;
				boolean typeLevel = false;
				if (declaration.lookingAt() && declaration.group(1) != null) {
					type = declaration.group(2);
					typeLevel = true;
				}
				else {
					type = enclosingType(code, annotation.start());
					if (declaration.lookingAt()) {
						property = declaration.group(4).equals("(") ? propertyOfMethod(declaration.group(3))
								: declaration.group(3);
					}
				}
				if (type != null && type.endsWith("Form")) {
					uses.add(new FormConstraint(type, decapitalize(type), property, typeLevel, constraint, where));
				}
			}
		});
		return uses;
	}

	private static boolean isConstraint(String annotation, Map<String, String> imports, List<String> wildcards) {
		List<String> candidates = new ArrayList<>();
		if (annotation.contains(".")) {
			candidates.add(annotation);
		}
		else if (imports.containsKey(annotation)) {
			candidates.add(imports.get(annotation));
		}
		else {
			wildcards.forEach((pkg) -> candidates.add(pkg.isEmpty() ? annotation : pkg + "." + annotation));
		}
		for (String candidate : candidates) {
			try {
				Class<?> type = Class.forName(candidate, false, FormConstraint.class.getClassLoader());
				return type.isAnnotation() && type.isAnnotationPresent(Constraint.class);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// try the next candidate
			}
		}
		return false;
	}

	/**
	 * Skips the arguments of the annotation that ends at {@code index}, and any others.
	 */
	private static int skipAnnotations(String code, int index) {
		int position = index;
		while (true) {
			position = skipWhitespace(code, position);
			if (position < code.length() && code.charAt(position) == '(') {
				int end = SourceText.closingParenthesis(code, position + 1, '"');
				position = (end < 0) ? code.length() : end + 1;
				continue;
			}
			Matcher next = JAVA_ANNOTATION.matcher(code).region(position, code.length());
			if (next.lookingAt() && !next.group(1).equals("interface")) {
				position = next.end();
				continue;
			}
			return position;
		}
	}

	private static int skipWhitespace(String code, int index) {
		int position = index;
		while (position < code.length() && Character.isWhitespace(code.charAt(position))) {
			position++;
		}
		return position;
	}

	private static String enclosingType(String code, int index) {
		Matcher declaration = JAVA_TYPE_DECLARATION.matcher(code).region(0, index);
		String type = null;
		while (declaration.find()) {
			type = declaration.group(1);
		}
		return type;
	}

	private static String propertyOfMethod(String method) {
		for (String prefix : List.of("get", "is")) {
			if (method.length() > prefix.length() && method.startsWith(prefix)
					&& Character.isUpperCase(method.charAt(prefix.length()))) {
				return decapitalize(method.substring(prefix.length()));
			}
		}
		return method;
	}

	/** As {@code java.beans.Introspector#decapitalize}: {@code URL} stays {@code URL}. */
	private static String decapitalize(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
			return name;
		}
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
