package be.aanboord.toolbox;

import java.io.IOException;
import java.util.Collection;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server test cannot reach: the server's own multipart limits set below the
 * toolbox's, and the request's body left to read.
 */
class AttachmentUploadLimitTest {

	private final AttachmentUploadLimit filter = new AttachmentUploadLimit(DataSize.ofMegabytes(20));

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final MockFilterChain chain = new MockFilterChain();

	@Test
	void anUploadTheContainerRefusesLeadsBackToTheForm() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/toolbox/mijn-fiches/7/bijlagen") {
			@Override
			public Collection<Part> getParts() throws IOException, ServletException {
				throw new IllegalStateException(
						"The field bestand exceeds its maximum permitted size of 1048576 bytes.");
			}
		};
		request.setContentType("multipart/form-data; boundary=grens");
		request.setContent(new byte[2048]);
		this.filter.doFilter(request, this.response, this.chain);
		assertThat(this.response.getRedirectedUrl()).isEqualTo("/toolbox/mijn-fiches/7?bijlage=te-groot#bijlagen");
		assertThat(this.chain.getRequest()).isNull();
	}

	@Test
	void anUploadOverTheToolboxLimitIsReadToItsEndAndNeverParsed() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/toolbox/mijn-fiches/7/bijlagen") {
			@Override
			public Collection<Part> getParts() {
				throw new AssertionError("parsed");
			}
		};
		request.setContentType("multipart/form-data; boundary=grens");
		request.setContent(new byte[20 * 1024 * 1024 + 64 * 1024 + 1]);
		this.filter.doFilter(request, this.response, this.chain);
		assertThat(this.response.getRedirectedUrl()).isEqualTo("/toolbox/mijn-fiches/7?bijlage=te-groot#bijlagen");
		assertThat(request.getInputStream().read()).isEqualTo(-1);
		assertThat(this.chain.getRequest()).isNull();
	}

	@Test
	void otherRequestsPassUntouched() throws Exception {
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/toolbox/mijn-fiches/7/bijlagen");
		upload.setContentType("multipart/form-data; boundary=grens");
		upload.setContent(new byte[1024]);
		this.filter.doFilter(upload, this.response, this.chain);
		assertThat(this.chain.getRequest()).isSameAs(upload);

		MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/scholen/import");
		elsewhere.setContentType("multipart/form-data; boundary=grens");
		elsewhere.setContent(new byte[30 * 1024 * 1024]);
		MockFilterChain next = new MockFilterChain();
		this.filter.doFilter(elsewhere, new MockHttpServletResponse(), next);
		assertThat(next.getRequest()).isSameAs(elsewhere);
	}

}
