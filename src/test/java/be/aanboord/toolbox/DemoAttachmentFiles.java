package be.aanboord.toolbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import be.aanboord.system.PdfDocuments;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the demo fiches' attachments (see {@link DemoAttachments}): printable one-page
 * summaries and worksheets made for the demo from what the fiches say, as PDF (with the
 * application's own renderer), XLSX and DOCX. Run it again after changing a document:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=be.aanboord.toolbox.DemoAttachmentFiles}, or from the IDE; it writes
 * into {@code src/main/resources/db/demo/attachments}, and the files are committed.
 */
final class DemoAttachmentFiles {

	/** The folder of the files and of their list, relative to the project. */
	static final Path FOLDER = Path.of("src/main/resources/db/demo/attachments");

	private static final String FOOTER = "Aan Boord · Labo Zerotolerantie tegen Schooluitval · toolbox, fiche %d · %s";

	private static final String CSS = """
			@page { size: A4; margin: 16mm 16mm 18mm 16mm;
			  @bottom-center { content: element(footer); } }
			body { font-size: 10pt; line-height: 1.35; color: #1b1b1b; }
			h1 { font-size: 16pt; margin: 0 0 4pt 0; color: #0b4f6c; }
			h2 { font-size: 11.5pt; margin: 10pt 0 3pt 0; color: #0b4f6c; }
			p { margin: 0 0 5pt 0; }
			.kicker { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .5pt; color: #555; }
			.lead { font-size: 10.5pt; }
			ul { margin: 0 0 5pt 0; padding-left: 14pt; }
			li { margin-bottom: 2pt; }
			table { width: 100%; border-collapse: collapse; margin-top: 4pt; }
			th, td { border: 0.6pt solid #8a8a8a; padding: 3pt 4pt; vertical-align: top; text-align: left; }
			th { background: #e6f0f4; font-size: 9pt; }
			td.write { height: 30pt; }
			td.box { width: 16mm; text-align: center; }
			.footer { position: running(footer); font-size: 7.5pt; color: #555; }
			""";

	private DemoAttachmentFiles() {
	}

	/**
	 * One demo document: the fiche it belongs to, its file name and its name as shown.
	 */
	record Document(String slug, String file, String name, byte[] content) {
	}

	public static void main(String[] args) throws IOException {
		Path folder = (args.length > 0) ? Path.of(args[0]) : FOLDER;
		Files.createDirectories(folder);
		StringBuilder list = new StringBuilder("""
				# The demo fiches' attachments, loaded by DemoAttachments in development and tests.
				# Written by DemoAttachmentFiles (test sources): fiche slug|file|name shown to readers
				""");
		for (Document document : documents()) {
			Files.write(folder.resolve(document.file()), document.content());
			list.append(document.slug())
				.append('|')
				.append(document.file())
				.append('|')
				.append(document.name())
				.append('\n');
		}
		Files.writeString(folder.resolve(DemoAttachments.LIST), list, StandardCharsets.UTF_8);
	}

	static List<Document> documents() throws IOException {
		PdfDocuments pdfs = new PdfDocuments();
		return List.of(
				new Document("succesfactoren-risicosituaties-kantelen-ris-k", "ris-k-succesfactoren-checklist.pdf",
						"Checklist succesfactoren Ris+K.pdf", pdfs.render(successFactors())),
				new Document("preventieplan-afwezigheden", "preventieplan-afwezigheden-overzicht.pdf",
						"Preventieplan afwezigheden - overzicht op één blad.pdf", pdfs.render(preventionPlan())),
				new Document("preventieplan-afwezigheden", "preventieplan-afwezigheden-pdca.xlsx",
						"PDCA-opvolgtabel preventieplan.xlsx", pdcaWorkbook()),
				new Document("dialoogdocument-school-aanwezigheidsbeleid", "gespreksblad-school-clb.pdf",
						"Gespreksblad school en CLB.pdf", pdfs.render(conversationSheet())),
				new Document("dialoogfiche-leerkracht-aanwezig-in-de-klas", "werkblad-leerkracht-vijf-fasen.pdf",
						"Werkblad leerkracht - vijf fasen.pdf", pdfs.render(teacherWorksheet())),
				new Document("jij-ziet-mij-leerkracht-als-schakel", "jij-ziet-mij-tips.pdf",
						"Jij ziet mij - tips op één blad.pdf", pdfs.render(tips())),
				new Document("dialoogdocument-ouders-spijbelende-leerling", "gespreksnotities-ouders.docx",
						"Gespreksnotities gesprek met ouders.docx", parentsNotes()),
				new Document("actieplan-aanwezigheidsbeleid", "actieplan-aanwezigheidsbeleid-sjabloon.xlsx",
						"Actieplan aanwezigheidsbeleid - sjabloon.xlsx", actionPlanWorkbook()));
	}

	private static String page(String kicker, String title, String lead, String body, int fiche, String source) {
		return """
				<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%2$s</title><style>%6$s</style></head>
				<body><div class="footer">%7$s</div>
				<p class="kicker">%1$s</p><h1>%2$s</h1><p class="lead">%3$s</p>%4$s</body></html>"""
			.formatted(esc(kicker), esc(title), esc(lead), body, fiche, CSS, esc(FOOTER.formatted(fiche, source)));
	}

	private static String successFactors() {
		StringBuilder rows = new StringBuilder();
		for (String factor : List.of("Een gedragen hulpvraag: het team herkent zich in de vraag.",
				"Betrokkenheid van de directie: tijd en ruimte, verbonden met het schoolbeleid.",
				"Focus op de draagkracht van het team, niet alleen op de individuele leerling.",
				"Een externe blik: een begeleider van buiten de school doorbreekt vastgelopen patronen.",
				"Kleine stappen en snelle successen: afspraken die de week erna zichtbaar zijn.",
				"Verankering: wat werkt krijgt een plaats in het zorgbeleid.",
				"Samenwerking met CLB en ouders van bij de start.")) {
			rows.append("<tr><td>")
				.append(esc(factor))
				.append("</td><td class=\"box\">☐</td><td class=\"box\">☐</td>")
				.append("<td></td></tr>");
		}
		return page("Checklist bij de start van een Ris+K-traject",
				"Succesfactoren om risicosituaties positief te doen kantelen",
				"Welke succesfactoren uit Ris+K 1 zijn in jullie school aanwezig, welke vragen nog aandacht? "
						+ "Overloop de lijst met de directie, de zorgcoördinator en de begeleider van het traject.",
				"""
						<table><thead><tr><th>Succesfactor</th><th>Aanwezig</th><th>Vraagt aandacht</th>
						<th>Wat spreken we af?</th></tr></thead><tbody>%s</tbody></table>
						<h2>Na het traject</h2>
						<p>Wat nemen we op in ons zorgbeleid? Wie bewaakt het? Wanneer kijken we er opnieuw naar?</p>
						<table><tbody><tr><td class="write"></td></tr><tr><td class="write"></td></tr></tbody></table>"""
					.formatted(rows),
				2, "samenvatting door het Labo, naar de aanbevelingen uit Ris+K 1");
	}

	private static String preventionPlan() {
		StringBuilder goals = new StringBuilder();
		for (String goal : List.of("Een verbindend schoolklimaat voor leerlingen, ouders en schoolpersoneel.",
				"Een inschrijvingsbeleid dat gelijke onderwijskansen verhoogt en transparant is.",
				"Een strikt beleid voor de registratie van afwezigheden (B-, Z-, P- en L-codes).",
				"Een duidelijk beleid voor de opvolging van afwezigheden na de registratie.",
				"Goede samenwerkingsafspraken met de partners van de school.")) {
			goals.append("<tr><td>").append(esc(goal)).append("</td><td class=\"box\">___/10</td><td></td></tr>");
		}
		return page("Preventieplan afwezigheden · overzicht op één blad", "Preventieplan afwezigheden",
				"Het aanwezigheidsbeleid van de school, samen met het CLB, volgens het zorgcontinuüm: doelstellingen "
						+ "per fase, een inschaling op tien en een PDCA-opvolging.",
				"""
						<h2>Fase 0: brede basiszorg</h2>
						<table><thead><tr><th>Doelstelling</th><th>Score</th><th>Waar zetten we op in om onze score te verhogen?</th></tr></thead>
						<tbody>%s</tbody></table>
						<h2>Fase 1 tot 3</h2>
						<ul><li><strong>Verhoogde zorg</strong>: vroegdetectie en interventie, nauwe opvolging, consultatief overleg met het CLB vanaf 5 B-codes.</li>
						<li><strong>Uitbreiding van zorg</strong>: gedeelde verantwoordelijkheid, systematisch overleg, een spijbelcontract, de terugkeer voorbereiden.</li>
						<li><strong>Individueel aangepast curriculum</strong>: alternatieve leerwegen, met alle partners betrokken.</li></ul>
						<h2>PDCA-opvolging</h2>
						<table><thead><tr><th>Wat (geplande actie)</th><th>Wie</th><th>Wanneer</th><th>Check (borgen, bijsturen)</th></tr></thead>
						<tbody><tr><td class="write"></td><td></td><td></td><td></td></tr><tr><td class="write"></td><td></td><td></td><td></td></tr></tbody></table>
						<p>De volledige PDCA-opvolgtabel staat als rekenblad bij deze fiche.</p>"""
					.formatted(goals),
				11, "samenvatting door het Labo van het document van de PLG Antwerpen");
	}

	private static String conversationSheet() {
		StringBuilder topics = new StringBuilder();
		Map<String, String> questions = new LinkedHashMap<>();
		questions.put("Registratie", "Hoe en door wie worden afwezigheden geregistreerd? Wat loopt goed, wat niet?");
		questions.put("Data", "Wat zeggen onze cijfers? Welke leerlingen, klassen of momenten vallen op?");
		questions.put("Beleid", "Welke afspraken, stappen en rollen hebben we? Kennen leerlingen en ouders ze?");
		questions.put("Samenwerking school-CLB", "Wanneer overleggen we? Wat verwachten we van elkaar?");
		questions.forEach((topic, question) -> topics.append("<h2>")
			.append(esc(topic))
			.append("</h2><p>")
			.append(esc(question))
			.append("</p><table><tbody><tr><td class=\"write\"></td></tr></tbody></table>"));
		return page("Gespreksblad · school en CLB", "In gesprek over het aanwezigheidsbeleid",
				"Een blad om het gesprek tussen school en CLB voor te bereiden en te noteren, rond de vier topics van "
						+ "het dialoogdocument. Begin met de basisvragen; ga dieper waar het gesprek dat vraagt.",
				topics + "<h2>Afspraken</h2><table><tbody><tr><td class=\"write\"></td></tr></tbody></table>", 12,
				"gespreksblad door het Labo bij het dialoogdocument van de PLG Brussel en Vlaams-Brabant");
	}

	private static String teacherWorksheet() {
		StringBuilder rows = new StringBuilder();
		Map<String, String> phases = new LinkedHashMap<>();
		phases.put("1. Breed kijken", "Wat zie je bij de leerling, in de klas, in de relatie?");
		phases.put("2. Focus bepalen", "Waar wil je als leerkracht op inzetten?");
		phases.put("3. Plan opmaken", "Welke concrete acties in de klas? Wie doet wat?");
		phases.put("4. Uitvoering", "Wat probeer je uit, hoe volg je op, wat stuur je bij?");
		phases.put("5. Vieren, delen en verduurzamen", "Wat werkte? Met welke collega's deel je het?");
		phases.forEach((phase, question) -> rows.append("<tr><td><strong>")
			.append(esc(phase))
			.append("</strong><br>")
			.append(esc(question))
			.append("</td><td class=\"write\"></td></tr>"));
		return page("Werkblad · leerkracht en CLB", "Aanwezig in de klas: vijf fasen",
				"Vanuit warme verbinding en structuur aan de slag met een leerling die (dreigt) af te haken. Noteer per "
						+ "fase wat jullie zien en afspreken; het CLB denkt mee als sparringpartner.",
				"<table><thead><tr><th>Fase en richtvraag</th><th>Onze notities en afspraken</th></tr></thead><tbody>"
						+ rows + "</tbody></table>",
				14, "werkblad door het Labo bij de dialoogfiche van de PLG Limburg");
	}

	private static String tips() {
		return page("Jij ziet mij · tips op één blad", "De leerkracht als schakel",
				"Kleine gebaren, groot verschil: wat leerkrachten secundair onderwijs doen voor, tijdens en na de "
						+ "afwezigheid van een leerling.",
				"""
						<h2>Preventief: jouw betrokkenheid maakt een verschil</h2>
						<ul><li>Toon interesse, ga informeel in gesprek, gebruik humor.</li>
						<li>Complimenteer inspanning en groei; benoem wat goed loopt.</li>
						<li>Spreek regels, grenzen en verwachtingen duidelijk uit.</li>
						<li>Zoek van in het begin contact met de ouders.</li></ul>
						<h2>Tijdens een afwezigheid: er blijven brugjes</h2>
						<ul><li>Houd contact: een kaartje, een telefoontje, een buddy.</li>
						<li>Maak lesmateriaal beschikbaar; laat een buddy notities bijhouden.</li>
						<li>Betrek tijdig leerlingbegeleiding en CLB.</li>
						<li>Bewaak je eigen grenzen en schakel hulp in.</li></ul>
						<h2>Bij de terugkeer: je aanwezigheid doet ertoe</h2>
						<ul><li>Een warm onthaal in de klas en op de speelplaats.</li>
						<li>Luister; geef de leerling het gevoel dat hij of zij ertoe doet.</li>
						<li>Bouw herhaling in en laat niet alles tegelijk inhalen.</li>
						<li>Maak in het team afspraken en blijf polsen bij de ouders.</li></ul>""", 15,
				"samenvatting door het Labo van het inspiratiedocument van de PLG Limburg");
	}

	private static byte[] pdcaWorkbook() throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "Aan Boord", "1.0");
			Worksheet sheet = workbook.newWorksheet("PDCA");
			List<String> headings = List.of("Fase", "Doelstelling", "Score (/10)", "Wat (geplande actie)", "Wie",
					"Wanneer", "Check (borgen, bijsturen)");
			heading(sheet, headings);
			String[][] goals = { { "0 brede basiszorg", "Verbindend schoolklimaat" },
					{ "0 brede basiszorg", "Inschrijvingsbeleid" },
					{ "0 brede basiszorg", "Registratie van afwezigheden (B-, Z-, P- en L-codes)" },
					{ "0 brede basiszorg", "Opvolging van afwezigheden" },
					{ "0 brede basiszorg", "Samenwerkingsafspraken met partners" },
					{ "1 verhoogde zorg", "Vroegdetectie en consultatief overleg met het CLB vanaf 5 B-codes" },
					{ "2 uitbreiding van zorg", "Systematisch overleg, spijbelcontract, terugkeer voorbereiden" },
					{ "3 individueel aangepast curriculum", "Alternatieve leerweg met alle partners" } };
			for (int row = 0; row < goals.length; row++) {
				sheet.value(row + 1, 0, goals[row][0]);
				sheet.value(row + 1, 1, goals[row][1]);
			}
			widths(sheet, 24, 48, 12, 36, 16, 14, 30);
			workbook.finish();
			return out.toByteArray();
		}
	}

	private static byte[] actionPlanWorkbook() throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "Aan Boord", "1.0");
			Worksheet sheet = workbook.newWorksheet("Actieplan");
			heading(sheet, List.of("Vraag", "Wat doen we nu?", "Waar zetten we nog op in?", "Concrete stap", "Wie",
					"Tegen wanneer"));
			List<String> questions = List.of(
					"Zicht op het huidige beleid: hoe registreren en volgen we afwezigheden op?",
					"Waar kunnen we nog op inzetten (fase 0 en 1)?", "Wat doen we morgen anders?");
			for (int row = 0; row < questions.size(); row++) {
				sheet.value(row + 1, 0, questions.get(row));
			}
			widths(sheet, 56, 30, 30, 30, 16, 14);
			workbook.finish();
			return out.toByteArray();
		}
	}

	private static void heading(Worksheet sheet, List<String> headings) {
		for (int column = 0; column < headings.size(); column++) {
			sheet.value(0, column, headings.get(column));
			sheet.style(0, column).bold().fillColor("E6F0F4").set();
		}
	}

	private static void widths(Worksheet sheet, double... widths) {
		for (int column = 0; column < widths.length; column++) {
			sheet.width(column, widths[column]);
		}
	}

	/** A Word document written part by part: headings, questions and room for notes. */
	private static byte[] parentsNotes() {
		StringBuilder body = new StringBuilder();
		paragraph(body, "Gesprek met de ouders van een afwezige leerling", true);
		paragraph(body, "Notities bij het dialoogdocument ouders (PLG Limburg). Leerling (code, geen naam): ______",
				false);
		paragraph(body, "Datum: ______   Aanwezig: ouders, school, CLB: ______", false);
		Map<String, String> topics = new LinkedHashMap<>();
		topics.put("Thuis", "Praktische problemen (vervoer, financiën)? Hoe kijken de ouders naar de afwezigheid?");
		topics.put("School", "Hoe voelt de leerling zich op school? Met wie loopt het contact goed of moeilijk?");
		topics.put("Sociaal", "Bij wie kan de leerling terecht, op en buiten school?");
		topics.put("Individu", "Wat geeft stress, wat geeft energie? Slaap, voeding, gsm-gebruik?");
		topics.put("Cultuur", "Hoe kijkt de familie naar onderwijs, naar hulp van buitenaf, naar thuisblijven?");
		topics.forEach((topic, question) -> {
			paragraph(body, topic, true);
			paragraph(body, question, false);
			paragraph(body, "Wat maakt het raam groter? ______", false);
			paragraph(body, "Wat maakt het raam kleiner? ______", false);
		});
		paragraph(body, "Afspraken: waarop zetten school, ouders en CLB nu in?", true);
		paragraph(body, "______", false);
		String document = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s\
				<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" \
				w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>"""
			.formatted(body);
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				</Types>""");
		parts.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="word/document.xml"/></Relationships>""");
		parts.put("word/document.xml", document);
		return zip(parts);
	}

	private static void paragraph(StringBuilder body, String text, boolean heading) {
		body.append("<w:p>");
		if (heading) {
			body.append("<w:pPr><w:spacing w:before=\"240\" w:after=\"80\"/></w:pPr>");
		}
		body.append("<w:r>");
		if (heading) {
			body.append("<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr>");
		}
		body.append("<w:t xml:space=\"preserve\">").append(esc(text)).append("</w:t></w:r></w:p>");
	}

	/**
	 * A ZIP archive with its entries in order and a fixed time, so that a rerun writes
	 * the same bytes.
	 */
	private static byte[] zip(Map<String, String> parts) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (Map.Entry<String, String> part : parts.entrySet()) {
					ZipEntry entry = new ZipEntry(part.getKey());
					entry.setTime(1_780_000_000_000L);
					zip.putNextEntry(entry);
					zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
