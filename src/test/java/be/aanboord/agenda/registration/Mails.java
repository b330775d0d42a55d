package be.aanboord.agenda.registration;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading the registration mails a test's GreenMail server received. */
final class Mails {

	private static final Pattern PERSONAL_LINK = Pattern.compile("/agenda/inschrijving/[A-Za-z0-9_.-]+");

	private static final Pattern DATA_LINK = Pattern.compile("/privacy/mijn-gegevens/[A-Za-z0-9_.-]+");

	private Mails() {
	}

	/**
	 * Waits (up to 20 seconds) for a mail to this address whose subject contains the
	 * text.
	 */
	static MimeMessage await(GreenMailExtension mail, String to, String subject) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(to))
						&& message.getSubject().contains(subject)) {
					return message;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no mail to " + to + " about " + subject);
	}

	static long count(GreenMailExtension mail, String to, String subject) throws MessagingException {
		long count = 0;
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(to))
					&& message.getSubject().contains(subject)) {
				count++;
			}
		}
		return count;
	}

	static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	static List<String> attachments(MimeMessage message) throws MessagingException, IOException {
		List<String> names = new ArrayList<>();
		if (message.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.getFileName() != null) {
					names.add(part.getFileName() + " " + part.getContentType().split(";")[0]);
				}
			}
		}
		return names;
	}

	/** The path of the personal link in a mail. */
	static String personalLink(MimeMessage message) throws Exception {
		Matcher link = PERSONAL_LINK.matcher(text(message));
		if (!link.find()) {
			throw new AssertionError("no personal link in " + text(message));
		}
		return link.group();
	}

	static String dataLink(MimeMessage message) throws Exception {
		Matcher link = DATA_LINK.matcher(text(message));
		if (!link.find()) {
			throw new AssertionError("no data link in " + text(message));
		}
		return link.group();
	}

}
