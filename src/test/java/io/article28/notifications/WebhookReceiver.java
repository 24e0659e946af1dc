package io.article28.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook endpoint on loopback that keeps what it receives and answers the status it is
 * told.
 */
final class WebhookReceiver implements AutoCloseable {

	record Call(String signature, String event, String idempotencyKey, String body) {
	}

	private final HttpServer server;

	final List<Call> calls = new CopyOnWriteArrayList<>();

	volatile int status = 204;

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				calls.add(new Call(exchange.getRequestHeaders().getFirst("Article28-Signature"),
						exchange.getRequestHeaders().getFirst("Article28-Event"),
						exchange.getRequestHeaders().getFirst("Idempotency-Key"),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
