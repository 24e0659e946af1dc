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

/**
 * Decided before the body of a request is read or validated, so that no answer about a
 * body tells a caller anything it may not know: a path under
 * {@code /api/v1/organizations/{orgId}} or {@code /organizations/{orgId}} is not found
 * (404) for a caller who is neither staff nor one of its members, and for everybody when
 * the organization does not exist; then what the operation {@link Requires} is checked
 * (403). An operation marked {@link StaffOnly} is refused (403) to a caller without one
 * of its staff roles.
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
		registry.addInterceptor(this).addPathPatterns("/api/v1/organizations/*/**", "/organizations/*/**");
		registry.addInterceptor(new StaffOnlyAccess(access));
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Optional<CurrentUser> caller = currentUser();
		if (caller.isPresent()
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("orgId") instanceof String orgId) {
			CurrentUser user = caller.get();
			organization(orgId).ifPresent(organization -> {
				access.requireReader(user, organization);
				if (organizations.findById(organization).isEmpty()) {
					throw new NotFoundException("Organization");
				}
				if (handler instanceof HandlerMethod method && method.getMethodAnnotation(Requires.class) != null) {
					method.getMethodAnnotation(Requires.class).value().check(access, user, organization);
				}
			});
		}
		return true;
	}

	private static Optional<CurrentUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? Optional.of(user)
				: Optional.empty();
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

	/**
	 * Refuses an operation marked {@link StaffOnly} to a caller who is not staff or holds
	 * none of its roles.
	 */
	record StaffOnlyAccess(OrganizationAccess access) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof HandlerMethod method) {
				StaffOnly staffOnly = method.hasMethodAnnotation(StaffOnly.class)
						? method.getMethodAnnotation(StaffOnly.class)
						: method.getBeanType().getAnnotation(StaffOnly.class);
				if (staffOnly != null) {
					CurrentUser user = currentUser().filter(CurrentUser::isStaff)
						.orElseThrow(() -> new AccessDeniedException("reserved to provider staff"));
					if (staffOnly.value().length > 0) {
						access.requireStaff(user, staffOnly.value());
					}
				}
			}
			return true;
		}

	}

}
