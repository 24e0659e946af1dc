package io.article28.agreements;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationId;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.platform.PlatformManagement;
import io.article28.platform.ProviderProfile;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * The DPA's use cases: publish versions, read them, render the agreement for a customer.
 */
@Service
@Transactional
public class AgreementManagement {

	private final DpaVersions versions;

	private final DpaDocuments documents;

	private final DpaRenderer renderer;

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	private final TrailManagement trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementManagement(DpaVersions versions, DpaDocuments documents, DpaRenderer renderer, AccountManagement accounts,
			PlatformManagement platform, TrailManagement trail, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.documents = documents;
		this.renderer = renderer;
		this.accounts = accounts;
		this.platform = platform;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	public DpaVersion publish(NewDpaVersion request) {
		if (request.terms() == null) {
			throw RejectedException.invalid("terms", "the terms are required");
		}
		DpaVersion version = new DpaVersion(new DpaVersionId(request.id()), request.title(),
				request.publishedAt() == null ? clock.instant() : request.publishedAt(),
				new DpaTemplate(request.template()), request.terms());
		if (versions.exists(version.id())) {
			throw RejectedException.conflict("id", "a version with this id is already published");
		}
		versions.insert(version);
		trail.record(TrailRecord.of("dpa.published", null, "dpa-version", version.id()));
		events.publishEvent(new DpaVersionPublished(version.id()));
		return version;
	}

	@Transactional(readOnly = true)
	public List<DpaVersion> versions() {
		return versions.all();
	}

	@Transactional(readOnly = true)
	public DpaVersion version(DpaVersionId id) {
		return versions.find(id).orElseThrow(() -> new NotFoundException("DPA version"));
	}

	/** The version customers are asked to sign now: the latest published. */
	@Transactional(readOnly = true)
	public Optional<DpaVersion> current() {
		return versions.latest(clock.instant());
	}

	@Transactional(readOnly = true)
	public DpaStatus status(OrganizationId organization) {
		accounts.organization(organization);
		return new DpaStatus(DpaStatus.State.NONE, null, null, current().map(DpaVersion::id).orElse(null));
	}

	/**
	 * The current version, as HTML, filled for the organization: what its people read
	 * before signing.
	 */
	@Transactional(readOnly = true)
	public String html(OrganizationId organization) {
		return renderer.html(currentOrFail(), provider(), prefilled(accounts.organization(organization)),
				platform.regions());
	}

	/**
	 * The current version as the PDF to sign, kept with its SHA-256: a signature must
	 * quote that hash, which proves which exact document the customer accepted.
	 */
	public DpaDocument documentToSign(OrganizationId organization) {
		DpaVersion version = currentOrFail();
		byte[] pdf = renderer.pdf(version,
				renderer.html(version, provider(), prefilled(accounts.organization(organization)), platform.regions()));
		String sha256 = DpaDocument.hexSha256(pdf);
		return documents.find(organization, version.id(), sha256).orElseGet(() -> {
			DpaDocument document = new DpaDocument(UUID.randomUUID(), version.id(), sha256, pdf, clock.instant());
			documents.insert(organization, document);
			return document;
		});
	}

	private DpaVersion currentOrFail() {
		return current().orElseThrow(() -> new NotFoundException("Published DPA version"));
	}

	private ProviderProfile provider() {
		return platform.providerProfile()
			.orElseThrow(
					() -> new IllegalStateException("the provider profile must be described before the DPA is shown"));
	}

	private static CustomerBlock prefilled(Organization organization) {
		return new CustomerBlock(organization.name(), null, null, null,
				organization.dpoContact().map(contact -> contact.name()).orElse(null),
				organization.dpoContact().map(contact -> contact.email().value()).orElse(null));
	}

}
