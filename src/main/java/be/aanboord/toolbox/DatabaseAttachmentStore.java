package be.aanboord.toolbox;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import be.aanboord.system.NotFoundException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Attachments in PostgreSQL, in the same transaction as their description. */
@Component
@ConditionalOnProperty(name = "aanboord.toolbox.storage", havingValue = "database", matchIfMissing = true)
class DatabaseAttachmentStore implements AttachmentStore {

	private final JdbcTemplate jdbc;

	DatabaseAttachmentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(String storedName, byte[] content) {
		this.jdbc.update("insert into attachment_content (stored_name, content) values (?, ?)", storedName, content);
	}

	@Override
	public InputStream open(String storedName) {
		return this.jdbc
			.query("select content from attachment_content where stored_name = ?", (rs, row) -> rs.getBytes(1),
					storedName)
			.stream()
			.findFirst()
			.map((bytes) -> (InputStream) new ByteArrayInputStream(bytes))
			.orElseThrow(() -> new NotFoundException("attachment " + storedName));
	}

	@Override
	public void delete(String storedName) {
		this.jdbc.update("delete from attachment_content where stored_name = ?", storedName);
	}

}
