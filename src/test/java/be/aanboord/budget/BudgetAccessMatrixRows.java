package be.aanboord.budget;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The budget's routes: the lab (ADMIN), coordinators (requests and reports) and the city
 * (CITY); visitors, partners and editors get none. POST examples address a school year
 * without a budget (1999-2000), so that allowed users get a 404 rather than changing the
 * demo data. The city reads a school year only once the advice is sent: the page of
 * 2025-2026 (requests open) must not show its draft requests to the city.
 */
@Component
class BudgetAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> LAB_AND_CITY = Who.only(Who.ADMIN, Who.CITY);

	private static final Set<Who> LAB_CITY_PROJECTS = Who.only(Who.ADMIN, Who.COORDINATOR, Who.CITY);

	private static final Set<Who> LAB_AND_PROJECTS = Who.only(Who.ADMIN, Who.COORDINATOR);

	private static final Set<Who> LAB = Who.only(Who.ADMIN);

	private static final Set<Who> CITY = Who.only(Who.CITY);

	/** The amount and motivation of CLZ's demo request for 2025-2026, not yet advised. */
	private static final String CLZ_DRAFT_AMOUNT = "€ 13.500,00";

	private static final String DRAFT_MOTIVATION = "Financieringsaanvraag volgens de actieplanning";

	@Override
	public Map<String, Row> rows() {
		return Map.ofEntries(entry("GET /budget", new Row("/budget", LAB_CITY_PROJECTS)),
				// 2025-2026 is open for requests: the city may open its page but sees
				// none
				// of the draft requests until the lab sends its advice (BudgetReader)
				entry("GET /budget/{year}",
						new Row("/budget/2025-2026", LAB_AND_CITY,
								Map.of(Who.CITY, List.of(CLZ_DRAFT_AMOUNT, DRAFT_MOTIVATION)))),
				entry("GET /budget/{year}/historiek", new Row("/budget/2019-2020/historiek", LAB_AND_CITY)),
				entry("GET /budget/{year}/advies.pdf", new Row("/budget/2017-2018/advies.pdf", LAB_AND_CITY)),
				entry("GET /budget/{year}/advies.xlsx", new Row("/budget/2017-2018/advies.xlsx", LAB_AND_CITY)),
				entry("GET /budget/{year}/aanvraag/{project}",
						new Row("/budget/2025-2026/aanvraag/risk-bao", LAB_AND_PROJECTS)),
				entry("POST /budget/{year}/aanvraag/{project}",
						new Row("/budget/1999-2000/aanvraag/risk-bao", LAB_AND_PROJECTS)),
				entry("GET /budget/{year}/verslag/{project}",
						new Row("/budget/2024-2025/verslag/risk-bao", LAB_AND_PROJECTS)),
				entry("POST /budget/{year}/verslag/{project}",
						new Row("/budget/1999-2000/verslag/risk-bao", LAB_AND_PROJECTS)),
				entry("GET /budget/{year}/advies/{project}", new Row("/budget/2019-2020/advies/risk-bao", LAB)),
				entry("POST /budget/{year}/advies/{project}", new Row("/budget/1999-2000/advies/risk-bao", LAB)),
				entry("POST /budget/{year}/stap", new Row("/budget/1999-2000/stap", LAB)),
				entry("GET /budget/{year}/heropenen", new Row("/budget/2024-2025/heropenen", LAB)),
				entry("POST /budget/{year}/heropenen", new Row("/budget/1999-2000/heropenen", LAB)),
				entry("GET /budget/{year}/envelop", new Row("/budget/2025-2026/envelop", LAB)),
				entry("POST /budget/{year}/envelop", new Row("/budget/1999-2000/envelop", LAB)),
				entry("GET /budget/{year}/beslissing", new Row("/budget/2019-2020/beslissing", CITY)),
				entry("POST /budget/{year}/beslissing", new Row("/budget/1999-2000/beslissing", CITY)),
				entry("GET /budget/{year}/opmerking/{project}", new Row("/budget/2019-2020/opmerking/naft", CITY)),
				entry("POST /budget/{year}/opmerking/{project}", new Row("/budget/1999-2000/opmerking/naft", CITY)));
	}

}
