package be.aanboord;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package is a module; cycles or reaching into another module's internals
 * fail here.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(AanBoordApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
