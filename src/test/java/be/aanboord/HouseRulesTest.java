package be.aanboord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of STYLE.md that the module check does not cover, per module: one shape
 * for a write (controllers map requests to the module's application service, which owns
 * the transaction), small controllers, and no reaching into another module's entities or
 * repositories (other modules are used by id or through their public query types).
 */
class HouseRulesTest {

	/** Longest controller, in lines of source. */
	static final int CONTROLLER_LINES = 150;

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("be.aanboord");

	static Stream<String> modules() {
		return Stream.of("account", "budget", "home", "partner", "project", "school", "system", "toolbox",
				"trajectory");
	}

	@ParameterizedTest
	@MethodSource("modules")
	void controllersLeaveTransactionsToTheApplicationService(String module) {
		List<String> offences = controllers(module).stream()
			.filter((controller) -> controller.isAnnotatedWith(Transactional.class)
					|| controller.getMethods()
						.stream()
						.anyMatch((method) -> method.isAnnotatedWith(Transactional.class))
					|| controller.getDirectDependenciesFromSelf()
						.stream()
						.anyMatch((dependency) -> dependency.getTargetClass().isAssignableTo(EntityManager.class)
								|| dependency.getTargetClass().isAssignableTo(TransactionTemplate.class)))
			.map(JavaClass::getSimpleName)
			.toList();
		assertThat(offences).as("controllers with transactions of their own").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("modules")
	void controllersStaySmall(String module) throws IOException {
		for (JavaClass controller : controllers(module)) {
			Path source = Path.of("src/main/java", controller.getName().replace('.', '/') + ".java");
			assertThat(Files.readAllLines(source)).as(controller.getSimpleName() + " in lines")
				.hasSizeLessThanOrEqualTo(CONTROLLER_LINES);
		}
	}

	@ParameterizedTest
	@MethodSource("modules")
	void otherModulesEntitiesAndRepositoriesAreNotUsed(String module) {
		String base = "be.aanboord." + module;
		List<String> offences = CLASSES.stream()
			.filter((type) -> type.getPackageName().equals(base))
			.flatMap((type) -> type.getDirectDependenciesFromSelf().stream())
			.map((dependency) -> dependency.getTargetClass())
			.filter((target) -> target.getPackageName().startsWith("be.aanboord.")
					&& !target.getPackageName().equals(base))
			.filter((target) -> target.isAnnotatedWith(Entity.class) || target.isAssignableTo(Repository.class))
			.map(JavaClass::getName)
			.distinct()
			.sorted()
			.toList();
		assertThat(offences).as("other modules' entities and repositories used by " + module).isEmpty();
	}

	private static List<JavaClass> controllers(String module) {
		return CLASSES.stream()
			.filter((type) -> type.getPackageName().equals("be.aanboord." + module))
			.filter((type) -> type.isAnnotatedWith(Controller.class)
					|| type.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class))
			.toList();
	}

}
