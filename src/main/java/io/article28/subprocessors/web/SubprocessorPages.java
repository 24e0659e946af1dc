package io.article28.subprocessors.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.article28.core.PageRequest;
import io.article28.subprocessors.SubprocessorChangeManagement;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.TransferCheck;

/**
 * The public list of sub-processors with the latest announced changes, and the staff view
 * with the transfer flags.
 */
@Controller
class SubprocessorPages {

	/** The latest changes shown under the register. */
	private static final int CHANGES_SHOWN = 20;

	private final SubprocessorManagement subprocessors;

	private final SubprocessorChangeManagement changes;

	SubprocessorPages(SubprocessorManagement subprocessors, SubprocessorChangeManagement changes) {
		this.subprocessors = subprocessors;
		this.changes = changes;
	}

	@GetMapping("/subprocessors")
	String publicList(Model model) {
		// The follow form needs no CSRF token (see SecurityConfiguration): reading the
		// public list opens no session.
		model.addAttribute("entries", subprocessors.register());
		model.addAttribute("changes", changes.changes(PageRequest.of(0, CHANGES_SHOWN)));
		model.addAttribute("staffView", false);
		model.addAttribute("feed", "/subprocessors.atom");
		return "subprocessors/list";
	}

	@GetMapping("/staff/subprocessors")
	String staffList(Model model) {
		model.addAttribute("entries", subprocessors.register());
		model.addAttribute("changes", changes.changes(PageRequest.of(0, CHANGES_SHOWN)));
		model.addAttribute("staffView", true);
		model.addAttribute("privacyShield", TransferCheck.PRIVACY_SHIELD_INVALID_FROM);
		model.addAttribute("scc2010", TransferCheck.SCC_2010_INVALID_FROM);
		model.addAttribute("dpf", TransferCheck.DPF_VALID_FROM);
		return "subprocessors/list";
	}

}
