package io.article28.subprocessors.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.subprocessors.NewSubprocessor;
import io.article28.subprocessors.Subprocessor;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.SubprocessorStatus;
import io.article28.subprocessors.TransferAssessment;
import io.article28.subprocessors.TransferSafeguard;

/** The register of sub-processors: public to read, kept by staff. */
@RestController
@RequestMapping("/api/v1/subprocessors")
class SubprocessorApi {

	record NewSubprocessorRequest(@NotBlank String name, @NotBlank String contact, @NotBlank String purpose,
			@NotBlank String legalBasis, @NotBlank String dataCategories, @NotBlank String country,
			@NotBlank String location, @NotNull TransferSafeguard safeguard, String transferDestination,
			List<String> platformRegions, List<LocalDate> audits) {

		NewSubprocessor toNewSubprocessor() {
			return new NewSubprocessor(name, contact, purpose, legalBasis, dataCategories, country, location, safeguard,
					transferDestination, platformRegions, audits);
		}
	}

	record SubprocessorView(UUID id, String name, String contact, String purpose, String legalBasis,
			String dataCategories, String country, String location, TransferSafeguard safeguard,
			String transferDestination, List<String> platformRegions, List<LocalDate> audits,
			TransferAssessment transfers, SubprocessorStatus status) {

		static SubprocessorView of(SubprocessorManagement.Entry entry) {
			Subprocessor s = entry.subprocessor();
			return new SubprocessorView(s.id(), s.name(), s.contact(), s.purpose(), s.legalBasis(), s.dataCategories(),
					s.country(), s.location(), s.safeguard(), s.transferDestination(), s.platformRegions(), s.audits(),
					entry.transfers(), s.status());
		}
	}

	private final SubprocessorManagement subprocessors;

	SubprocessorApi(SubprocessorManagement subprocessors) {
		this.subprocessors = subprocessors;
	}

	@GetMapping
	List<SubprocessorView> register() {
		return subprocessors.register().stream().map(SubprocessorView::of).toList();
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping
	ResponseEntity<SubprocessorView> add(@Valid @RequestBody NewSubprocessorRequest request) {
		Subprocessor added = subprocessors.register(request.toNewSubprocessor());
		return ResponseEntity.created(URI.create("/api/v1/subprocessors/" + added.id()))
			.body(SubprocessorView.of(subprocessors.entry(added.id())));
	}

}
