package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class PageRequestTests {

	@Test
	void defaultsToTheFirstPageOfFifty() {
		assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
	}

	@Test
	void aPageSizeOf200IsAcceptedAnd201Refused() {
		assertThat(PageRequest.of(0, PageRequest.MAX_SIZE).size()).isEqualTo(200);
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("size"));
	}

	@Test
	void aNegativePageIsRefused() {
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> PageRequest.of(-1, 10));
	}

	@Test
	void pagesCountTheirRemainder() {
		Page<String> page = new Page<>(java.util.List.of("a"), 1, 10, 21);
		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(page.hasNext()).isTrue();
		assertThat(page.hasPrevious()).isTrue();
	}

}
