package io.article28.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.NewMember;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.UserId;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.CustomerBlock;
import io.article28.agreements.DpaDocument;
import io.article28.agreements.SignatureRequest;
import io.article28.core.PageRequest;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

/**
 * Real delivery: GreenMail is the SMTP server, a loopback HTTP server the webhook
 * receiver. The scheduler is off; the test runs the delivery job at the instants it
 * chooses.
 */
@SpringBootTest(properties = { "article28.demo=true", "article28.admin.password=" + Tenants.ADMIN_PASSWORD,
		"db-scheduler.enabled=false", "article28.data-dir=target/test-data", "spring.mail.host=127.0.0.1",
		"spring.mail.port=" + NotificationDeliveryIntegrationTests.SMTP_PORT, "article28.webhooks.allow-any-url=true" })
class NotificationDeliveryIntegrationTests {

	static final int SMTP_PORT = 3125;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	NotificationDeliveryJob job;

	@Autowired
	EmailTransport email;

	@Autowired
	TrailManagement trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	AgreementManagement agreements;

	@Test
	void aNewMemberReceivesItsMailOnceWithTextAndHtml() throws Exception {
		var tenant = tenants.create();
		String email = newMember(tenant);
		awaitPending(email);
		job.deliverDue(clock.instant());
		job.deliverDue(clock.instant());

		MimeMessage[] received = receivedBy(email);
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).contains(tenant.organization().name());
		MimeMultipart body = (MimeMultipart) received[0].getContent();
		assertThat(body.getContentType()).contains("multipart");
		assertThat(received[0].getHeader(EmailTransport.IDEMPOTENCY_HEADER)).isNotEmpty();
		assertThat(mailTo(email).status()).isEqualTo(NotificationStatus.SENT);
		assertThat(trail
			.entries(new TrailFilter(tenant.organization().id(), "notification.sent", null, null),
					PageRequest.of(0, 50))
			.totalItems()).isPositive();
	}

	@Test
	void theMailsOfARunGoOverOneSmtpSessionAndAClosedOneIsOpenedAgain() throws Exception {
		var tenant = tenants.create();
		awaitPending(tenant.ownerEmail());
		Notification welcome = mailTo(tenant.ownerEmail());
		try (EmailTransport.Connection connection = email.connect()) {
			connection.deliver(welcome);
			connection.deliver(welcome);
			assertThat(connection.opened()).isEqualTo(1);
			connection.close();
			connection.deliver(welcome);
			assertThat(connection.opened()).isEqualTo(2);
		}
		assertThat(receivedBy(tenant.ownerEmail())).hasSize(3);
	}

	@Test
	void theOwnersOfAnErasedAccountAreToldOnceAndThenTheMessageIsForgotten() throws Exception {
		var tenant = tenants.create();
		awaitPending(tenant.ownerEmail());
		awaitPending(tenant.memberEmail());
		accounts.erase(tenant.organization().id());
		assertThat(jdbc.sql("select count(*) from notification where recipient = :to and kind <> 'account-erased'")
			.param("to", tenant.ownerEmail())
			.query(Long.class)
			.single()).isZero();

		job.deliverDue(clock.instant());

		MimeMessage[] received = receivedBy(tenant.ownerEmail());
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Your Article 28 account has been deleted");
		assertThat(jdbc.sql("select count(*) from notification where recipient = :to")
			.param("to", tenant.ownerEmail())
			.query(Long.class)
			.single()).isZero();
		var forgotten = jdbc.sql("""
				select status, subject, body_text, idempotency_key from notification
				where kind = 'account-erased' and delivered_at is not null and recipient is null
				  and idempotency_key like 'erased:%'""").query().listOfRows();
		assertThat(forgotten).isNotEmpty().allSatisfy(row -> {
			assertThat(row.get("status")).isEqualTo("SENT");
			assertThat(row.get("body_text")).isNull();
		});
	}

	@Test
	void anSmtpOutageDelaysTheMailAndTheRetryDeliversIt() throws Exception {
		var tenant = tenants.create();
		smtp.stop();
		String email = newMember(tenant);
		awaitPending(email);
		Instant now = clock.instant();
		job.deliverDue(now);

		Notification waiting = mailTo(email);
		assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).startsWith("SMTP");
		assertThat(waiting.nextAttemptAt())
			.isAfter(now.plus(NotificationDeliveryJob.RETRY_DELAYS.get(0)).minusSeconds(1));

		smtp.start();
		job.deliverDue(now.plus(NotificationDeliveryJob.RETRY_DELAYS.get(0)).minusSeconds(5));
		assertThat(receivedBy(email)).isEmpty();
		job.deliverDue(now.plus(NotificationDeliveryJob.RETRY_DELAYS.get(0)));
		assertThat(receivedBy(email)).hasSize(1);
		assertThat(notifications.attempts(waiting.id())).extracting(Attempt::succeeded).containsExactly(false, true);
	}

	@Test
	void afterTheLastRetryTheMailIsMarkedFailedWithTheReason() throws Exception {
		var tenant = tenants.create();
		smtp.stop();
		String email = newMember(tenant);
		awaitPending(email);
		Instant now = clock.instant();
		for (int attempt = 0; attempt < 6; attempt++) {
			job.deliverDue(now);
			now = now.plus(Duration.ofHours(7));
		}
		Notification failed = mailTo(email);
		assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(6);
		assertThat(failed.lastError()).startsWith("SMTP");
		job.deliverDue(now);
		assertThat(mailTo(email).attempts()).isEqualTo(6);
	}

	@Test
	void aDeliveryAbandonedByACrashedWorkerIsResumedAndSentOnce() throws Exception {
		var tenant = tenants.create();
		String first = newMember(tenant);
		String second = newMember(tenant);
		awaitPending(first);
		awaitPending(second);
		Instant crash = clock.instant();
		// The worker took the first mail and died before sending it; the second was never
		// reached.
		jdbc.sql("update notification set status = 'SENDING', claimed_at = :at where id = :id")
			.param("at", io.article28.core.Timestamps.of(crash))
			.param("id", mailTo(first).id())
			.update();

		job.deliverDue(crash.plus(Duration.ofMinutes(1)));
		assertThat(receivedBy(first)).isEmpty();
		assertThat(receivedBy(second)).hasSize(1);

		job.deliverDue(crash.plus(NotificationDeliveryJob.ABANDONED_AFTER).plusSeconds(1));
		job.deliverDue(crash.plus(NotificationDeliveryJob.ABANDONED_AFTER).plusSeconds(2));
		assertThat(receivedBy(first)).hasSize(1);
		assertThat(receivedBy(second)).hasSize(1);
	}

	@Test
	void anEventHandedOverAgainAfterARestartNotifiesNobodyTwice() throws Exception {
		var tenant = tenants.create();
		String email = newMember(tenant);
		awaitPending(email);
		// As if the instance died after the listener's work but before the publication
		// was marked complete.
		jdbc.sql("update event_publication set completion_date = null, status = 'PUBLISHED' "
				+ "where serialized_event like :member")
			.param("member", "%" + memberId(email) + "%")
			.update();
		incomplete.resubmitIncompletePublications(publication -> true);
		awaitListeners();
		job.deliverDue(clock.instant());
		job.deliverDue(clock.instant());
		assertThat(receivedBy(email)).hasSize(1);
		assertThat(notifications.inbox(tenant.organization().id(), PageRequest.of(0, 50)).items())
			.filteredOn(item -> item.kind().equals("member-added"))
			.hasSize(3);
	}

	@Test
	void aWebhookCallIsSignedSoTheReceiverCanCheckIt() throws Exception {
		var tenant = tenants.create();
		String secret = "a-shared-secret-" + UUID.randomUUID();
		awaitListeners();
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			notifications.configureWebhook(tenant.organization().id(), receiver.url(), secret);
			String email = newMember(tenant);
			awaitPending(email);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> !notifications
					.deliveries(tenant.organization().id(), Channel.WEBHOOK, PageRequest.of(0, 5))
					.items()
					.isEmpty());
			job.deliverDue(clock.instant());

			assertThat(receiver.calls).singleElement().satisfies(call -> {
				assertThat(call.event()).isEqualTo("member.added");
				assertThat(call.body()).contains("\"type\":\"member.added\"", tenant.id());
				String timestamp = call.signature().replaceAll("^t=(\\d+),v1=.*$", "$1");
				String signature = call.signature().replaceAll("^t=\\d+,v1=", "");
				assertThat(signature).isEqualTo(hmac(secret, timestamp + "." + call.body()));
				assertThat(Math.abs(Long.parseLong(timestamp) - clock.instant().getEpochSecond())).isLessThan(60);
			});
		}
	}

	@Test
	void aFailingWebhookIsRetriedWithTheStatusLogged() throws Exception {
		var tenant = tenants.create();
		awaitListeners();
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.status = 503;
			notifications.configureWebhook(tenant.organization().id(), receiver.url(), "another-shared-secret");
			newMember(tenant);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> !notifications
					.deliveries(tenant.organization().id(), Channel.WEBHOOK, PageRequest.of(0, 5))
					.items()
					.isEmpty());
			Instant now = clock.instant();
			job.deliverDue(now);
			Notification call = notifications
				.deliveries(tenant.organization().id(), Channel.WEBHOOK, PageRequest.of(0, 5))
				.items()
				.get(0);
			assertThat(call.status()).isEqualTo(NotificationStatus.PENDING);
			assertThat(call.lastError()).contains("HTTP 503");

			receiver.status = 200;
			job.deliverDue(now.plus(NotificationDeliveryJob.RETRY_DELAYS.get(0)));
			assertThat(receiver.calls).hasSize(2);
			assertThat(receiver.calls).extracting(WebhookReceiver.Call::idempotencyKey)
				.containsOnly(call.idempotencyKey());
		}
	}

	@Test
	void theDpoAndOwnersReceiveTheSignedDpaAsAnAttachment() throws Exception {
		var tenant = tenants.create();
		String dpo = "dpo-" + UUID.randomUUID() + "@tenant.example";
		accounts.changeDpoContact(tenant.organization().id(), "Dee Pio", dpo, null);
		DpaDocument shown = agreements.documentToSign(tenant.organization().id());
		UserId owner = new UserId(memberId(tenant.ownerEmail()));
		agreements.sign(tenant.organization().id(), owner,
				new SignatureRequest(shown.versionId().value(), shown.sha256(),
						new CustomerBlock("Tenant SAS", "1 rue du Test", "Olive Owner", "CEO", "Dee Pio", dpo), true,
						"127.0.0.1", "test"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from notification where kind = 'dpa-signed' and recipient = :to")
				.param("to", tenant.ownerEmail())
				.query(Long.class)
				.single() == 1);
		job.deliverDue(clock.instant());

		for (String recipient : List.of(dpo, tenant.ownerEmail())) {
			List<MimeMessage> received = signedDpaMailsTo(recipient);
			assertThat(received).hasSize(1);
			MimeMultipart parts = (MimeMultipart) received.get(0).getContent();
			assertThat(parts.getCount()).isEqualTo(2);
			assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("dpa-" + shown.versionId() + "-signed.pdf");
			assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
		}
		assertThat(signedDpaMailsTo(tenant.memberEmail())).isEmpty();
	}

	private static List<MimeMessage> signedDpaMailsTo(String recipient) throws Exception {
		List<MimeMessage> signed = new java.util.ArrayList<>();
		for (MimeMessage message : receivedBy(recipient)) {
			if (message.getSubject().contains("is signed")) {
				signed.add(message);
			}
		}
		return signed;
	}

	private String newMember(Tenants.Tenant tenant) {
		String email = "new-" + UUID.randomUUID() + "@tenant.example";
		accounts.addMember(tenant.organization().id(),
				new NewMember(email, "New Person", OrganizationRole.MEMBER, false, Tenants.PASSWORD), null);
		return email;
	}

	/** Waits until every published event has been handled by its listeners. */
	private void awaitListeners() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
	}

	private UUID memberId(String email) {
		return jdbc.sql("select id from app_user where email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
	}

	private void awaitPending(String email) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from notification where recipient = :email")
				.param("email", email)
				.query(Long.class)
				.single() == 1);
	}

	private Notification mailTo(String email) {
		UUID id = jdbc.sql("select id from notification where recipient = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
		return notifications.mailbox(PageRequest.of(0, PageRequest.MAX_SIZE))
			.items()
			.stream()
			.filter(mail -> mail.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static MimeMessage[] receivedBy(String email) throws Exception {
		List<MimeMessage> messages = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				messages.add(message);
			}
		}
		return messages.toArray(MimeMessage[]::new);
	}

	private static String hmac(String secret, String payload) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

}
