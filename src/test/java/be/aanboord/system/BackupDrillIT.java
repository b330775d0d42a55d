package be.aanboord.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup scripts ({@code ops/backup.sh}, {@code ops/restore.sh}) against the tests'
 * database, which holds the migrations and the demo data with its attachments: the backup
 * is restored into a scratch database and every table's row count and every bytea
 * column's checksum (computed here, independently of the scripts) are equal to the
 * source's, and so is the attachment directory; a damaged or truncated backup file makes
 * the restore fail and leaves no database behind; a restore that differs from the
 * manifest is reported; a database that holds tables is not overwritten without
 * {@code --force}.
 */
@IntegrationTest
class BackupDrillIT {

	@Autowired
	DataSourceProperties dataSource;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> planAttachments = new ArrayList<>();

	private final List<Long> activityDocuments = new ArrayList<>();

	private String host;

	private int port;

	private String database;

	private String target;

	@BeforeEach
	void findTheServer() throws SQLException {
		URI uri = URI.create(this.dataSource.getUrl().substring("jdbc:".length()));
		this.host = uri.getHost();
		this.port = (uri.getPort() > 0) ? uri.getPort() : 5432;
		this.database = uri.getPath().substring(1);
		this.target = this.database + "_restored";
		dropTarget();
	}

	@AfterEach
	void removeTheAttachments() throws SQLException {
		this.planAttachments
			.forEach((id) -> this.jdbc.sql("delete from plan_attachment where id = ?").param(id).update());
		this.activityDocuments
			.forEach((id) -> this.jdbc.sql("delete from activity_document where id = ?").param(id).update());
		dropTarget();
	}

