package io.article28.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mail over SMTP when a server is configured (SMTP_HOST); without one, mail is kept
 * and shown on the staff mailbox page, so the product works out of the box.
 */
@Component
class EmailTransport {

	static final String IDEMPOTENCY_HEADER = "X-Article28-Idempotency-Key";

	private final JavaMailSender mail;

	private final String from;

	EmailTransport(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host,
			@Value("${article28.mail.from}") String from) {
		this.mail = host.isBlank() ? null : mail.getIfAvailable();
		this.from = from;
	}

	/** Delivers the mail, or keeps it when no SMTP server is configured; says which. */
	NotificationStatus deliver(Notification notification) throws DeliveryFailed {
		if (mail == null) {
			return NotificationStatus.KEPT;
		}
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(notification.recipient());
			helper.setSubject(notification.subject());
			helper.setText(notification.bodyText(), notification.bodyHtml());
			if (notification.attachment() != null) {
				helper.addAttachment(notification.attachmentName(), new ByteArrayResource(notification.attachment()),
						"application/pdf");
			}
			// A receiving system can drop a copy it has seen: the key is the same on a
			// retried send.
			message.setHeader(IDEMPOTENCY_HEADER, notification.idempotencyKey());
			mail.send(message);
			return NotificationStatus.SENT;
		}
		catch (MailException | MessagingException ex) {
			throw new DeliveryFailed("SMTP: " + rootMessage(ex), ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
	}

}
