package io.article28.register.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.register.AuthorityAccessManagement;
import io.article28.register.RegisterManagement;
import io.article28.register.web.BreachRegisterEntries.BreachEntry;

/**
 * What a supervisory authority reads with the link it was given, without an account: the
 * register of processing and the breach register, nothing else, each use in the trail.
 */
@RestController
class AuthorityApi {

	private final AuthorityAccessManagement accesses;

	private final RegisterManagement register;

	private final BreachRegisterEntries breaches;

	private final RegisterDownloads downloads;

	AuthorityApi(AuthorityAccessManagement accesses, RegisterManagement register, BreachRegisterEntries breaches,
			RegisterDownloads downloads) {
		this.accesses = accesses;
		this.register = register;
		this.breaches = breaches;
		this.downloads = downloads;
	}

	@GetMapping("/authority/{token}/register")
	void register(@PathVariable String token, @RequestParam(defaultValue = "json") String format,
			HttpServletResponse response) {
		RegisterDownloads.requireFormat(format);
		accesses.use(token, "register", format);
		downloads.requireWithinBounds(format, register.controllerCount());
		register.stream(Optional.empty(), streamed -> downloads.write(streamed, format, "", response));
	}

	@GetMapping("/authority/{token}/breach-register")
	Page<BreachEntry> breachRegister(@PathVariable String token, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		accesses.use(token, "breach-register", "json");
		return breaches.page(PageRequest.of(page, size));
	}

}
