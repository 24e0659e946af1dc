package io.article28.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.article28.core.NotFoundException;
import io.article28.core.StaffOnly;

/**
 * Decided before the body of an API request is read or validated, so that no answer about
 * a body tells a caller anything it may not know: a path under
 * {@code /api/v1/organizations/{orgId}} is not found (404) for a caller who is neither
 * staff nor one of its members, and for everybody when the organization does not exist;
 * an operation marked {@link StaffOnly} is refused (403) to a caller who is not staff.
 * The roles an operation needs are checked by its handler.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationPathAccess implements WebMvcConfigurer, HandlerInterceptor {

	private final OrganizationAccess access;

	private final Organizations organizations;

	OrganizationPathAccess(OrganizationAccess access, Organizations organizations) {
		this.access = access;
		this.organizations = organizations;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/organizations/*/**");
		registry.addInterceptor(new StaffOnlyAccess()).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("orgId") instanceof String orgId) {
			organization(orgId).ifPresent(organization -> {
				access.requireReader(user, organization);
				if (organizations.findById(organization).isEmpty()) {
					throw new NotFoundException("Organization");
				}
			});
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

	/** Refuses a caller who is not staff an operation marked {@link StaffOnly}. */
	static final class StaffOnlyAccess implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(StaffOnly.class)
					|| method.getBeanType().isAnnotationPresent(StaffOnly.class))) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user
						&& user.isStaff())) {
					throw new AccessDeniedException("reserved to provider staff");
				}
			}
			return true;
		}

	}

}
