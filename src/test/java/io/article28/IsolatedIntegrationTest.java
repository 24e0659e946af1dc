package io.article28;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Like {@link IntegrationTest}, on a database of its own: for tests that change what the
 * others rely on, such as publishing the DPA version every customer is asked to sign.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=${" + TestDatabase.ISOLATED_URL + "}", "article28.demo=true",
		"article28.admin.password=" + Tenants.ADMIN_PASSWORD, "db-scheduler.enabled=false",
		"article28.data-dir=target/test-data" })
@AutoConfigureMockMvc
public @interface IsolatedIntegrationTest {

}
