package be.aanboord.toolbox;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the contributor of a fiche what the editors did with it. Without a mail server
 * (no {@code spring.mail.host}, as in development) the message is logged instead.
 */
@Component
class FicheMail {

	private static final Logger log = LoggerFactory.getLogger(FicheMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	private final String baseUrl;

	private final String from;

	FicheMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, JdbcTemplate jdbc,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl,
			@Value("${aanboord.mail.from:toolbox@aanboord.be}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	/** What happened: COMMENT, CHANGES_REQUESTED or PUBLISHED. */
	void send(Fiche fiche, String what, String comment) {
		if (fiche.getContributorId() == null) {
			return;
		}
		List<String> addresses = this.jdbc.queryForList("select email from account where id = ? and enabled",
				String.class, fiche.getContributorId());
		if (addresses.isEmpty()) {
			return;
		}
		String link = this.baseUrl
				+ (what.equals("PUBLISHED") ? "/toolbox/" + fiche.getSlug() : "/toolbox/mijn-fiches/" + fiche.getId());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(addresses.get(0));
		message.setSubject(
				this.messages.getMessage("toolbox.mail.subject." + what, new Object[] { fiche.getTitle() }, DUTCH));
		message.setText(this.messages.getMessage("toolbox.mail.text." + what,
				new Object[] { fiche.getTitle(), (comment != null) ? comment : "", link }, DUTCH));
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; would send to {}: {}\n{}", message.getTo()[0], message.getSubject(),
					message.getText());
			return;
		}
		try {
			mailSender.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send the mail about fiche {} to its contributor", fiche.getNumber(), ex);
		}
	}

}
