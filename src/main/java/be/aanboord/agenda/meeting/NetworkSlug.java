package be.aanboord.agenda.meeting;

import java.util.Arrays;
import java.util.Optional;

import be.aanboord.school.LearningNetwork;

/**
 * The address of each learning network's page: {@code /agenda/netwerken/clz-regulier}.
 */
enum NetworkSlug {

	RISK_BAO("risk-bao"), RISK_SO("risk-so"), CLZ_REGULAR("clz-regulier"), CLZ_SPECIAL("clz-buo");

	private final String slug;

	NetworkSlug(String slug) {
		this.slug = slug;
	}

	String slug() {
		return this.slug;
	}

	LearningNetwork network() {
		return LearningNetwork.valueOf(name());
	}

	static String of(LearningNetwork network) {
		return valueOf(network.name()).slug;
	}

	static Optional<LearningNetwork> parse(String slug) {
		return Arrays.stream(values()).filter((value) -> value.slug.equals(slug)).findFirst().map(NetworkSlug::network);
	}

}
