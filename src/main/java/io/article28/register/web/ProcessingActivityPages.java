package io.article28.register.web;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.RejectedException;
import io.article28.register.ActivityDescription;
import io.article28.register.ProcessingActivity;
import io.article28.register.RegisterManagement;
import io.article28.register.web.RegisterPages.FormError;

/**
 * The DPO's forms on the register page: a processing activity added or changed, and the
 * security measures described; the same steps, checks and trail entries as the API, a
 * refusal shown next to the form with what was typed.
 */
@Controller
class ProcessingActivityPages {

	/** What the activity form sends, as typed, kept to show it again after a refusal. */
	record ActivityForm(String dataSubjects, String purpose, String nature, String legalBasis, String dataCategories,
			String retention) implements Serializable {

		static ActivityForm of(ProcessingActivity activity) {
			return new ActivityForm(activity.dataSubjects(), activity.purpose(), activity.nature(),
					activity.legalBasis(), activity.dataCategories(), activity.retention());
		}

		ActivityDescription description() {
			return new ActivityDescription(dataSubjects, purpose, nature, legalBasis, dataCategories, retention);
		}

	}

	private final RegisterManagement register;

	ProcessingActivityPages(RegisterManagement register) {
		this.register = register;
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/register/activities")
	String add(ActivityForm form, RedirectAttributes redirect) {
		try {
			register.addActivity(form.description());
			redirect.addFlashAttribute("notice", "processingRegister.activity.added");
			return "redirect:/staff/register#activities";
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("activity", ex.field(), ex.getMessage()));
			redirect.addFlashAttribute("activityForm", form);
			return "redirect:/staff/register#activity-new";
		}
	}

	@StaffOnly(StaffRole.DPO)
	@GetMapping("/staff/register/activities/{id}")
	String activity(@PathVariable UUID id, Model model) {
		ProcessingActivity activity = register.activity(id);
		model.addAttribute("id", activity.id());
		if (!model.containsAttribute("activityForm")) {
			model.addAttribute("activityForm", ActivityForm.of(activity));
		}
		return "register/activity";
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/register/activities/{id}")
	String change(@PathVariable UUID id, ActivityForm form, RedirectAttributes redirect) {
		try {
			register.changeActivity(id, form.description());
			redirect.addFlashAttribute("notice", "processingRegister.activity.changed");
			return "redirect:/staff/register#activities";
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("activity", ex.field(), ex.getMessage()));
			redirect.addFlashAttribute("activityForm", form);
			return "redirect:/staff/register/activities/" + id;
		}
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/register/security-measures")
	String describe(@RequestParam(required = false) String description, RedirectAttributes redirect) {
		try {
			register.describeSecurityMeasures(description);
			redirect.addFlashAttribute("notice", "processingRegister.measures.described");
			return "redirect:/staff/register#measures";
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("measures", ex.field(), ex.getMessage()));
			redirect.addFlashAttribute("measuresForm", description == null ? "" : description);
			return "redirect:/staff/register#measures-form";
		}
	}

}
