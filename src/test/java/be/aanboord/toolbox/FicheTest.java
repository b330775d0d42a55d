package be.aanboord.toolbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The life cycle of a fiche, guarded by the fiche itself. */
class FicheTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private Fiche draft() {
		Fiche fiche = new Fiche(42, "een-fiche", 7L, NOW);
		fiche.write("Een fiche", "Kort", "Tekst", NOW);
		fiche.attribute(null, Province.LIMBURG, Licence.CC_BY);
		fiche.classify(Set.of(Theme.PARENTS), Set.of(CarePhase.PHASE_0), Set.of(Level.PRIMARY),
				Set.of(Audience.PARENTS));
		return fiche;
	}

	@Test
	void aDraftIsSubmittedThenPublishedAsVersionOne() {
		Fiche fiche = draft();
		assertThat(fiche.getStatus()).isEqualTo(FicheStatus.DRAFT);
		fiche.submit(NOW);
		assertThat(fiche.getStatus()).isEqualTo(FicheStatus.IN_REVIEW);
		assertThat(fiche.publish(NOW, TODAY)).isEqualTo(1);
		assertThat(fiche.isPublic()).isTrue();
		assertThat(fiche.getPublishedAt()).isEqualTo(NOW);
		assertThat(fiche.getLastReviewedOn()).isEqualTo(TODAY);
	}

	@Test
	void aRevisionKeepsTheSlugAndTheFirstPublicationDateAndAddsAVersion() {
		Fiche fiche = draft();
		fiche.submit(NOW);
		fiche.publish(NOW, TODAY);
		fiche.revise(NOW.plusSeconds(60));
		fiche.write("Een betere fiche", "Kort", "Meer tekst", NOW.plusSeconds(60));
		fiche.submit(NOW.plusSeconds(60));
		assertThat(fiche.publish(NOW.plusSeconds(120), TODAY.plusDays(1))).isEqualTo(2);
		assertThat(fiche.getSlug()).isEqualTo("een-fiche");
		assertThat(fiche.getPublishedAt()).isEqualTo(NOW);
	}

	@Test
	void aFicheStaysPublicWhileANewVersionIsWrittenUntilItIsArchived() {
		Fiche fiche = draft();
		assertThat(fiche.isPublic()).isFalse();
		fiche.submit(NOW);
		fiche.publish(NOW, TODAY);
		fiche.revise(NOW);
		assertThat(fiche.isPublic()).isTrue();
		assertThat(fiche.isPublished()).isFalse();
		fiche.submit(NOW);
		assertThat(fiche.isPublic()).isTrue();
		fiche.publish(NOW, TODAY);
		assertThat(fiche.isPublished()).isTrue();
		fiche.archive(NOW);
		assertThat(fiche.isPublic()).isFalse();
	}

	@Test
	void onlyADraftCanBeChangedOrSubmitted() {
		Fiche fiche = draft();
		fiche.submit(NOW);
		assertThatIllegalStateException().isThrownBy(() -> fiche.write("x", "y", "z", NOW));
		assertThatIllegalStateException().isThrownBy(() -> fiche.submit(NOW));
		fiche.requestChanges(NOW);
		assertThat(fiche.isEditable()).isTrue();
	}

	@Test
	void aDraftCannotBePublishedWithoutReview() {
		assertThatIllegalStateException().isThrownBy(() -> draft().publish(NOW, TODAY));
	}

	@Test
	void aFicheHasExactlyOneSource() {
		Fiche fiche = draft();
		assertThatIllegalArgumentException().isThrownBy(() -> fiche.attribute(null, null, Licence.CC_BY));
	}

	@Test
	void onlyAPublishedFicheIsMarkedReviewed() {
		Fiche fiche = draft();
		assertThatIllegalStateException().isThrownBy(() -> fiche.markReviewed(TODAY));
		fiche.refer(List.of(new FicheReference(ReferenceKind.SOURCE, "Een boek", null)));
		assertThat(fiche.getReferences()).hasSize(1);
	}

}
