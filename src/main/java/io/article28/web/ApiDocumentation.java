package io.article28.web;

import java.util.Locale;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of itself: the product's name, the version of the build
 * that serves it, and what the API is for.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI article28Api(ObjectProvider<BuildProperties> build, MessageSource messages) {
		String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
		return new OpenAPI().info(new Info().title(messages.getMessage("app.name", null, Locale.ENGLISH))
			.version(version)
			.description(messages.getMessage("api.description", null, Locale.ENGLISH)));
	}

}
