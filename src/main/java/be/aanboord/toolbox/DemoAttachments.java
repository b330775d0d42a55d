package be.aanboord.toolbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo fiches' attachments (printable summaries and worksheets made for the demo),
 * loaded with the demo data in development and tests, never in production. The files and
 * their list are in {@code db/demo/attachments}; each is stored through the configured
 * {@link AttachmentStore}, checked like any upload, and published with its fiche. Loading
 * is idempotent: a file already attached to its fiche is left alone.
 */
@Component
@Profile({ "dev", "test" })
@ConditionalOnProperty(name = "aanboord.toolbox.demo-attachments", havingValue = "true", matchIfMissing = true)
class DemoAttachments {

	static final String LIST = "attachments.txt";

	private static final String FOLDER = "db/demo/attachments/";

	private static final Logger log = LoggerFactory.getLogger(DemoAttachments.class);

	private final FicheAttachments attachments;

	private final AttachmentStore store;

	private final JdbcTemplate jdbc;

	DemoAttachments(FicheAttachments attachments, AttachmentStore store, JdbcTemplate jdbc) {
		this.attachments = attachments;
		this.store = store;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		int loaded = 0;
		for (String line : list()) {
			String[] fields = line.split("\\|", 3);
			List<Long> fiche = this.jdbc.queryForList(
					"select id from fiche where slug = ? and status = 'PUBLISHED' and published_version > 0",
					Long.class, fields[0]);
			if (fiche.isEmpty()) {
				continue;
			}
			byte[] content = read(fields[1]);
			List<String> present = this.jdbc.queryForList(
					"select stored_name from fiche_attachment where fiche_id = ? and sha256 = ?", String.class,
					fiche.get(0), FicheAttachments.sha256(content));
			if (!present.isEmpty()) {
				present.stream().filter(this::missing).forEach((name) -> this.store.save(name, content));
				continue;
			}
			String type = AttachmentType.of(content);
			if (!FicheAttachments.ALLOWED.containsKey(type)) {
				throw new IllegalStateException("Demo attachment " + fields[1] + " is not an allowed type: " + type);
			}
			FicheAttachments.Attachment attachment = this.attachments.store(fiche.get(0),
					new FicheAttachments.Checked(fields[2], content, type));
			this.jdbc.update("update fiche_attachment set published = true where id = ?", attachment.id());
			loaded++;
		}
		if (loaded > 0) {
			log.info("Loaded {} demo attachments", loaded);
		}
	}

	/** Whether the store lacks the content, as when the storage was changed. */
	private boolean missing(String storedName) {
		try (java.io.InputStream content = this.store.open(storedName)) {
			return false;
		}
		catch (be.aanboord.system.NotFoundException | IOException ex) {
			return true;
		}
	}

	private static List<String> list() {
		try {
			return new ClassPathResource(FOLDER + LIST).getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String file) {
		try {
			return new ClassPathResource(FOLDER + file).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
