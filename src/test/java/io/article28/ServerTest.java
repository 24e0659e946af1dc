package io.article28;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real port, with the demo data, for what MockMvc cannot show:
 * the servlet container's error dispatch, a real browser. Test classes using it share one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "article28.demo=true", "article28.admin.password=" + Tenants.ADMIN_PASSWORD,
				"logging.level.org.openqa.selenium=ERROR", "db-scheduler.enabled=false",
				"article28.data-dir=target/test-data" })
public @interface ServerTest {

}
