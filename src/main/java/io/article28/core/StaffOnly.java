package io.article28.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation for the provider's staff only: a caller who is not staff is refused
 * (403) before the request's body is read or validated, so that what a customer sends to
 * it is never judged. The staff roles it needs are still checked by the operation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface StaffOnly {

}
