package io.article28.notifications.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.notifications.Channel;
import io.article28.notifications.Notification;
import io.article28.notifications.NotificationManagement.WebhookView;
import io.article28.notifications.NotificationManagement;
import io.article28.notifications.NotificationStatus;

/** An organization's webhook, in-app notifications and delivery log. */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}")
class NotificationApi {

	record WebhookRequest(@NotBlank String url, @NotBlank String secret) {
	}

	record InboxItem(UUID id, String kind, String text, Instant createdAt, boolean read) {

		static InboxItem of(Notification notification) {
			return new InboxItem(notification.id(), notification.kind(), notification.bodyText(),
					notification.createdAt(), notification.read());
		}
	}

	record Delivery(UUID id, String kind, NotificationStatus status, int attempts, Instant createdAt,
			Instant deliveredAt, Instant nextAttemptAt, String lastError) {

		static Delivery of(Notification notification) {
			return new Delivery(notification.id(), notification.kind(), notification.status(), notification.attempts(),
					notification.createdAt(), notification.deliveredAt(), notification.nextAttemptAt(),
					notification.lastError());
		}
	}

	private final NotificationManagement notifications;

	private final OrganizationAccess access;

	NotificationApi(NotificationManagement notifications, OrganizationAccess access) {
		this.notifications = notifications;
		this.access = access;
	}

	@Requires(OrganizationRight.MANAGE)
	@PutMapping("/webhook")
	WebhookView configureWebhook(@PathVariable UUID orgId, @Valid @RequestBody WebhookRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return notifications.configureWebhook(organization, request.url(), request.secret());
	}

	@Requires(OrganizationRight.MANAGE)
	@GetMapping("/webhook")
	WebhookView webhook(@PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		return notifications.webhook(organization).orElseThrow(() -> new NotFoundException("Webhook"));
	}

	@Requires(OrganizationRight.MANAGE)
	@DeleteMapping("/webhook")
	ResponseEntity<Void> removeWebhook(@PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		notifications.removeWebhook(organization);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/notifications")
	Page<InboxItem> inbox(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return notifications.inbox(organization, PageRequest.of(page, size)).map(InboxItem::of);
	}

	@PostMapping("/notifications/{notificationId}/read")
	ResponseEntity<Void> markRead(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID notificationId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		notifications.markRead(organization, notificationId);
		return ResponseEntity.noContent().build();
	}

	@Requires(OrganizationRight.MANAGE)
	@GetMapping("/deliveries")
	Page<Delivery> deliveries(@PathVariable UUID orgId, @RequestParam(defaultValue = "WEBHOOK") Channel channel,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		return notifications.deliveries(organization, channel, PageRequest.of(page, size)).map(Delivery::of);
	}

}
