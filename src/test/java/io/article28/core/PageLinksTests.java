package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTests {

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aPageLinkKeepsTheFiltersAndChangesOnlyThePage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/requests");
		request.setQueryString("status=RECEIVED&overdue=true&page=0");
		request.addParameter("status", "RECEIVED");
		request.addParameter("overdue", "true");
		request.addParameter("page", "0");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		assertThat(new PageLinks().to("page", 1)).isEqualTo("/requests?status=RECEIVED&overdue=true&page=1");
	}

}
