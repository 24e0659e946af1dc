package io.article28.notifications;

import static io.article28.Tenants.staffAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.core.PageRequest;

@IntegrationTest
class NotificationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	NotificationDeliveryJob job;

	@Test
	void webhookUrlsMustBeHttpsToAPublicAddress() throws Exception {
		var tenant = tenants.create();
		for (String url : new String[] { "not a url", "ftp://example.com/hook", "http://203.0.113.10/hook",
				"https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://192.168.1.10/hook",
				"https://169.254.169.254/latest", "https://[::1]/hook", "https://user:pw@93.184.215.14/hook",
				"https://198.18.0.1/hook", "https://[64:ff9b::7f00:1]/hook", "https://[2002:7f00:1::]/hook",
				"https://203.0.113.10/hook" }) {
			mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/webhook").with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"" + url + "\",\"secret\":\"a-long-enough-secret\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("url"));
		}
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/webhook").with(tenant.owner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOwnerConfiguresAWebhookWhoseSecretIsNeverShown() throws Exception {
		var tenant = tenants.create();
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/webhook").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://93.184.215.14/hook\",\"secret\":\"a-long-enough-secret\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("https://93.184.215.14/hook"))
			.andExpect(jsonPath("$.secret").doesNotExist());
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/webhook").with(tenant.owner()))
			.andExpect(content().string(Matchers.not(Matchers.containsString("a-long-enough-secret"))));
		mvc.perform(delete("/api/v1/organizations/" + tenant.id() + "/webhook").with(tenant.owner()))
			.andExpect(status().isNoContent());
	}

	@Test
	void aShortSecretIsRefused() throws Exception {
		var tenant = tenants.create();
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/webhook").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://93.184.215.14/hook\",\"secret\":\""
					+ "s".repeat(NotificationManagement.MIN_SECRET_LENGTH - 1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("secret"));
	}

	@Test
	void membersCannotConfigureTheWebhookNorOtherTenantsSeeIt() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		String body = "{\"url\":\"https://93.184.215.14/hook\",\"secret\":\"a-long-enough-secret\"}";
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/webhook").with(tenant.member())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/webhook").with(other.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
	}

	@Test
	void theInboxShowsTheOrganizationsNotificationsAndTracksWhatWasRead() throws Exception {
		var tenant = tenants.create();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications.inbox(tenant.organization().id(), PageRequest.of(0, 10)).totalItems() == 2);
		String inbox = mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/notifications").with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].read").value(false))
			.andExpect(jsonPath("$.items[0].text").value(Matchers.containsString("joined the organization")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(inbox, "$.items[0].id");
		mvc.perform(
				post("/api/v1/organizations/" + tenant.id() + "/notifications/" + id + "/read").with(tenant.member()))
			.andExpect(status().isNoContent());
		assertThat(notifications.unread(tenant.organization().id())).isEqualTo(1);

		var other = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + other.id() + "/notifications/" + id + "/read").with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/notifications").with(other.owner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void withoutSmtpMailIsKeptAndShownInTheStaffMailbox() throws Exception {
		var tenant = tenants.create();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications.mailbox(PageRequest.of(0, PageRequest.MAX_SIZE))
				.items()
				.stream()
				.anyMatch(mail -> mail.recipient().equals(tenant.memberEmail())));
		job.deliverDue(java.time.Instant.now().plusSeconds(1));
		assertThat(notifications.mailbox(PageRequest.of(0, PageRequest.MAX_SIZE)).items())
			.filteredOn(mail -> mail.recipient().equals(tenant.memberEmail()))
			.singleElement()
			.satisfies(mail -> assertThat(mail.status()).isEqualTo(NotificationStatus.KEPT));
		mvc.perform(get("/staff/mailbox").cookie(SignIn.as(mvc, Tenants.ADMIN_EMAIL, Tenants.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(tenant.memberEmail())));
		mvc.perform(get("/staff/mailbox").cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/deliveries?channel=EMAIL").with(staffAdmin()))
			.andExpect(status().isOk());
	}

}
