package io.article28.platform.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.platform.PlatformImport;
import io.article28.platform.PlatformManagement;

/**
 * Staff pages of the platform's data: the regions, and the CSV import of a standalone
 * installation.
 */
@Controller
class PlatformPages {

	private final PlatformManagement platform;

	private final PlatformImport imports;

	PlatformPages(PlatformManagement platform, PlatformImport imports) {
		this.platform = platform;
		this.imports = imports;
	}

	@GetMapping("/staff/regions")
	String regions(Model model) {
		model.addAttribute("regions", platform.regions());
		return "platform/regions";
	}

	@GetMapping("/staff/import")
	String importForm(Model model) {
		model.addAttribute("kinds", PlatformImport.Kind.values());
		return "platform/import";
	}

	@StaffOnly(StaffRole.ADMIN)
	@PostMapping("/staff/import")
	String importCsv(@RequestParam PlatformImport.Kind kind, @RequestParam MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("importErrors",
					java.util.List.of(new PlatformImport.LineError(0, null, "the file is empty")));
			return "redirect:/staff/import";
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			int rows = imports.importCsv(kind, reader);
			redirect.addFlashAttribute("importedRows", rows);
			redirect.addFlashAttribute("importedKind", kind);
		}
		catch (PlatformImport.ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.errors());
		}
		return "redirect:/staff/import";
	}

}
