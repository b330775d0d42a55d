package be.aanboord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Whether an output is well-formed, read by the library a consumer would use: each method
 * throws when it is not.
 */
final class Wellformed {

	private Wellformed() {
	}

	/** Parses XML (an Atom feed) with the JDK's parser, without external entities. */
	static void xml(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	/** Loads a PDF with PDFBox and extracts its text. */
	static void pdf(byte[] body) throws IOException {
		try (PDDocument document = Loader.loadPDF(body)) {
			if (document.getNumberOfPages() == 0) {
				throw new IOException("a PDF without pages");
			}
			new PDFTextStripper().getText(document);
		}
	}

	/** Reads every row of every sheet with fastexcel-reader. */
	static void xlsx(byte[] body) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				try (var rows = sheet.openStream()) {
					rows.forEach((row) -> row.forEach((cell) -> {
					}));
				}
			}
		}
	}

	/**
	 * Parses a CSV export (semicolons, as the portal writes them) with commons-csv: every
	 * record has as many fields as the header.
	 */
	static void csv(byte[] body) throws IOException {
		String text = new String(body, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			int columns = -1;
			for (CSVRecord record : parser) {
				if (columns < 0) {
					columns = record.size();
				}
				else if (record.size() != columns) {
					throw new IOException("record " + record.getRecordNumber() + " has " + record.size()
							+ " fields, the header " + columns);
				}
			}
		}
	}

}
