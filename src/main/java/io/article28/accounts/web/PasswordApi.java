package io.article28.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.PasswordReset;

/**
 * Forgotten passwords, for anyone: asking for a reset link (the same answer whether or
 * not the address has an account), and setting a password with the secret of a link.
 */
@RestController
class PasswordApi {

	record ResetRequest(String email) {
	}

	record NewPasswordRequest(String token, String password) {
	}

	private final PasswordReset reset;

	PasswordApi(PasswordReset reset) {
		this.reset = reset;
	}

	@PostMapping("/api/v1/public/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void requestReset(@RequestBody ResetRequest request, HttpServletRequest http) {
		reset.request(request.email(), http.getRemoteAddr());
	}

	/** 204 once set; 410 for a link unknown, used or expired. */
	@PostMapping("/api/v1/public/password-links")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void setPassword(@RequestBody NewPasswordRequest request) {
		reset.setPassword(request.token(), request.password());
	}

}
