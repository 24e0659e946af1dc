/**
 * Customer organizations, their members and roles, provider staff, API tokens and the DPO
 * contact.
 */
@ApplicationModule(allowedDependencies = "core")
package io.article28.accounts;

import org.springframework.modulith.ApplicationModule;
