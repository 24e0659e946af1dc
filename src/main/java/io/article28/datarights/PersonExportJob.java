package io.article28.datarights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.article28.core.ManifestZip;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.StoreUnavailable;
import io.article28.requests.RequestAttachment;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;
import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the queued exports of people's data. A short recurring task claims them (the
 * export's row is the work item; an export whose writer stopped for {@link #STALE} is
 * claimed again and written anew), writes the ZIP to a file from the stores, then
 * attaches it to the request's answer and deletes the file. A store that cannot be read
 * fails the export whole, with what it came to: an answer to an access request holds all
 * of the person's data or nothing.
 */
@Configuration(proxyBeanMethods = false)
class PersonExportJob {

	static final Duration STALE = Duration.ofMinutes(15);

	private static final Actor ACTOR = Actor.system("person-export");

	private static final Logger log = LoggerFactory.getLogger(PersonExportJob.class);

	private final PersonExports exports;

	private final PersonDataWriter writer;

	private final DataStoreManagement dataStores;

	private final RequestManagement requests;

	private final TrailManagement trail;

	private final JsonMapper json;

	private final Path directory;

	private final Clock clock;

	PersonExportJob(PersonExports exports, PersonDataWriter writer, DataStoreManagement dataStores,
			RequestManagement requests, TrailManagement trail, JsonMapper json,
			@Value("${article28.exports.directory}") Path exportsDirectory, Clock clock) {
		this.exports = exports;
		this.writer = writer;
		this.dataStores = dataStores;
		this.requests = requests;
		this.trail = trail;
		this.json = json;
		this.directory = exportsDirectory.toAbsolutePath().normalize().resolve("person-exports");
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> personExportTask() {
		return Tasks.recurring("person-exports", Schedules.fixedDelay(Duration.ofSeconds(10)))
			.execute((instance, context) -> writeQueued());
	}

	/**
	 * Writes every export waiting now, one after the other; returns how many completed.
	 */
	int writeQueued() {
		return exports.work().runAll(clock, STALE, 20, id -> write(exports.find(id).orElseThrow()));
	}

	private boolean write(PersonExport export) {
		Path file = directory.resolve(export.id() + ".zip.part");
		try {
			RightsRequest request = requests.request(export.organizationId(), export.requestId());
			List<String> identities = List.of(request.requesterEmail().value());
			List<PersonDataWriter.TableWritten> tables = new ArrayList<>();
			long size;
			String sha256;
			try (ManifestZip zip = ManifestZip.open(file, json)) {
				for (DataStore store : dataStores.stores(export.organizationId(), request.appId().orElseThrow())) {
					try {
						tables.addAll(writer.write(export.organizationId(), store, identities, zip));
					}
					catch (StoreUnavailable unavailable) {
						throw RejectedException.conflict(null, "the data store " + store.definition().label()
								+ " could not be read: " + unavailable.getMessage());
					}
				}
				zip.finish(manifest(export, request, tables));
				zip.close();
				size = zip.sizeBytes();
				sha256 = zip.sha256Hex();
			}
			if (size > RequestManagement.MAX_ATTACHMENT_BYTES) {
				throw RejectedException.conflict(null,
						"the person's data makes " + size + " bytes, more than an answer's file may hold ("
								+ RequestManagement.MAX_ATTACHMENT_BYTES + ")");
			}
			RequestAttachment attachment = requests.attach(export.organizationId(), export.requestId(),
					"personal-data-" + export.requestedAt().atZone(ZoneOffset.UTC).toLocalDate() + ".zip",
					"application/zip", Files.readAllBytes(file), PersonDataExports.AVAILABLE);
			long rows = tables.stream().mapToLong(PersonDataWriter.TableWritten::rows).sum();
			exports.complete(export.id(), tables.size(), rows, size, sha256, attachment.id(), clock.instant());
			trail.record(ACTOR,
					TrailRecord.of("datarights.exported", export.organizationId(), "rights-request", export.requestId())
						.with("export", export.id())
						.with("tables", tables.size())
						.with("rows", rows)
						.with("sha256", sha256));
			return true;
		}
		catch (RejectedException refused) {
			return failed(export, refused.getMessage());
		}
		catch (NotFoundException gone) {
			return failed(export, "the request is gone");
		}
		catch (IOException | RuntimeException ex) {
			// the driver's words stay in the log of the operator, never in the export's
			// record
			log.warn("Export {} of a person's data could not be written", export.id(), ex);
			return failed(export, "the file could not be written");
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Export {}: its file could not be deleted", export.id(), ex);
			}
		}
	}

	private boolean failed(PersonExport export, String reason) {
		exports.fail(export.id(), reason, clock.instant());
		trail.record(ACTOR,
				TrailRecord
					.of("datarights.export-failed", export.organizationId(), "rights-request", export.requestId())
					.with("export", export.id()));
		return false;
	}

	private Map<String, Object> manifest(PersonExport export, RightsRequest request,
			List<PersonDataWriter.TableWritten> tables) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("about", "Your personal data held by " + request.appName().orElse("the app")
				+ ", as its databases hold it: for each table, a JSON file (the table, how its rows are linked to"
				+ " you, what each column holds, and the rows) and the same rows as CSV.");
		header.put("request", request.id());
		header.put("generatedAt", clock.instant());
		header.put("tables", tables);
		return header;
	}

}
