package io.article28.subprocessors.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
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
import io.article28.agreements.ObjectionGround;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.subprocessors.ObjectionWindow;
import io.article28.subprocessors.OrganizationChange;
import io.article28.subprocessors.SubprocessorChangeManagement;

/**
 * The customer's changes of sub-processors: what each means for it, how long it has to
 * object, and the objection or consent form its DPA calls for.
 */
@Controller
class SubprocessorChangePages {

	/** A refused answer comes back with the change and the field at fault. */
	record AnswerError(UUID changeId, String field, String message) implements Serializable {
	}

	private final SubprocessorChangeManagement changes;

	private final OrganizationAccess access;

	private final Clock clock;

	SubprocessorChangePages(SubprocessorChangeManagement changes, OrganizationAccess access, Clock clock) {
		this.changes = changes;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/subprocessors/changes")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		if (user.membership().isEmpty()) {
			return "redirect:/staff/subprocessors/changes";
		}
		OrganizationId organization = user.membership().get().organizationId();
		access.requireReader(user, organization);
		var list = changes.changesOf(organization, PageRequest.of(page, 20));
		LocalDate today = ObjectionWindow.today(clock.instant());
		model.addAttribute("changes", list);
		model.addAttribute("daysLeft", list.items()
			.stream()
			.filter(OrganizationChange::mayObject)
			.collect(Collectors.toMap(change -> change.details().change().id().toString(),
					change -> ChronoUnit.DAYS.between(today, change.notice().window().orElseThrow().lastDay()))));
		model.addAttribute("canAnswer", user.membership().map(m -> m.role().manages()).orElse(false));
		return "subprocessors/changes";
	}

	@PostMapping("/subprocessors/changes/{changeId}/objection")
	String object(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID changeId,
			@RequestParam(required = false) ObjectionGround ground,
			@RequestParam(required = false) String justification, RedirectAttributes redirect) {
		OrganizationId organization = own(user);
		try {
			changes.object(organization, changeId, ground, justification, user.id());
			redirect.addFlashAttribute("notice", "subprocessors.objected");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("answerError", new AnswerError(changeId, ex.field(), ex.getMessage()));
			redirect.addFlashAttribute("justification", Map.of(changeId.toString(), String.valueOf(justification)));
		}
		return "redirect:/subprocessors/changes";
	}

	@PostMapping("/subprocessors/changes/{changeId}/consent")
	String consent(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID changeId,
			@RequestParam boolean consent, RedirectAttributes redirect) {
		OrganizationId organization = own(user);
		try {
			changes.answerConsent(organization, changeId, consent, user.id());
			redirect.addFlashAttribute("notice", consent ? "subprocessors.consented" : "subprocessors.refused");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("answerError", new AnswerError(changeId, ex.field(), ex.getMessage()));
		}
		return "redirect:/subprocessors/changes";
	}

	private OrganizationId own(CurrentUser user) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new AccessDeniedException("the customer answers for itself"))
			.organizationId();
		access.requireOwnManager(user, organization);
		return organization;
	}

}
