package io.article28.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.GoneException;
import io.article28.core.RejectedException;

class AccountExportTests {

	static final Instant DONE = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void theLinkExpiresSevenDaysAfterTheFileIsWrittenToTheMicrosecond() {
		AccountExport export = completed();
		Instant expiry = Instant.parse("2026-11-30T10:00:00Z");
		assertThat(export.downloadableAt(expiry.minusNanos(1000))).isTrue();
		export.requireDownloadableAt(expiry.minusNanos(1000));
		assertThat(export.downloadableAt(expiry)).isFalse();
		assertThatThrownBy(() -> export.requireDownloadableAt(expiry)).isInstanceOf(GoneException.class);
	}

	@Test
	void anExportNotWrittenYetIsAConflictNotGone() {
		AccountExport queued = AccountExport.request(OrganizationId.random(), EnumSet.allOf(ExportPart.class),
				new UserId(UUID.randomUUID()), DONE);
		assertThatThrownBy(() -> queued.requireDownloadableAt(DONE)).isInstanceOf(RejectedException.class)
			.extracting(ex -> ((RejectedException) ex).kind())
			.isEqualTo(RejectedException.Kind.CONFLICT);
	}

	@Test
	void progressIsRowsWrittenOfRowsCountedAndOnlyAHundredOnceComplete() {
		AccountExport running = new AccountExport(UUID.randomUUID(), OrganizationId.random(),
				EnumSet.of(ExportPart.TRAIL), ExportStatus.RUNNING, new UserId(UUID.randomUUID()), DONE, DONE, null,
				null, 20_000, 5_000, null, null, null);
		assertThat(running.progressPercent()).isEqualTo(25);
		AccountExport allWritten = new AccountExport(running.id(), running.organizationId(), running.parts(),
				ExportStatus.RUNNING, running.requestedBy(), DONE, DONE, null, null, 20_000, 20_000, null, null, null);
		assertThat(allWritten.progressPercent()).as("the manifest is still to be written").isEqualTo(99);
		assertThat(completed().progressPercent()).isEqualTo(100);
	}

	@Test
	void noPartChosenMeansEveryPart() {
		assertThat(ExportPart.orAll(List.of())).containsExactlyInAnyOrder(ExportPart.values());
		assertThat(ExportPart.orAll(null)).hasSize(ExportPart.values().length);
		assertThat(ExportPart.orAll(List.of(ExportPart.DPA))).containsExactly(ExportPart.DPA);
	}

	private static AccountExport completed() {
		return new AccountExport(UUID.randomUUID(), OrganizationId.random(), EnumSet.allOf(ExportPart.class),
				ExportStatus.COMPLETED, new UserId(UUID.randomUUID()), DONE.minusSeconds(60), DONE.minusSeconds(50),
				DONE, Instant.parse("2026-11-30T10:00:00Z"), 10, 10, 1234L, "0".repeat(64), null);
	}

}
