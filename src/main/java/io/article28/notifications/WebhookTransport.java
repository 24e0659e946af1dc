package io.article28.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.article28.core.RejectedException;

/**
 * Posts a webhook's JSON body, signed with the organization's secret; only a 2xx answer
 * counts.
 */
@Component
class WebhookTransport {

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Webhooks webhooks;

	private final Clock clock;

	private final boolean allowAnyUrl;

	WebhookTransport(Webhooks webhooks, Clock clock,
			@Value("${article28.webhooks.allow-any-url:false}") boolean allowAnyUrl) {
		this.webhooks = webhooks;
		this.clock = clock;
		this.allowAnyUrl = allowAnyUrl;
	}

	NotificationStatus deliver(Notification notification) throws DeliveryFailed {
		Webhook webhook = webhooks.find(notification.organizationId())
			.orElseThrow(() -> new DeliveryFailed("the organization has no webhook any more"));
		URI url = webhook.url();
		try {
			if (!allowAnyUrl) {
				WebhookAddress.assertPublic(url);
			}
		}
		catch (RejectedException ex) {
			throw new DeliveryFailed("webhook address refused: " + ex.getMessage());
		}
		long timestamp = clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER,
					WebhookSignature.header(webhook.secret(), timestamp, notification.payload()))
			.header("Article28-Event", notification.kind())
			.header("Idempotency-Key", notification.idempotencyKey())
			.POST(HttpRequest.BodyPublishers.ofString(notification.payload()))
			.build();
		try {
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				throw new DeliveryFailed("HTTP " + response.statusCode() + " from " + url.getHost());
			}
			return NotificationStatus.SENT;
		}
		catch (IOException ex) {
			throw new DeliveryFailed("webhook: " + ex.getClass().getSimpleName() + " reaching " + url.getHost(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailed("interrupted", ex);
		}
	}

}
