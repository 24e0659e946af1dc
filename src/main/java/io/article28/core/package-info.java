/**
 * Shared kernel: the clock, error types and their problem-detail rendering, paging and
 * request limits.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.article28.core;

import org.springframework.modulith.ApplicationModule;
