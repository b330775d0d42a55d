package be.aanboord.toolbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed demo attachments: every listed file is there, passes the upload checks,
 * and each PDF is the one-page document it claims to be.
 */
class DemoAttachmentFilesTest {

	private static List<String[]> listed() throws IOException {
		return new ClassPathResource("db/demo/attachments/" + DemoAttachments.LIST)
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\\|", 3))
			.toList();
	}

	private static byte[] content(String file) throws IOException {
		return new ClassPathResource("db/demo/attachments/" + file).getContentAsByteArray();
	}

	@Test
	void everyListedFileIsAnAllowedAttachmentWhoseNameFitsItsType() throws IOException {
		List<String[]> files = listed();
		assertThat(files).hasSizeGreaterThanOrEqualTo(6);
		for (String[] file : files) {
			String type = AttachmentType.of(content(file[1]));
			assertThat(FicheAttachments.ALLOWED).as(file[1]).containsKey(type);
			assertThat(file[2]).as(file[1]).endsWith("." + FicheAttachments.ALLOWED.get(type));
			assertThat(FicheAttachments.checkedName(file[2])).isEqualTo(file[2]);
		}
		assertThat(files.stream().map((file) -> file[2].substring(file[2].lastIndexOf('.') + 1)).distinct())
			.contains("pdf", "xlsx", "docx");
	}

	@Test
	void thePdfsArePrintableOnePageDocumentsWithTheirText() throws IOException {
		for (String[] file : listed()) {
			if (!file[1].endsWith(".pdf")) {
				continue;
			}
			try (PDDocument pdf = Loader.loadPDF(content(file[1]))) {
				assertThat(pdf.getNumberOfPages()).as(file[1]).isEqualTo(1);
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).as(file[1]).contains("Aan Boord").contains("toolbox, fiche");
			}
		}
	}

	@Test
	void theListMatchesWhatTheGeneratorWrites() throws IOException {
		List<String> generated = DemoAttachmentFiles.documents()
			.stream()
			.map((document) -> document.slug() + "|" + document.file() + "|" + document.name())
			.toList();
		assertThat(listed().stream().map((file) -> String.join("|", file)).toList())
			.containsExactlyElementsOf(generated);
	}

}
