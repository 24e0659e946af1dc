package io.article28.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the queued exports and deletes the expired ones. A short recurring task claims
 * what is queued: the export's row is the work item, so a request needs nothing but an
 * insert, two instances never write one export (the claim is a conditional update, and
 * db-scheduler runs the task on one instance at a time), and an export whose writer
 * stopped (no progress for {@link #STALE}) is claimed again and rewritten from the start.
 * Progress is saved every {@link #PROGRESS_EVERY} rows in a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class ExportJob {

	static final int PROGRESS_EVERY = 5_000;

	static final Duration STALE = Duration.ofMinutes(15);

	private static final Actor ACTOR = Actor.system("account-export");

	private static final Logger log = LoggerFactory.getLogger(ExportJob.class);

	private final AccountExports exports;

	private final ExportFiles files;

	private final ExportWriter writer;

	private final TrailManagement trail;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final TransactionTemplate separately;

	private final Clock clock;

	ExportJob(AccountExports exports, ExportFiles files, ExportWriter writer, TrailManagement trail, JsonMapper json,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.exports = exports;
		this.files = files;
		this.writer = writer;
		this.trail = trail;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
		this.separately = new TransactionTemplate(transactionManager);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> accountExportTask() {
		return Tasks.recurring("account-exports", Schedules.fixedDelay(Duration.ofSeconds(10)))
			.execute((instance, context) -> writeQueued());
	}

	@Bean
	RecurringTask<Void> accountExportExpiryTask() {
		return Tasks.recurring("account-export-expiry", Schedules.cron("0 20 * * * *", ZoneOffset.UTC))
			.execute((instance, context) -> expireDue());
	}

	/**
	 * Writes every export waiting now, one after the other; returns how many were
	 * written.
	 */
	int writeQueued() {
		return exports.work().runAll(clock, STALE, 20, id -> write(exports.find(id).orElseThrow()));
	}

	private boolean write(AccountExport export) {
		UUID id = export.id();
		Path part = files.inProgress(id);
		try {
			long total = writer.count(export.organizationId(), export.parts());
			Progress progress = new Progress(id, total);
			progress.save();
			long size;
			String sha256;
			try (ExportArchive zip = ExportArchive.create(part, json)) {
				writer.write(export.organizationId(), export.parts(), zip, progress::add);
				zip.finish(manifestHeader(export));
				zip.close();
				size = zip.sizeBytes();
				sha256 = zip.sha256Hex();
			}
			Files.move(part, files.of(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Instant now = clock.instant();
			boolean completed = Boolean.TRUE.equals(transactions.execute(status -> {
				if (!exports.complete(id, progress.written, size, sha256, now, now.plus(AccountExport.VALIDITY))) {
					return false;
				}
				trail.record(ACTOR,
						TrailRecord.of("export.completed", export.organizationId(), "export", id)
							.with("sizeBytes", size)
							.with("sha256", sha256));
				return true;
			}));
			if (!completed) {
				log.info("Export {} was erased with its organization while being written; its file is deleted", id);
				deleteQuietly(id);
				return false;
			}
			log.info("Export {} of organization {} written: {} rows, {} bytes", id, export.organizationId(),
					progress.written, size);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.error("Export {} of organization {} failed", id, export.organizationId(), ex);
			deleteQuietly(id);
			transactions.executeWithoutResult(status -> {
				exports.fail(id, "The export could not be written; start it again or contact support.",
						clock.instant());
				trail.record(ACTOR, TrailRecord.of("export.failed", export.organizationId(), "export", id));
			});
			return false;
		}
	}

	private Map<String, Object> manifestHeader(AccountExport export) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("format", "article28-account-export/1");
		header.put("exportId", export.id());
		header.put("organizationId", export.organizationId().value());
		header.put("requestedAt", export.requestedAt());
		header.put("generatedAt", clock.instant());
		header.put("parts", export.parts().stream().sorted().map(ExportPart::folder).toList());
		header.put("about",
				"Every file of this archive but this manifest is listed below with its size in bytes "
						+ "and its SHA-256. Tables are CSV (UTF-8, RFC 4180, with a header row), nested data JSON, and "
						+ "signed documents the PDFs as they were signed. Times are UTC (ISO-8601).");
		return header;
	}

	/** Deletes the files of the exports past their validity and marks them expired. */
	int expireDue() {
		int expired = 0;
		for (AccountExport export : exports.expiredBy(clock.instant(), 500)) {
			deleteQuietly(export.id());
			Boolean done = transactions.execute(status -> {
				if (!exports.expire(export.id())) {
					return false;
				}
				trail.record(ACTOR, TrailRecord.of("export.expired", export.organizationId(), "export", export.id()));
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				expired++;
			}
		}
		if (expired > 0) {
			log.info("Expired exports: {} files deleted", expired);
		}
		return expired;
	}

	private void deleteQuietly(UUID id) {
		try {
			files.delete(id);
		}
		catch (IOException ex) {
			log.warn("Export {}: its file could not be deleted ({})", id, ex.getMessage());
		}
	}

	/** Counts the rows written and saves the count, now and then, on its own. */
	private final class Progress {

		private final UUID id;

		private final long total;

		long written;

		private long saved;

		Progress(UUID id, long total) {
			this.id = id;
			this.total = total;
		}

		void add(long rows) {
			written += rows;
			if (written - saved >= PROGRESS_EVERY) {
				save();
			}
		}

		void save() {
			saved = written;
			// The rows may be read inside a read-only transaction: the progress is
			// written beside it, and committed at once for the page to show.
			separately.executeWithoutResult(
					status -> exports.progress(id, written, Math.max(total, written), clock.instant()));
		}

	}

}
