package io.article28.incidents.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.core.NotFoundException;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.incidents.AuthorityDraft;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.SupervisoryAuthority;

/**
 * The customer's breaches: the list with each clock, and a breach's page with the
 * countdown, the earlier awareness, the draft to the supervisory authority, its versions
 * and its export. Forms take their times in UTC.
 */
@Controller
class BreachPages {

	/** What the draft form sends, as typed. */
	record DraftForm(String authority, String nature, String approximatePeople, String approximateRecords,
			String contact, String consequences, String measures, String delayReasons) {
	}

	private final BreachManagement breaches;

	private final OrganizationAccess access;

	private final Clock clock;

	BreachPages(BreachManagement breaches, OrganizationAccess access, Clock clock) {
		this.breaches = breaches;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/breaches")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId organization = organization(user);
		Instant now = clock.instant();
		model.addAttribute("breaches", breaches.breaches(organization, PageRequest.of(page, 20))
			.map(breach -> BreachViews.Summary.of(breach, now)));
		return "incidents/breaches";
	}

	@GetMapping("/breaches/{id}")
	String breach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		OrganizationId organization = organization(user);
		model.addAttribute("breach", BreachViews.Detail.of(breaches.breach(organization, id), clock.instant()));
		model.addAttribute("versions", breaches.draftVersions(organization, id));
		model.addAttribute("authorities", SupervisoryAuthority.all());
		model.addAttribute("organizationId", organization);
		model.addAttribute("mayEdit", user.membership().map(m -> m.role().manages()).orElse(false));
		return "incidents/breach";
	}

	@PostMapping("/breaches/{id}/awareness")
	String recordAwareness(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String awareAt, RedirectAttributes redirect) {
		return handle(user, id, "awareness", "breaches.awarenessRecorded", redirect, organization -> breaches
			.recordAwareness(organization, id, FormValues.instant("awareAt", awareAt), user.id()));
	}

	@PostMapping("/breaches/{id}/draft")
	String saveDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, DraftForm form,
			RedirectAttributes redirect) {
		return handle(user, id, "draft", "breaches.draftSaved", redirect,
				organization -> breaches.saveDraft(organization, id,
						new AuthorityDraft.Input(form.authority(), form.nature(),
								FormValues.count("approximatePeople", form.approximatePeople()),
								FormValues.count("approximateRecords", form.approximateRecords()), form.contact(),
								form.consequences(), form.measures(), form.delayReasons()),
						user.id()));
	}

	@PostMapping("/breaches/{id}/submission")
	String recordSubmission(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String submittedAt, @RequestParam(required = false) String reference,
			RedirectAttributes redirect) {
		return handle(user, id, "submission", "breaches.submissionRecorded", redirect, organization -> breaches
			.recordSubmission(organization, id, FormValues.instant("submittedAt", submittedAt), reference, user.id()));
	}

	@PostMapping("/breaches/{id}/not-required")
	String recordNoNotification(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return handle(user, id, "notRequired", "breaches.notRequiredRecorded", redirect,
				organization -> breaches.recordNoNotification(organization, id, reason, user.id()));
	}

	private String handle(CurrentUser user, UUID id, String form, String notice, RedirectAttributes redirect,
			java.util.function.Consumer<OrganizationId> step) {
		OrganizationId organization = organization(user);
		access.requireOwnManager(user, organization);
		try {
			step.accept(organization);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new IncidentPages.FormError(form, ex.field(), ex.getMessage()));
		}
		return "redirect:/breaches/" + id + "#" + form;
	}

	private OrganizationId organization(CurrentUser user) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new NotFoundException("Organization"))
			.organizationId();
		access.requireReader(user, organization);
		return organization;
	}

}
