package io.article28.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API path under {@code /api/v1/organizations/{orgId}} is another tenant's for a
 * caller who is neither staff nor one of its members: 404, decided before the body is
 * read or validated, so that no answer about a body tells a tenant anything about
 * another. The roles a path needs are checked by its handler.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationPathAccess implements WebMvcConfigurer, HandlerInterceptor {

	private final OrganizationAccess access;

	OrganizationPathAccess(OrganizationAccess access) {
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/organizations/*/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("orgId") instanceof String orgId) {
			organization(orgId).ifPresent(organization -> access.requireReader(user, organization));
		}
		return true;
	}

	/** The organization the path names; a path that names none is left to its handler. */
	private static Optional<OrganizationId> organization(String orgId) {
		try {
			return Optional.of(new OrganizationId(UUID.fromString(orgId)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
