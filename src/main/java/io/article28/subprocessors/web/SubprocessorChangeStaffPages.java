package io.article28.subprocessors.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationContacts;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.subprocessors.ChangeNotice;
import io.article28.subprocessors.ChangeType;
import io.article28.subprocessors.NewSubprocessor;
import io.article28.subprocessors.NewSubprocessorChange;
import io.article28.subprocessors.NoticeStatus;
import io.article28.subprocessors.SubprocessorChangeManagement;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.SubprocessorStatus;
import io.article28.subprocessors.TransferSafeguard;

/**
 * Staff's pages of changes: announce one, follow every customer's answer, decide on
 * objections.
 */
@Controller
class SubprocessorChangeStaffPages {

	/** The announcement form: the change and, for a newcomer, its description. */
	record AnnouncementForm(ChangeType type, UUID subprocessorId, String summary, LocalDate effectiveOn, String name,
			String contact, String purpose, String legalBasis, String dataCategories, String country, String location,
			TransferSafeguard safeguard, String transferDestination) implements Serializable {

		NewSubprocessorChange toChange() {
			NewSubprocessor newcomer = type == null || type == ChangeType.REMOVE ? null
					: new NewSubprocessor(name, contact, purpose, legalBasis, dataCategories, country, location,
							safeguard, transferDestination, List.of(), List.of());
			return new NewSubprocessorChange(type, newcomer, subprocessorId, summary, effectiveOn);
		}
	}

	record FormError(String field, String message) implements Serializable {
	}

	/** One organization's line on the change page. */
	record AnswerRow(ChangeNotice notice, NoticeStatus status, String organization) {
	}

	private final SubprocessorChangeManagement changes;

	private final SubprocessorManagement register;

	private final AccountManagement accounts;

	SubprocessorChangeStaffPages(SubprocessorChangeManagement changes, SubprocessorManagement register,
			AccountManagement accounts) {
		this.changes = changes;
		this.register = register;
		this.accounts = accounts;
	}

	@GetMapping("/staff/subprocessors/changes")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		var list = changes.changes(PageRequest.of(page, 20));
		model.addAttribute("changes", list);
		model.addAttribute("counts",
				list.items()
					.stream()
					.collect(Collectors.toMap(details -> details.change().id().toString(),
							details -> changes.counts(details.change().id()))));
		model.addAttribute("active",
				register.register()
					.stream()
					.filter(entry -> entry.subprocessor().status() == SubprocessorStatus.ACTIVE)
					.toList());
		model.addAttribute("types", ChangeType.values());
		model.addAttribute("safeguards", TransferSafeguard.values());
		model.addAttribute("earliest", changes.earliestEffectiveDate());
		model.addAttribute("canAnnounce", mayDecide(user));
		return "subprocessors/staff-changes";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/subprocessors/changes")
	String announce(@AuthenticationPrincipal CurrentUser user, @ModelAttribute AnnouncementForm form,
			RedirectAttributes redirect) {
		try {
			var change = changes.announce(form.toChange(), user.id());
			redirect.addFlashAttribute("notice", "subprocessors.announced");
			return "redirect:/staff/subprocessors/changes/" + change.id();
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("form", form);
			redirect.addFlashAttribute("formError", new FormError(ex.field(), ex.getMessage()));
			return "redirect:/staff/subprocessors/changes";
		}
	}

	@GetMapping("/staff/subprocessors/changes/{changeId}")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID changeId,
			@RequestParam(required = false) NoticeStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var answers = changes.answers(changeId, status, PageRequest.of(page, 25));
		Map<OrganizationId, String> names = accounts
			.contacts(answers.items().stream().map(ChangeNotice::organizationId).toList())
			.stream()
			.collect(Collectors.toMap(OrganizationContacts::id, OrganizationContacts::name));
		model.addAttribute("details", changes.change(changeId));
		model.addAttribute("counts", changes.counts(changeId));
		model.addAttribute("statuses", NoticeStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("answers", answers.map(notice -> new AnswerRow(notice, changes.status(notice),
				names.getOrDefault(notice.organizationId(), notice.organizationId().toString()))));
		model.addAttribute("canDecide", mayDecide(user));
		return "subprocessors/staff-change";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/subprocessors/changes/{changeId}/organizations/{orgId}/decision")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID changeId, @PathVariable UUID orgId,
			@RequestParam boolean uphold, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			changes.decide(changeId, new OrganizationId(orgId), uphold, reason, user.id());
			redirect.addFlashAttribute("notice", uphold ? "subprocessors.upheld" : "subprocessors.dismissed");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError(ex.field(), ex.getMessage()));
		}
		return "redirect:/staff/subprocessors/changes/" + changeId;
	}

	private static boolean mayDecide(CurrentUser user) {
		return user.hasStaffRole(StaffRole.DPO) || user.hasStaffRole(StaffRole.ADMIN);
	}

}
