package be.aanboord.toolbox;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class FicheFormTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://www.youtube.com/watch?v=abc", "http://example.org/beeld.jpg",
			"HTTPS://Example.org/pad" })
	void webAddressesWithAHostOverHttpOrHttpsAreAccepted(String url) {
		assertThat(FicheForm.webAddress(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "data:image/png;base64,AAAA", "ftp://example.org/a.png",
			"//example.org/a.png", "https://", "https:///pad", "https://example.org/met spatie", "www.example.org",
			"" })
	void otherAddressesAreRefused(String url) {
		assertThat(FicheForm.webAddress(url)).isFalse();
	}

	@Test
	void aLongAddressIsRefused() {
		assertThat(FicheForm.webAddress("https://example.org/" + "x".repeat(481))).isFalse();
	}

	@Test
	void emptyRowsAreIgnoredAndTwoAreAlwaysOfferedUpToTheMaximum() {
		FicheForm form = new FicheForm().withEmptyRows();
		assertThat(form.getImages()).hasSize(2);
		form.getImages().get(0).setUrl("https://example.org/a.png");
		form.getImages().get(0).setText("Een klas");
		form.withEmptyRows();
		assertThat(form.getImages()).hasSize(3);
		assertThat(form.parsedImages()).extracting(MediaLink::getUrl).containsExactly("https://example.org/a.png");
		assertThat(form.parsedImages()).extracting(MediaLink::getKind).containsOnly(MediaKind.IMAGE);
		assertThat(form.parsedVideos()).isEmpty();

		for (int i = 0; i <= FicheForm.MAX_MEDIA_LINKS; i++) {
			FicheForm.LinkRow row = new FicheForm.LinkRow();
			row.setUrl("https://example.org/" + i + ".png");
			row.setText("Beeld " + i);
			form.getVideos().add(row);
		}
		form.withEmptyRows();
		assertThat(form.getVideos()).as("no empty rows past the maximum").hasSize(FicheForm.MAX_MEDIA_LINKS + 3);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "ficheForm");
		form.validateMediaLinks(errors);
		assertThat(errors.getFieldErrors()).extracting((error) -> error.getField() + " " + error.getCode())
			.containsExactly("videos toolbox.media.tooMany");
	}

	@Test
	void aFilledInRowNeedsAnAddressAndAText() {
		FicheForm form = new FicheForm();
		FicheForm.LinkRow image = new FicheForm.LinkRow();
		image.setUrl("https://example.org/a.png");
		FicheForm.LinkRow video = new FicheForm.LinkRow();
		video.setText("x".repeat(301));
		form.setImages(List.of(new FicheForm.LinkRow(), image));
		form.setVideos(List.of(video));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "ficheForm");
		form.validateMediaLinks(errors);
		assertThat(errors.getFieldErrors()).extracting((error) -> error.getField() + " " + error.getCode())
			.containsExactly("images[1].text toolbox.image.textRequired", "videos[0].url toolbox.media.url",
					"videos[0].text toolbox.media.textTooLong");
	}

}
