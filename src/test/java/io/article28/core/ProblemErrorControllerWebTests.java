package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.article28.ServerTest;
import io.article28.Tenants;

@ServerTest
class ProblemErrorControllerWebTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownApiPathIsAProblemDetail() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/no-such-thing", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("trace", "exception");
	}

	@Test
	void anUnsupportedMethodIsAProblemDetail() throws Exception {
		HttpResponse<String> response = send("DELETE", "/api/v1/regions", "application/json");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void aBrowserAskingForAMissingPageGetsTheErrorPage() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/missing.css"))
			.header("Accept", "text/html")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html").contains("Not found");
	}

	private HttpResponse<String> send(String method, String path, String accept) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((Tenants.ADMIN_EMAIL + ":" + Tenants.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Basic " + credentials)
			.header("Accept", accept)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
