package be.aanboord.partner;

import java.util.List;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisations as other modules see them. */
@IntegrationTest
class OrganisationsIT {

	@Autowired
	Organisations organisations;

	@Test
	void theClbsAreTheTwoLeuvenCentresForPupilGuidance() {
		assertThat(this.organisations.clbs()).extracting(Organisations.OrganisationSummary::name)
			.containsExactly("GO! CLB Leuven-Tienen-Landen", "Vrij CLB Leuven");
		assertThat(this.organisations.clbs()).allSatisfy((clb) -> assertThat(clb.clb()).isTrue());
	}

	@Test
	void findsByIdAndNamesManyInOneCall() {
		List<Organisations.OrganisationSummary> all = this.organisations.all();
		assertThat(all).hasSizeGreaterThan(20);
		Organisations.OrganisationSummary first = all.get(0);
		assertThat(this.organisations.find(first.id())).hasValue(first);
		assertThat(this.organisations.find(-1)).isEmpty();
		assertThat(this.organisations.names(List.of(first.id(), all.get(1).id(), -1L)))
			.containsOnlyKeys(first.id(), all.get(1).id())
			.containsEntry(first.id(), first.name());
		assertThat(this.organisations.names(List.of())).isEmpty();
	}

}
