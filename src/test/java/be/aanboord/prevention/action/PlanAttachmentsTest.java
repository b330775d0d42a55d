package be.aanboord.prevention.action;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The file name kept of an upload is safe to store and to send back in a header. */
class PlanAttachmentsTest {

	@Test
	void onlyTheLastSegmentWithSafeCharactersIsKept() {
		assertThat(PlanAttachments.safeFileName("C:\\Users\\zorg\\verslag \"nov\".pdf")).isEqualTo("verslag _nov_.pdf");
		assertThat(PlanAttachments.safeFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(PlanAttachments.safeFileName("..hidden.docx")).isEqualTo("hidden.docx");
		assertThat(PlanAttachments.safeFileName("beleid\r\nSet-Cookie: x.pdf")).isEqualTo("beleid__Set-Cookie_ x.pdf");
		assertThat(PlanAttachments.safeFileName("afwezigheidsbeleid école.pdf"))
			.isEqualTo("afwezigheidsbeleid école.pdf");
		assertThat(PlanAttachments.safeFileName(null)).isEqualTo("bijlage");
		assertThat(PlanAttachments.safeFileName("///")).isEqualTo("bijlage");
		assertThat(PlanAttachments.safeFileName("a".repeat(300) + ".pdf")).hasSize(255).endsWith("a.pdf");
	}

}
