package io.article28.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
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

	/** How many organizations are read at a time when all of them are walked. */
	private static final int BATCH = 500;

	private final DpaVersions versions;

	private final DpaDocuments documents;

	private final DpaRenderer renderer;

	private final DpaSignatures signatures;

	private final DpaReminders reminders;

	private final DpaUploads uploads;

	private final DpaBindings bindings;

	private final PadesSigner signer;

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	private final TrailManagement trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementManagement(DpaVersions versions, DpaDocuments documents, DpaRenderer renderer, DpaSignatures signatures,
			DpaReminders reminders, DpaUploads uploads, DpaBindings bindings, PadesSigner signer,
			AccountManagement accounts, PlatformManagement platform, TrailManagement trail,
			ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.documents = documents;
		this.renderer = renderer;
		this.signatures = signatures;
		this.reminders = reminders;
		this.uploads = uploads;
		this.bindings = bindings;
		this.signer = signer;
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
				(request.publishedAt() == null ? clock.instant() : request.publishedAt())
					.truncatedTo(ChronoUnit.SECONDS),
				new DpaTemplate(request.template()), request.terms());
		if (versions.exists(version.id())) {
			throw RejectedException.conflict("id", "a version with this id is already published");
		}
		versions.insert(version);
		trail.record(TrailRecord.of("dpa.published", null, "dpa-version", version.id()));
		events.publishEvent(new DpaVersionPublished(version.id()));
		if (current().map(DpaVersion::id).filter(version.id()::equals).isPresent()) {
			// Every customer bound by an older version, or by none, is asked, once, to
			// accept this one.
			reminders.behind(version.id())
				.forEach(organization -> events
					.publishEvent(new DpaAcceptanceRequested(organization, version.id(), 0, false)));
			neverSigned().forEach(organization -> events
				.publishEvent(new DpaAcceptanceRequested(organization.id(), version.id(), 0, true)));
		}
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

	/**
	 * Where the organization stands: the latest version it signed is binding and gives
	 * its effective terms, until it signs the current one.
	 */
	@Transactional(readOnly = true)
	public DpaStatus status(OrganizationId organization) {
		accounts.organization(organization);
		DpaVersionId current = current().map(DpaVersion::id).orElse(null);
		var binding = bindings.of(organization);
		if (binding.isEmpty()) {
			return new DpaStatus(DpaStatus.State.NONE, null, null, current);
		}
		DpaVersion version = version(binding.get());
		boolean upToDate = version.id().equals(current);
		return new DpaStatus(upToDate ? DpaStatus.State.SIGNED : DpaStatus.State.SUPERSEDED, version.id(),
				version.terms(), upToDate ? null : current);
	}

	/**
	 * Every organization bound by a DPA, with the version binding it and that version's
	 * terms: whom a change of sub-processor must reach, and under which rule.
	 */
	@Transactional(readOnly = true)
	public List<BoundOrganization> boundOrganizations() {
		Map<DpaVersionId, DpaVersion> byId = new HashMap<>();
		versions.all().forEach(version -> byId.put(version.id(), version));
		return bindings.all()
			.entrySet()
			.stream()
			.map(binding -> new BoundOrganization(binding.getKey(), binding.getValue(),
					byId.get(binding.getValue()).terms()))
			.toList();
	}

	/**
	 * The customers bound by no version at all, walked through every organization a batch
	 * at a time.
	 */
	@Transactional(readOnly = true)
	List<Organization> neverSigned() {
		Set<OrganizationId> bound = bindings.all().keySet();
		List<Organization> unbound = new ArrayList<>();
		Organization last = null;
		for (List<Organization> batch = accounts.organizationsAfter(null, BATCH); !batch.isEmpty(); batch = accounts
			.organizationsAfter(last, BATCH)) {
			batch.stream().filter(organization -> !bound.contains(organization.id())).forEach(unbound::add);
			last = batch.get(batch.size() - 1);
		}
		return unbound;
	}

	/** Where every customer stands with the DPA, a page at a time: the staff overview. */
	@Transactional(readOnly = true)
	public Page<OrganizationDpa> statuses(PageRequest page) {
		return accounts.organizations(page)
			.map(organization -> new OrganizationDpa(organization.id(), organization.name(),
					status(organization.id())));
	}

	/** The organization's signatures, newest first. */
	@Transactional(readOnly = true)
	public List<DpaSignature> signatures(OrganizationId organization) {
		return signatures.of(organization);
	}

	@Transactional(readOnly = true)
	public DpaSignature signature(OrganizationId organization, UUID id) {
		return signatures.find(organization, id).orElseThrow(() -> new NotFoundException("Signature"));
	}

	/**
	 * Signs the DPA for the organization. The signer must accept it explicitly, sign the
	 * version customers are asked to sign, and quote the hash of the document it was
	 * shown: a document that changed since is refused. The result is binding at once,
	 * sealed, recorded and announced.
	 */
	public DpaSignature sign(OrganizationId organization, UserId signerId, SignatureRequest request) {
		if (!request.accepted()) {
			throw RejectedException.invalid("accepted", "the agreement must be accepted explicitly to be signed");
		}
		DpaVersion version = currentOrFail();
		if (request.versionId() == null || !version.id().value().equals(request.versionId())) {
			throw RejectedException.conflict("versionId", "the version to sign is " + version.id());
		}
		requireNotSigned(organization, version);
		DpaDocument shown = documents.find(organization, version.id(), String.valueOf(request.documentSha256()))
			.orElseThrow(() -> RejectedException.conflict("documentSha256",
					"this is not the document shown for signature, or it has changed since: download it again"));
		CustomerBlock block = completed(request.customer());
		Instant now = clock.instant();
		DpaSignature evidence = new DpaSignature(UUID.randomUUID(), organization, version.id(), shown.id(),
				shown.sha256(), signerId, now, Fields.line("ipAddress", request.ipAddress(), 64),
				truncate(request.userAgent(), 500), block, null, null);
		String html = renderer.html(version, provider(), block, platform.regions())
				+ renderer.certificatePage(version, evidence, provider().legalName());
		byte[] sealed = signer.sign(renderer.pdf(version, html),
				"DPA " + version.id() + " signed by " + block.signerName() + " for " + block.companyName(), now);
		DpaSignature signature = new DpaSignature(evidence.id(), organization, version.id(), shown.id(), shown.sha256(),
				signerId, now, evidence.ipAddress(), evidence.userAgent(), block, sealed,
				DpaDocument.hexSha256(sealed));
		signatures.insert(signature);
		trail.record(TrailRecord.of("dpa.signed", organization, "dpa-signature", signature.id())
			.with("version", version.id())
			.with("documentSha256", shown.sha256()));
		events.publishEvent(new DpaSigned(organization, signature.id(), version.id()));
		return signature;
	}

	/** Refuses a second signature of one version, online or by hand. */
	void requireNotSigned(OrganizationId organization, DpaVersion version) {
		boolean byHand = uploads.of(organization)
			.stream()
			.anyMatch(
					upload -> upload.versionId().equals(version.id()) && upload.status() == DpaUpload.Status.ACCEPTED);
		if (signatures.exists(organization, version.id()) || byHand) {
			throw RejectedException.conflict("versionId", "this version is already signed for the organization");
		}
	}

	private static CustomerBlock completed(CustomerBlock block) {
		if (block == null) {
			throw RejectedException.invalid("companyName", "the customer block is required");
		}
		return new CustomerBlock(Fields.line("companyName", block.companyName(), 200),
				Fields.required("companyAddress", block.companyAddress(), 500),
				Fields.line("signerName", block.signerName(), 200),
				Fields.line("signerTitle", block.signerTitle(), 200), Fields.line("dpoName", block.dpoName(), 200),
				Fields.email("dpoEmail", block.dpoEmail()).value());
	}

	static String truncate(String value, int max) {
		String text = value == null || value.isBlank() ? "unknown" : value.strip();
		return text.length() > max ? text.substring(0, max) : text;
	}

	/**
	 * The current version, as HTML, filled for the organization: what its people read
	 * before signing.
	 */
	@Transactional(readOnly = true)
	public String html(OrganizationId organization) {
		DpaVersion version = currentOrFail();
		Optional<DpaSignature> signed = signatures.of(organization)
			.stream()
			.filter(signature -> signature.versionId().equals(version.id()))
			.findFirst();
		if (signed.isPresent()) {
			// signed online: the text as signed, with its certificate (who, when, the
			// evidence)
			return renderer.html(version, provider(), signed.get().customer(), platform.regions())
					+ renderer.certificatePage(version, signed.get(), provider().legalName());
		}
		return renderer.html(version, provider(), prefilled(accounts.organization(organization)), platform.regions());
	}

	/**
	 * For a customer bound by an older version, what accepting the current one changes;
	 * empty when it is bound by none or by the current one.
	 */
	@Transactional(readOnly = true)
	public Optional<DpaComparison> comparison(OrganizationId organization) {
		DpaStatus status = status(organization);
		if (status.state() != DpaStatus.State.SUPERSEDED) {
			return Optional.empty();
		}
		DpaVersion signed = version(status.signedVersion());
		DpaVersion pending = version(status.pendingVersion());
		CustomerBlock block = prefilled(accounts.organization(organization));
		return Optional.of(DpaComparison.of(signed, renderer.markdown(signed, provider(), block, platform.regions()),
				pending, renderer.markdown(pending, provider(), block, platform.regions())));
	}

	/**
	 * The current version as the PDF to sign, kept with its SHA-256: a signature must
	 * quote that hash, which proves which exact document the customer accepted.
	 */
	public DpaDocument documentToSign(OrganizationId organization) {
		DpaVersion version = currentOrFail();
		byte[] unsigned = renderer.pdf(version,
				renderer.html(version, provider(), prefilled(accounts.organization(organization)), platform.regions()),
				DocumentMatch.reference(organization, version.id()));
		String content = DpaDocument.hexSha256(unsigned);
		return documents.findByContent(organization, version.id(), content).orElseGet(() -> {
			// The provider signs first: the customer receives a document already signed
			// by the provider.
			Instant now = clock.instant();
			byte[] presigned = signer.sign(unsigned, "Pre-signed by " + provider().legalName(), now);
			DpaDocument document = new DpaDocument(UUID.randomUUID(), version.id(), DpaDocument.hexSha256(presigned),
					presigned, now);
			documents.insert(organization, document, content);
			return document;
		});
	}

	DpaVersion currentOrFail() {
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
