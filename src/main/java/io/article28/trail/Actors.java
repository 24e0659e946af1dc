package io.article28.trail;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

import io.article28.accounts.CurrentUser;

/**
 * Who is acting right now: the signed-in person (staff, member, or a machine client with
 * a token), nobody during a web request without sign-in, or the application itself
 * outside any request.
 */
@Component
class Actors {

	Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			String id = user.id().toString();
			if (user.apiTokenId().isPresent()) {
				return new Actor(ActorType.PLATFORM, id);
			}
			return new Actor(user.isStaff() ? ActorType.STAFF : ActorType.USER, id);
		}
		return RequestContextHolder.getRequestAttributes() != null ? Actor.anonymous() : Actor.system("application");
	}

}
