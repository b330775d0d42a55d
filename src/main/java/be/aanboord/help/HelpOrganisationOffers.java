package be.aanboord.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.aanboord.partner.OrganisationOffers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published offers of the lab's partner organisations, for the partner directory
 * (through partner's {@link OrganisationOffers}, as partner does not depend on this
 * module). One statement.
 */
@Component
class HelpOrganisationOffers implements OrganisationOffers {

	private final JdbcClient jdbc;

	HelpOrganisationOffers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, List<OfferLink>> byOrganisation() {
		Map<Long, List<OfferLink>> links = new LinkedHashMap<>();
		this.jdbc.sql("""
				select organisation_id, slug, name from help_offer
				where status = 'PUBLISHED' and organisation_id is not null
				order by organisation_id, lower(name), id""").query((row) -> {
			links.computeIfAbsent(row.getLong("organisation_id"), (id) -> new ArrayList<>())
				.add(new OfferLink(row.getString("slug"), row.getString("name")));
		});
		return links;
	}

}
