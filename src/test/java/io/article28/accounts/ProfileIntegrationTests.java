package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.EmailAddress;
import io.article28.core.PageRequest;

@IntegrationTest
@RecordApplicationEvents
class ProfileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationEvents events;

	@Test
	void aPersonRectifiesItsProfileAndTheChangeIsRecorded() throws Exception {
		var tenant = tenants.create();
		String newEmail = "renamed-" + UUID.randomUUID() + "@tenant.example";
		mvc.perform(patch("/api/v1/me").with(tenant.member())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Corrected Name\",\"email\":\"" + newEmail + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Corrected Name"))
			.andExpect(jsonPath("$.email").value(newEmail));

		User user = accounts.members(tenant.organization().id(), PageRequest.of(0, 10))
			.items()
			.stream()
			.filter(member -> member.email().equals(new EmailAddress(newEmail)))
			.findFirst()
			.orElseThrow();
		assertThat(accounts.profileChanges(user.id())).singleElement()
			.satisfies(change -> assertThat(change.fields()).containsExactly("name", "email"));
		assertThat(events.stream(ProfileRectified.class)).singleElement()
			.satisfies(event -> assertThat(event.userId()).isEqualTo(user.id()));
	}

	@Test
	void rectifyingToTheSameValuesRecordsNothing() throws Exception {
		var tenant = tenants.create();
		mvc.perform(patch("/api/v1/me").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + tenant.ownerEmail().toUpperCase() + "\"}")).andExpect(status().isOk());
		assertThat(events.stream(ProfileRectified.class)).isEmpty();
	}

	@Test
	void anEmailTakenBySomeoneElseIsAConflict() throws Exception {
		var tenant = tenants.create();
		mvc.perform(patch("/api/v1/me").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + tenant.memberEmail() + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

}
