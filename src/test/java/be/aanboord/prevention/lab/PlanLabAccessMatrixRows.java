package be.aanboord.prevention.lab;

import java.util.List;
import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The lab's figures over shared prevention plans: administrators and coordinators only.
 * The example asks for the school year of the demo's shared plans; whatever it shows,
 * never the name of a demo school that shares its plan.
 */
@Component
class PlanLabAccessMatrixRows implements AccessMatrixRows {

	private static final List<String> DEMO_SCHOOLS = List.of("Regenboogbrug", "Lyceum De Brug");

	@Override
	public Map<String, Row> rows() {
		return Map.ofEntries(entry("GET /preventieplan/labo", new Row("/preventieplan/labo?schooljaar=2025-2026",
				Who.only(Who.ADMIN, Who.COORDINATOR), Map.of(Who.ADMIN, DEMO_SCHOOLS, Who.COORDINATOR, DEMO_SCHOOLS))));
	}

}
