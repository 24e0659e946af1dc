package io.article28.subprocessors.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.TransferCheck;

/** The public list of sub-processors, and the staff view with the transfer flags. */
@Controller
class SubprocessorPages {

	private final SubprocessorManagement subprocessors;

	SubprocessorPages(SubprocessorManagement subprocessors) {
		this.subprocessors = subprocessors;
	}

	@GetMapping("/subprocessors")
	String publicList(Model model) {
		model.addAttribute("entries", subprocessors.register());
		model.addAttribute("staffView", false);
		return "subprocessors/list";
	}

	@GetMapping("/staff/subprocessors")
	String staffList(Model model) {
		model.addAttribute("entries", subprocessors.register());
		model.addAttribute("staffView", true);
		model.addAttribute("privacyShield", TransferCheck.PRIVACY_SHIELD_INVALID_FROM);
		model.addAttribute("scc2010", TransferCheck.SCC_2010_INVALID_FROM);
		model.addAttribute("dpf", TransferCheck.DPF_VALID_FROM);
		return "subprocessors/list";
	}

}
