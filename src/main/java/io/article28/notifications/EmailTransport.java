package io.article28.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mail over SMTP when a server is configured (SMTP_HOST); without one, mail is kept
 * and shown on the staff mailbox page, so the product works out of the box. A delivery
 * run sends its mails over one {@link Connection}: opening an SMTP session per mail costs
 * more than the mail itself.
 */
@Component
class EmailTransport {

	static final String IDEMPOTENCY_HEADER = "X-Article28-Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(EmailTransport.class);

	private final JavaMailSender mail;

	private final String from;

	private final Clock clock;

	EmailTransport(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host,
			@Value("${article28.mail.from}") String from, Clock clock) {
		this.mail = host.isBlank() ? null : mail.getIfAvailable();
		this.from = from;
		this.clock = clock;
	}

	/** A connection for a run of deliveries; it opens when the first mail goes. */
	Connection connect() {
		return new Connection();
	}

	/**
	 * One SMTP session kept open across deliveries: opened with the first mail, opened
	 * again after a failure or when the server closed it, closed at the end of the run.
	 */
	final class Connection implements AutoCloseable {

		private Transport transport;

		private int opened;

		private Connection() {
		}

		/**
		 * Delivers the mail, or keeps it when no SMTP server is configured; says which.
		 */
		NotificationStatus deliver(Notification notification) throws DeliveryFailed {
			if (mail == null) {
				return NotificationStatus.KEPT;
			}
			try {
				MimeMessage message = message(notification);
				if (mail instanceof JavaMailSenderImpl sender) {
					send(sender, message);
				}
				else {
					mail.send(message);
				}
				return NotificationStatus.SENT;
			}
			catch (MailException | MessagingException ex) {
				close();
				throw new DeliveryFailed("SMTP: " + rootMessage(ex), ex);
			}
		}

		/** How many SMTP sessions this connection opened. */
		int opened() {
			return opened;
		}

		private void send(JavaMailSenderImpl sender, MimeMessage message) throws MessagingException {
			if (transport == null || !transport.isConnected()) {
				transport = sender.getSession().getTransport(sender.getProtocol());
				transport.connect(sender.getHost(), sender.getPort(), blankAsNull(sender.getUsername()),
						blankAsNull(sender.getPassword()));
				opened++;
			}
			message.saveChanges();
			transport.sendMessage(message, message.getAllRecipients());
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException ex) {
					log.debug("SMTP session closed with an error: {}", ex.getMessage());
				}
				transport = null;
			}
		}

	}

	private MimeMessage message(Notification notification) throws MessagingException {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(notification.recipient());
		helper.setSubject(notification.subject());
		helper.setSentDate(Date.from(clock.instant()));
		helper.setText(notification.bodyText(), notification.bodyHtml());
		if (notification.attachment() != null) {
			helper.addAttachment(notification.attachmentName(), new ByteArrayResource(notification.attachment()),
					"application/pdf");
		}
		// A receiving system can drop a copy it has seen: the key is the same on a
		// retried send.
		message.setHeader(IDEMPOTENCY_HEADER, notification.idempotencyKey());
		return message;
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
	}

}
