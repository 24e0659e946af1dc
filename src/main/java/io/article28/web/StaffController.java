package io.article28.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffManagement;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.agreements.AgreementManagement;
import io.article28.core.FormError;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.platform.PlatformManagement;
import io.article28.platform.ProviderProfile;
import io.article28.subprocessors.SubprocessorManagement;

/**
 * The staff area's front page: what is still missing before customers can be invited (the
 * first-run checklist), the provider's profile and who is on the staff.
 */
@Controller
class StaffController {

	/** One step of getting an installation ready, done or not, and where it is done. */
	record Step(String key, boolean done, String link) {
	}

	record ProviderForm(String legalName, String address, String registration, String dpoName, String dpoEmail,
			String supportEmail) implements Serializable {

		static ProviderForm of(ProviderProfile profile) {
			return profile == null ? new ProviderForm("", "", "", "", "", "")
					: new ProviderForm(profile.legalName(), profile.address(), profile.registration(),
							profile.dpoName(), profile.dpoEmail(), profile.supportEmail());
		}

	}

	private final AccountManagement accounts;

	private final StaffManagement staff;

	private final PlatformManagement platform;

	private final AgreementManagement agreements;

	private final SubprocessorManagement subprocessors;

	StaffController(AccountManagement accounts, StaffManagement staff, PlatformManagement platform,
			AgreementManagement agreements, SubprocessorManagement subprocessors) {
		this.accounts = accounts;
		this.staff = staff;
		this.platform = platform;
		this.agreements = agreements;
		this.subprocessors = subprocessors;
	}

	@GetMapping("/staff")
	String home(Model model) {
		ProviderProfile provider = platform.providerProfile().orElse(null);
		List<Step> steps = checklist(provider);
		model.addAttribute("steps", steps);
		model.addAttribute("ready", steps.stream().allMatch(Step::done));
		model.addAttribute("provider", provider);
		if (!model.containsAttribute("providerForm")) {
			model.addAttribute("providerForm", ProviderForm.of(provider));
		}
		model.addAttribute("organizationCount", accounts.organizations(PageRequest.of(0, 1)).totalItems());
		model.addAttribute("regionCount", platform.regions().size());
		model.addAttribute("staff", staff.staff(PageRequest.of(0, PageRequest.MAX_SIZE)).items());
		return "staff/home";
	}

	@StaffOnly(StaffRole.ADMIN)
	@PostMapping("/staff/provider")
	String describeProvider(@ModelAttribute ProviderForm form, RedirectAttributes redirect) {
		try {
			platform.describeProvider(new ProviderProfile(form.legalName(), form.address(), form.registration(),
					form.dpoName(), form.dpoEmail(), form.supportEmail()));
			redirect.addFlashAttribute("notice", "provider.saved");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("providerForm", form);
			redirect.addFlashAttribute("formError", FormError.of("provider", ex));
		}
		return "redirect:/staff";
	}

	/**
	 * Before customers are invited: the provider described, someone active in each staff
	 * role, a DPA version published, the regions and the sub-processors listed.
	 */
	private List<Step> checklist(ProviderProfile provider) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step("checklist.provider", provider != null, "#provider-heading"));
		Map<StaffRole, Long> byRole = staff.activeStaffByRole();
		for (StaffRole role : StaffRole.values()) {
			steps.add(new Step("checklist.role." + role, byRole.getOrDefault(role, 0L) > 0, "/staff/people"));
		}
		steps.add(new Step("checklist.dpa", !agreements.versions().isEmpty(), "/staff/dpa"));
		steps.add(new Step("checklist.regions", !platform.regions().isEmpty(), "/staff/regions"));
		steps.add(new Step("checklist.subprocessors", !subprocessors.register().isEmpty(), "/staff/subprocessors"));
		return steps;
	}

}
