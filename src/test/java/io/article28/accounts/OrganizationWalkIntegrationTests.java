package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.IntegrationTest;
import io.article28.core.Page;
import io.article28.core.PageRequest;

/**
 * Walking the organizations after the last one seen gives them all, once each, in the
 * order of the pages, whatever the size of a step.
 */
@IntegrationTest
class OrganizationWalkIntegrationTests {

	@Autowired
	AccountManagement accounts;

	@Test
	void aWalkInStepsGivesEveryOrganizationInTheOrderOfThePages() {
		List<OrganizationId> paged = new ArrayList<>();
		Page<Organization> page;
		int number = 0;
		do {
			page = accounts.organizations(new PageRequest(number++, PageRequest.MAX_SIZE));
			page.items().forEach(organization -> paged.add(organization.id()));
		}
		while (page.hasNext());

		for (int step : new int[] { 1, 2, 200 }) {
			List<OrganizationId> walked = new ArrayList<>();
			Organization last = null;
			List<Organization> next;
			do {
				next = accounts.organizationsAfter(last, step);
				next.forEach(organization -> walked.add(organization.id()));
				last = next.isEmpty() ? last : next.get(next.size() - 1);
			}
			while (next.size() == step);
			assertThat(walked).as("steps of %d", step).isEqualTo(paged);
		}
	}

}