	void dropTarget() throws SQLException {
		try (Connection connection = connect(this.database); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + this.target + " with (force)");
		}
	}

	@Test
	void aBackupRestoresEveryRowAndEveryAttachment(@TempDir Path directory) throws Exception {
		this.planAttachments.add(this.jdbc.sql("""
				insert into plan_attachment (plan_id, title, file_name, content_type, content, size_bytes)
				select min(id), 'Verslag', 'verslag.pdf', 'application/pdf', :content, 50000 from prevention_plan
				returning id""").param("content", bytes(50_000, 3)).query(Long.class).single());
		this.activityDocuments.add(this.jdbc.sql("""
				insert into activity_document (activity_id, title, file_name, content_type, content, size_bytes)
				select min(id), 'Presentatie', 'presentatie.pdf', 'application/pdf', :content, 30000 from activity
				returning id""").param("content", bytes(30_000, 5)).query(Long.class).single());
		Path attachments = Files.createDirectories(directory.resolve("attachments"));
		Files.write(attachments.resolve("3f2a9c1e-0000-4000-8000-000000000001.pdf"), bytes(70_000, 7));
		Files.write(attachments.resolve("3f2a9c1e-0000-4000-8000-000000000002.xlsx"), bytes(1_000, 11));
		Path backups = directory.resolve("backups");

		Run backup = run("ops/backup.sh", "--url", url(), "--attachments-dir", attachments.toString(),
				backups.toString());
		assertThat(backup.status()).as(backup.output()).isZero();
		List<String> written;
		try (Stream<Path> files = Files.list(backups)) {
			written = files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
		assertThat(written).hasSize(3)
			.allMatch((name) -> name.matches(this.database + "-\\d{8}-\\d{6}(\\.dump|\\.manifest|-attachments\\.tar)"));
		Path dump = backups.resolve(written.stream().filter((name) -> name.endsWith(".dump")).findFirst().get());
		String manifest = Files
			.readString(backups.resolve(dump.getFileName().toString().replace(".dump", ".manifest")));
		assertThat(manifest).contains("pg_dump|pg_dump (PostgreSQL)", "rows|public.fiche|",
				"bytea|public.attachment_content.content|", "bytea|public.plan_attachment.content|",
				"bytea|public.activity_document.content|", "directory|2|71000|");

		Path restoredAttachments = directory.resolve("restored");
		Run restore = run("ops/restore.sh", dump.toString(), this.target, "--attachments-dir",
				restoredAttachments.toString(), "--host", this.host, "--port", String.valueOf(this.port), "--user",
				this.dataSource.getUsername());
		assertThat(restore.status()).as(restore.output()).isZero();
		assertThat(restore.output()).contains("OK: ").doesNotContain("MISMATCH");

		Map<String, String> source = inventory(this.database);
		Map<String, String> restored = inventory(this.target);
		assertThat(restored).isEqualTo(source);
		assertThat(source).containsKeys("rows public.account", "rows public.fiche_attachment",
				"bytea public.attachment_content.content", "bytea public.plan_attachment.content",
				"bytea public.activity_document.content");
		assertThat(source.get("bytea public.attachment_content.content")).doesNotStartWith("0 ");
		assertThat(source.get("bytea public.plan_attachment.content")).startsWith("1 50000 ");
		assertThat(source.get("bytea public.activity_document.content")).startsWith("1 30000 ");
		for (String name : List.of("3f2a9c1e-0000-4000-8000-000000000001.pdf",
				"3f2a9c1e-0000-4000-8000-000000000002.xlsx")) {
			assertThat(restoredAttachments.resolve(name)).hasSameBinaryContentAs(attachments.resolve(name));
		}

		Run again = run("ops/restore.sh", dump.toString(), this.target, "--host", this.host, "--port",
				String.valueOf(this.port), "--user", this.dataSource.getUsername());
		assertThat(again.status()).as(again.output()).isNotZero();
		assertThat(again.output()).contains("is not empty");
		assertThat(inventory(this.target)).isEqualTo(source);
	}

	@Test
	void aDamagedBackupIsNotRestored(@TempDir Path directory) throws Exception {
		Path backups = directory.resolve("backups");
		Run backup = run("ops/backup.sh", "--url", url(), backups.toString());
		assertThat(backup.status()).as(backup.output()).isZero();
		Path dump;
		try (Stream<Path> files = Files.list(backups)) {
			dump = files.filter((file) -> file.toString().endsWith(".dump")).findFirst().orElseThrow();
		}
		byte[] original = Files.readAllBytes(dump);
		Path manifest = Path.of(dump.toString().replace(".dump", ".manifest"));

		String facts = Files.readString(manifest);
		Files.writeString(manifest,
				facts.replaceFirst("(?m)^rows\\|public\\.fiche\\|(\\d+)$", "rows|public.fiche|1$1"));
		Run differs = restore(dump);
		assertThat(differs.status()).as(differs.output()).isEqualTo(1);
		assertThat(differs.output()).containsPattern("public\\.fiche +1\\d+ +\\d+ +MISMATCH")
			.contains("MISMATCH: 1 of");
		dropTarget();
		Files.writeString(manifest, facts);

		byte[] damaged = original.clone();
		for (int i = damaged.length / 2; i < damaged.length / 2 + 64; i++) {
			damaged[i] ^= 0x5a;
		}
		Files.write(dump, damaged);
		Run checked = restore(dump);
		assertThat(checked.status()).as(checked.output()).isNotZero();
		assertThat(checked.output()).contains("damaged");
		assertThat(targetExists()).isFalse();

		Files.delete(manifest);
		Files.write(dump, Arrays.copyOf(original, original.length * 2 / 3));
		Run truncated = restore(dump);
		assertThat(truncated.status()).as(truncated.output()).isNotZero();
		assertThat(truncated.output()).contains("pg_restore");
		assertThat(targetExists()).isFalse();
	}

	private Run restore(Path dump) throws IOException, InterruptedException {
		return run("ops/restore.sh", dump.toString(), this.target, "--host", this.host, "--port",
				String.valueOf(this.port), "--user", this.dataSource.getUsername());
	}

	private boolean targetExists() throws SQLException {
		try (Connection connection = connect(this.database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select count(*) from pg_database where datname = '" + this.target + "'")) {
			rows.next();
			return rows.getInt(1) == 1;
		}
	}

	/**
	 * Row count of every table ("rows schema.table" → count) and, for every bytea column
	 * ("bytea schema.table.column"), the number of values, their bytes and a SHA-256 over
	 * the values' SHA-256 in primary-key order.
	 */
	private Map<String, String> inventory(String name) throws SQLException {
		Map<String, String> facts = new TreeMap<>();
		try (Connection connection = connect(name); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("""
					select table_schema || '.' || table_name from information_schema.tables
					where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					facts.put("rows " + table, rows.getString(1));
				}
			}
			Map<String, String> keys = new HashMap<>();
			try (ResultSet rows = statement.executeQuery("""
					select c.table_schema || '.' || c.table_name, c.column_name,
					       (select string_agg(k.column_name, ', ' order by k.ordinal_position)
					        from information_schema.table_constraints t
					        join information_schema.key_column_usage k using (constraint_schema, constraint_name)
					        where t.constraint_type = 'PRIMARY KEY' and t.table_schema = c.table_schema
					          and t.table_name = c.table_name)
					from information_schema.columns c
					where c.data_type = 'bytea' and c.table_schema not in ('pg_catalog', 'information_schema')""")) {
				while (rows.next()) {
					keys.put(rows.getString(1) + "." + rows.getString(2), rows.getString(3));
				}
			}
			for (Map.Entry<String, String> column : keys.entrySet()) {
				String qualified = column.getKey();
				String table = qualified.substring(0, qualified.lastIndexOf('.'));
				String value = qualified.substring(qualified.lastIndexOf('.') + 1);
				String order = (column.getValue() != null) ? column.getValue() : "sha256(" + value + ")";
				try (ResultSet rows = statement.executeQuery("select count(" + value + ") || ' ' || coalesce(sum("
						+ "octet_length(" + value + ")), 0) || ' ' || coalesce(encode(sha256(string_agg(sha256(" + value
						+ "), ''::bytea order by " + order + ")), 'hex'), '-') from " + table)) {
					rows.next();
					facts.put("bytea " + qualified, rows.getString(1));
				}
			}
		}
		return facts;
	}

	private Connection connect(String name) throws SQLException {
		return DriverManager.getConnection(this.dataSource.getUrl().replaceAll("/[A-Za-z0-9_]+(\\?.*)?$", "/" + name),
				this.dataSource.getUsername(), this.dataSource.getPassword());
	}

	private String url() {
		return "postgresql://" + this.dataSource.getUsername() + "@" + this.host + ":" + this.port + "/"
				+ this.database;
	}

	private static byte[] bytes(int length, int seed) {
		byte[] bytes = new byte[length];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	private Run run(String script, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", script));
		command.addAll(List.of(arguments));
		Path log = Files.createTempFile("aanboord-backup-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		String password = this.dataSource.getPassword();
		if (password != null && !password.isEmpty()) {
			builder.environment().put("PGPASSWORD", password);
		}
		Process process = builder.start();
		boolean ended = process.waitFor(60, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly().waitFor();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		return new Run(ended ? process.exitValue() : -1, output);
	}

	private record Run(int status, String output) {
	}

}
