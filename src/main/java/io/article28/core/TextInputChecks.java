package io.article28.core;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link TextInput} to every string of a JSON body (the refusal names the field's
 * path) and to every form and query parameter (the refusal names the parameter), before
 * any handler sees them.
 */
@Configuration(proxyBeanMethods = false)
class TextInputChecks implements WebMvcConfigurer {

	@Bean
	JacksonModule textInputModule() {
		return new SimpleModule("text-input").addDeserializer(String.class, new CheckedStrings());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CheckedParameters());
	}

	/** The standard string deserializer, refusing what {@link TextInput} refuses. */
	static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			String refusal = TextInput.refusal(value);
			if (refusal != null) {
				throw InvalidFormatException.from(parser, refusal, null, String.class);
			}
			return value;
		}

	}

	/** Form and query parameters, multipart fields included (names and values). */
	static final class CheckedParameters implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String name = parameter.getKey();
				if (TextInput.refusal(name) != null) {
					throw RejectedException.invalid(null, "a parameter name holds a control or formatting character");
				}
				for (String value : parameter.getValue()) {
					TextInput.check(name, value);
				}
			}
			return true;
		}

	}

}
