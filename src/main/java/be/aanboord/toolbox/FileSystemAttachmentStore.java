package be.aanboord.toolbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import be.aanboord.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Attachments as files in one directory (for instance a shared volume). A file is written
 * under a temporary name and moved into place, so no reader ever sees half a file.
 */
@Component
@ConditionalOnProperty(name = "aanboord.toolbox.storage", havingValue = "filesystem")
class FileSystemAttachmentStore implements AttachmentStore {

	private final Path directory;

	FileSystemAttachmentStore(@Value("${aanboord.toolbox.storage-directory:attachments}") Path directory)
			throws IOException {
		this.directory = Files.createDirectories(directory).toRealPath();
	}

	@Override
	public void save(String storedName, byte[] content) {
		Path target = resolve(storedName);
		try {
			Path temporary = Files.createTempFile(this.directory, ".upload-", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public InputStream open(String storedName) {
		try {
			return Files.newInputStream(resolve(storedName));
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("attachment " + storedName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String storedName) {
		try {
			Files.deleteIfExists(resolve(storedName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path resolve(String storedName) {
		if (!storedName.matches("[a-f0-9-]{36}\\.[a-z0-9]{2,5}")) {
			throw new IllegalArgumentException("not a stored name: " + storedName);
		}
		return this.directory.resolve(storedName);
	}

}
