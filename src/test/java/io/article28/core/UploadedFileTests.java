package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UploadedFileTests {

	@Test
	void anAttachedFileKeepsOnlyTheLastPartOfItsName() {
		assertThat(UploadedFile.filename("C:\\Users\\me\\answer.pdf")).isEqualTo("answer.pdf");
		assertThat(UploadedFile.filename("../../etc/\"passwd\"")).isEqualTo("passwd");
		assertThat(UploadedFile.filename(null)).isEqualTo(UploadedFile.UNNAMED);
	}

	@Test
	void aFileAtTheLimitIsTakenAndOneByteMoreIsRefused() {
		assertThat(UploadedFile.of("a.pdf", "application/pdf", new byte[1024], 1024).bytes()).hasSize(1024);
		assertThatThrownBy(() -> UploadedFile.of("a.pdf", "application/pdf", new byte[1025], 1024))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("file"));
	}

	@Test
	void anEmptyFileIsRefusedAndAMissingTypeIsBinary() {
		assertThatThrownBy(() -> UploadedFile.of("a.pdf", null, new byte[0], 1024))
			.isInstanceOf(RejectedException.class);
		assertThat(UploadedFile.of("a.pdf", " ", new byte[] { 1 }, 1024).contentType())
			.isEqualTo("application/octet-stream");
	}

	@Test
	void aNameThatReadsOtherwiseThanItIsStoredIsRefusedForTheFileField() {
		assertThatThrownBy(() -> UploadedFile.of("report\u202Efdp.exe", "application/pdf", new byte[] { 1 }, 1024))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("file"));
		assertThatThrownBy(() -> UploadedFile.of("report\u0000.pdf", "application/pdf", new byte[] { 1 }, 1024))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("file"));
	}

}
