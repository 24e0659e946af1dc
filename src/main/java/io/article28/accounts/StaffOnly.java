package io.article28.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation for the provider's staff only, holding one of the roles given (any staff
 * member when none is given). A caller without them is refused (403) before the request's
 * body is read or validated, so that what a caller sends to an operation it may not use
 * is never judged.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface StaffOnly {

	/** The roles of which the caller must hold one; none: any staff role. */
	StaffRole[] value() default {};

}
