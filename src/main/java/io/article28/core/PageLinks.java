package io.article28.core;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links of a pager: the current address with only the page changed, so that the filters
 * of a list survive a change of page. Templates call it as {@code @pageLinks}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(String pageParam, int page) {
		// Relative to the host: behind a proxy, the address the browser used is the right
		// one.
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.scheme(null)
			.host(null)
			.port(null)
			.replaceQueryParam(pageParam, page)
			.replaceQueryParam("continue")
			.build()
			.toUriString();
	}

}
