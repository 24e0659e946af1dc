package io.article28.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an operation on the organization named by its path ({@code orgId}) needs beyond
 * reading it, decided before the request's body is read or validated: a member without
 * the right role, or staff where the customer acts for itself, is refused (403) whatever
 * it sent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

	OrganizationRight value();

}
