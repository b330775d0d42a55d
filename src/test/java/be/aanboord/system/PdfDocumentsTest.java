package be.aanboord.system;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import be.aanboord.PdfInspection;
import org.junit.jupiter.api.Test;

import static be.aanboord.PdfInspection.ARABIC;
import static be.aanboord.PdfInspection.GLYPHS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one renderer of every PDF: fonts, scripts, wrapping, long tables, refused
 * characters.
 */
class PdfDocumentsTest {

	/** 200 characters, most of them without a place where a line may break. */
	static final String LONG_URL = "https://www.example.org/verslag?sleutel=" + "0123456789abcdef".repeat(10);

	private final PdfDocuments pdfs;

	PdfDocumentsTest() throws Exception {
		this.pdfs = new PdfDocuments();
	}

	@Test
	void latinExtendedGreekCyrillicSymbolsAndArabicPrintWithAnEmbeddedFont() throws Exception {
		PdfInspection pdf = new PdfInspection(this.pdfs.render("""
				<html><head><style>@page { @bottom-center { content: "pagina " counter(page); } }</style></head>
				<body><p>%s</p><p>Ελληνικά Кириллица</p><p>%s</p><p><b>%s</b> <i>%s</i></p>
				<p style="font-family: serif">serif ✓</p></body></html>""".formatted(GLYPHS, ARABIC, GLYPHS, GLYPHS)));
		String text = pdf.text();
		assertThat(text).contains(GLYPHS, "Ελληνικά Кириллица").doesNotContain("#");
		assertThat(PdfInspection.holdsArabic(text)).as(text).isTrue();
		assertThat(text).contains("pagina 1", "serif ✓");
		assertThat(pdf.fonts()).allMatch((font) -> font.contains("DejaVuSans"));
		assertThat(pdf.embeddedFonts()).isEqualTo(pdf.fonts());
		assertThat(pdf.embeddedFonts()).anyMatch((font) -> font.endsWith("+DejaVuSans"))
			.anyMatch((font) -> font.endsWith("+DejaVuSans-Bold"));
	}

	@Test
	void charactersThatXmlRefusesAreLeftOutInsteadOfFailing() throws Exception {
		PdfInspection pdf = new PdfInspection(
				this.pdfs.render("<p>voor\u000Bna\u0000 en \uD800half, \uD83D\uDE00 heel</p>"));
		assertThat(pdf.text()).contains("voorna en half,");
	}

	@Test
	void aLongAddressInATableCellWrapsWithinThePage() throws Exception {
		PdfInspection pdf = new PdfInspection(this.pdfs.render("""
				<html><head><style>@page { size: A4; margin: 20mm; }</style></head><body>
				<table><thead><tr><th>Bron</th><th>Adres</th></tr></thead>
				<tbody><tr><td>Een bron</td><td>%s</td></tr></tbody></table></body></html>""".formatted(LONG_URL)));
		assertThat(pdf.charactersOutsideThePage()).isEmpty();
		assertThat(pdf.text().replace(" ", "")).contains(LONG_URL);
	}

	@Test
	void theHeaderOfATableRepeatsOnEveryPage() throws Exception {
		String rows = IntStream.rangeClosed(1, 120)
			.mapToObj((i) -> "<tr><td>rij " + i + "</td><td>waarde " + i + "</td></tr>")
			.collect(Collectors.joining());
		PdfInspection pdf = new PdfInspection(this.pdfs.render("""
				<html><body><table><thead><tr><th>Kolom fase</th><th>Kolom reactie</th></tr></thead>
				<tbody>%s</tbody></table></body></html>""".formatted(rows)));
		assertThat(pdf.pages()).isGreaterThan(1);
		for (int page = 1; page <= pdf.pages(); page++) {
			assertThat(pdf.pageText(page)).as("page %d", page).contains("Kolom fase Kolom reactie");
		}
	}

	@Test
	void nothingOutsideTheDocumentIsRead() throws Exception {
		PdfInspection pdf = new PdfInspection(this.pdfs.render("""
				<html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"/></head>
				<body><p>tekst</p><img src="http://127.0.0.1:9/x.png"/></body></html>"""));
		assertThat(pdf.text()).contains("tekst");
	}

	@Test
	void documentsRenderedAtTheSameTimeShareTheFontsSafely() throws Exception {
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<String>> texts = IntStream.range(0, 12)
				.mapToObj((i) -> threads.submit(() -> new PdfInspection(this.pdfs.render(
						"<p>document " + i + " " + GLYPHS + " <b>vet " + i + "</b> <code>code " + i + "</code></p>"))
					.text()))
				.toList();
			for (int i = 0; i < texts.size(); i++) {
				assertThat(texts.get(i).get()).contains("document " + i + " " + GLYPHS + " vet " + i + " code " + i);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
