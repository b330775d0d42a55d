package be.aanboord.news.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The newsletter's e-mails, in Dutch, through the portal's mail set-up
 * ({@code spring.mail.*}): the confirmation link, and an issue (HTML and plain text) with
 * the subscriber's own unsubscribe link in the text and in the headers
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}
 * (RFC 8058). Without a mail server the message is logged.
 */
@Component
class NewsletterMail {

	private static final Logger log = LoggerFactory.getLogger(NewsletterMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	/** Where an issue's frozen body holds the subscriber's unsubscribe address. */
	static final String UNSUBSCRIBE_PLACEHOLDER = "%%UITSCHRIJFLINK%%";

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	NewsletterMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl,
			@Value("${aanboord.newsletter.mail-from:nieuwsbrief@aanboord.be}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	/** The confirmation mail with its one-time link. */
	void confirmation(String to, String token) {
		String link = this.baseUrl + "/nieuwsbrief/bevestigen/" + token;
		send(to, message("newsletter.mail.confirm.subject"), message("newsletter.mail.confirm.text", link), null, null);
	}

	/**
	 * One issue to one subscriber; false when the mail server refused it.
	 * @param unsubscribeToken the subscriber's own unsubscribe token
	 */
	boolean issue(String to, String subject, String html, String text, String unsubscribeToken) {
		String link = this.baseUrl + "/nieuwsbrief/uitschrijven/" + unsubscribeToken;
		return send(to, subject, text.replace(UNSUBSCRIBE_PLACEHOLDER, link),
				html.replace(UNSUBSCRIBE_PLACEHOLDER, link), link);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, DUTCH);
	}

	private boolean send(String to, String subject, String text, String html, String unsubscribe) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; would send to {}: {}\n{}", to, subject, text);
			return true;
		}
		try {
			MimeMessage mime = mailSender.createMimeMessage();
			MimeMessageHelper message = new MimeMessageHelper(mime, html != null, StandardCharsets.UTF_8.name());
			message.setFrom(this.from);
			message.setTo(to);
			message.setSubject(subject);
			if (html != null) {
				message.setText(text, html);
			}
			else {
				message.setText(text);
			}
			if (unsubscribe != null) {
				mime.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
				mime.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			mailSender.send(mime);
			return true;
		}
		catch (MailException | MessagingException ex) {
			log.warn("Could not send a newsletter mail", ex);
			return false;
		}
	}

}
