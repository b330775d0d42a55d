package be.aanboord.toolbox;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import be.aanboord.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemAttachmentStoreTest {

	@TempDir
	Path directory;

	@Test
	void storesReadsAndDeletesUnderTheGeneratedNameOnly() throws Exception {
		FileSystemAttachmentStore store = new FileSystemAttachmentStore(this.directory);
		String name = UUID.randomUUID() + ".pdf";
		store.save(name, "inhoud".getBytes(StandardCharsets.UTF_8));
		try (InputStream in = store.open(name)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("inhoud");
		}
		try (var files = Files.list(this.directory)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly(name);
		}
		store.delete(name);
		assertThatThrownBy(() -> store.open(name)).isInstanceOf(NotFoundException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("../../etc/passwd"));
	}

	@Test
	void aNameWithAFolderIsRefusedBeforeAnythingIsRead() {
		assertThatThrownBy(() -> FicheAttachments.checkedName("../fiche.pdf"))
			.isInstanceOf(FicheAttachments.Rejected.class);
		assertThatThrownBy(() -> FicheAttachments.checkedName("C:\\map\\fiche.pdf"))
			.isInstanceOf(FicheAttachments.Rejected.class);
		assertThat(FicheAttachments.checkedName("Één fiche.pdf")).isEqualTo("Één fiche.pdf");
	}

}
