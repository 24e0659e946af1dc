package io.article28.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the text of notifications: mail bodies from the templates in
 * {@code templates/mail/} (plain text and HTML), subjects and in-app lines from the
 * message bundle.
 */
@Component
class MessageComposer {

	/** A mail ready to store: subject, plain-text and HTML bodies. */
	record Mail(String subject, String text, String html) {
	}

	private static final Locale LOCALE = Locale.ENGLISH;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final String baseUrl;

	MessageComposer(MessageSource messages, @Value("${article28.base-url}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl;
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	Mail mail(String kind, Map<String, Object> values, Object... subjectArguments) {
		Context context = new Context(LOCALE, values);
		context.setVariable("baseUrl", baseUrl);
		return new Mail(text("mail." + kind + ".subject", subjectArguments), engine.process(kind + ".txt", context),
				engine.process(kind + ".html", context));
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LOCALE);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
