package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.article28.ServerTest;

@ServerTest
class SessionCookieWebTests {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
				.contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
	}

	@Test
	void noHstsIsSentWhenTheProductIsServedOverPlainHttp() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
