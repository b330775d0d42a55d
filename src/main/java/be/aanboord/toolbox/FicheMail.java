package be.aanboord.toolbox;

import java.util.Locale;
import java.util.Optional;

import be.aanboord.account.Accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the contributor of a fiche what the editors did with it: a remark, a request for
 * changes, a publication. Sent after the editor's change is committed (never for a change
 * that was rolled back), outside the editor's request (Modulith's module listeners run
 * asynchronously; the event publication registry keeps what was not sent yet), to the
 * contributor's address while their account is enabled. Without a mail server (no
 * {@code spring.mail.host}, as in development) the message is logged instead; a mail
 * server that fails is logged and does not undo the change.
 */
@Component
class FicheMail {

	private static final Logger log = LoggerFactory.getLogger(FicheMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final Accounts accounts;

	private final FicheRepository fiches;

	private final String baseUrl;

	private final String from;

	FicheMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, Accounts accounts, FicheRepository fiches,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl,
			@Value("${aanboord.mail.from:toolbox@aanboord.be}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.accounts = accounts;
		this.fiches = fiches;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(FicheCommented commented) {
		send(commented.ficheId(), "COMMENT", commented.comment());
	}

	@ApplicationModuleListener
	void on(FicheChangesRequested changesRequested) {
		send(changesRequested.ficheId(), "CHANGES_REQUESTED", changesRequested.comment());
	}

	@ApplicationModuleListener
	void on(FichePublished published) {
		send(published.ficheId(), "PUBLISHED", null);
	}

	/** What happened: COMMENT, CHANGES_REQUESTED or PUBLISHED. */
	private void send(long ficheId, String what, String comment) {
		Fiche fiche = this.fiches.findById(ficheId).orElse(null);
		if (fiche == null || fiche.getContributorId() == null) {
			return;
		}
		Optional<String> address = this.accounts.emailOf(fiche.getContributorId());
		if (address.isEmpty()) {
			return;
		}
		String link = this.baseUrl
				+ (what.equals("PUBLISHED") ? "/toolbox/" + fiche.getSlug() : "/toolbox/mijn-fiches/" + fiche.getId());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(address.get());
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
