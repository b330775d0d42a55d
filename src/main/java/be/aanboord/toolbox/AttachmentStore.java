package be.aanboord.toolbox;

import java.io.InputStream;

/**
 * Where the bytes of attachments live, under a safe name chosen by the application:
 * PostgreSQL ({@code aanboord.toolbox.storage=database}, the default) or a directory that
 * several instances can share ({@code aanboord.toolbox.storage=filesystem} with
 * {@code aanboord.toolbox.storage-directory}).
 */
interface AttachmentStore {

	void save(String storedName, byte[] content);

	InputStream open(String storedName);

	void delete(String storedName);

}
