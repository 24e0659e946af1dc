package io.article28;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the test database, with the demo data and MockMvc, the
 * platform serving its apps under a domain of each region. Every test class that uses it
 * shares one application context; tests make their own names unique.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "article28.demo=true", "article28.admin.password=initial-admin-secret",
		"db-scheduler.enabled=false", "article28.data-dir=target/test-data",
		"article28.platform.app-domains=osc-fr1.example.io,osc-secnum-fr1.example.io" })
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
