package io.article28.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.NewMember;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.StaffRole;
import io.article28.accounts.UserId;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.CustomerBlock;
import io.article28.agreements.DpaDocument;
import io.article28.agreements.SignatureRequest;
import io.article28.core.PageRequest;
import io.article28.subprocessors.NewSubprocessor;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.TransferSafeguard;
import io.article28.agreements.DpaTerms;
import io.article28.agreements.NewDpaVersion;
import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SubProcessingRegime;
import io.article28.platform.InvoiceStatus;
import io.article28.platform.PlatformManagement;
import io.article28.platform.App;
import io.article28.platform.ProviderProfile;
import io.article28.platform.Region;
import io.article28.datastores.DemoShop;
import io.article28.register.ActivityDescription;
import io.article28.register.RegisterManagement;

/**
 * Loads a small, coherent demo with {@code --demo} or {@code DEMO=true}: the provider,
 * its two regions, three customers with members, apps and invoices (one unpaid). Runs
 * once: a database that already has a provider profile is left alone.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	/** Every demo account signs in with this password. */
	static final String PASSWORD = "article28-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	private final AgreementManagement agreements;

	private final SubprocessorManagement subprocessors;

	private final RegisterManagement register;

	private final TransactionTemplate transactions;

	private final DemoShop demoShop;

	private final boolean enabled;

	DemoData(AccountManagement accounts, PlatformManagement platform, AgreementManagement agreements,
			SubprocessorManagement subprocessors, RegisterManagement register, TransactionTemplate transactions,
			DemoShop demoShop, @Value("${article28.demo:false}") boolean enabled) {
		this.accounts = accounts;
		this.platform = platform;
		this.agreements = agreements;
		this.subprocessors = subprocessors;
		this.register = register;
		this.transactions = transactions;
		this.demoShop = demoShop;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if ((enabled || args.containsOption("demo")) && platform.providerProfile().isEmpty()) {
			transactions.executeWithoutResult(status -> load());
			log.info("Demo data loaded: sign in as alice@acme-health.example or ops@nimbus.example, password {}",
					PASSWORD);
		}
	}

	/** All or nothing: a demo half loaded would only confuse. */
	void load() {
		platform.describeProvider(new ProviderProfile("Nimbus PaaS SAS", "1 rue de la Démo, 67000 Strasbourg, France",
				"RCS Strasbourg 000 000 000 (demo)", "Camille Martin", "dpo@nimbus.example", "support@nimbus.example"));
		List<String> datacenters = List.of("Paris-Pantin, France", "Magny-les-Hameaux, France");
		platform.defineRegion(new Region("osc-fr1", "OUTSCALE", "eu-west-2", datacenters,
				"OUTSCALE OOS object storage, eu-west-2, France (database and log backups)"));
		platform.defineRegion(new Region("osc-secnum-fr1", "OUTSCALE", "cloudgouv-eu-west-1", datacenters,
				"OUTSCALE OOS object storage, cloudgouv-eu-west-1, France (database and log backups)"));

		agreements.publish(new NewDpaVersion("2018-05", "Data Processing Agreement — 2018 edition",
				Instant.parse("2018-05-23T00:00:00Z"), resource("agreements/demo/dpa-2018.md"),
				new DpaTerms(SubProcessingRegime.PRIOR_WRITTEN_CONSENT, null, Set.of(), 1, 4, 30, 12,
						"the law of the Member State in which the Controller is established")));
		subprocessors.register(new NewSubprocessor("OUTSCALE", "OUTSCALE DPO, 1 rue Royale, 92210 Saint-Cloud, France",
				"Database hosting and backups", "Performance of the contract between the provider and OUTSCALE",
				"All of the customers' databases hosted on the platform", "FR",
				"Saint-Cloud (eu-west-2, cloudgouv-eu-west-1)", TransferSafeguard.NONE, null,
				List.of("osc-fr1", "osc-secnum-fr1"), List.of(LocalDate.of(2025, 6, 12))));
		subprocessors.register(new NewSubprocessor("Intercom, Inc.", "privacy@intercom.example, San Francisco, USA",
				"Support chat and analytics of the provider's website", "Legitimate interest of the provider",
				"Contact details and usage data of the customers' users", "US", "United States",
				TransferSafeguard.PRIVACY_SHIELD, "United States", List.of(), List.of()));
		subprocessors.register(new NewSubprocessor("Stripe Payments Europe Ltd", "Dublin, Ireland",
				"Card payments and invoicing", "Performance of the contract with the customer",
				"Billing contacts and payment data of the customers", "IE", "Dublin, Ireland",
				TransferSafeguard.SCC_2010, "Stripe, Inc., United States", List.of(), List.of()));

		register();

		accounts.createStaff("ops@nimbus.example", "Olivier Petit", StaffRole.ADMIN, PASSWORD);
		accounts.createStaff("dpo@nimbus.example", "Camille Martin", StaffRole.DPO, PASSWORD);
		accounts.createStaff("support@nimbus.example", "Sam Renaud", StaffRole.SUPPORT, PASSWORD);
		accounts.createStaff("security@nimbus.example", "Inès Garnier", StaffRole.SECURITY, PASSWORD);

		Organization acme = customer("Acme Health SAS", "billing@acme-health.example", "Léa Moreau",
				"dpo@acme-health.example");
		member(acme, "alice@acme-health.example", "Alice Durand", OrganizationRole.OWNER, true);
		member(acme, "bruno@acme-health.example", "Bruno Lefèvre", OrganizationRole.ADMIN, false);
		member(acme, "carla@acme-health.example", "Carla Nguyen", OrganizationRole.MEMBER, false);
		platform.registerApp(acme.id(), "acme-patient-portal", "osc-secnum-fr1", "https://acme-health.example/privacy",
				List.of("patients.acme-health.example"));
		App website = platform.registerApp(acme.id(), "acme-website", "osc-fr1", "https://acme-health.example/contact",
				List.of("acme-health.example", "acme-sante.example"));
		demoShop.create(acme.id(), website.id());
		platform.recordInvoice(acme.id(), "INV-2026-0917", 48_000, "EUR", LocalDate.of(2026, 10, 15),
				InvoiceStatus.PAID);
		platform.recordInvoice(acme.id(), "INV-2026-1017", 52_500, "EUR", LocalDate.of(2026, 11, 15),
				InvoiceStatus.UNPAID);

		Organization bakery = customer("Boulangerie Numérique SARL", "compta@boulangerie.example", "Hugo Bernard",
				"hugo@boulangerie.example");
		member(bakery, "hugo@boulangerie.example", "Hugo Bernard", OrganizationRole.OWNER, true);
		platform.registerApp(bakery.id(), "boulangerie-shop", "osc-fr1", "https://boulangerie.example/mentions",
				List.of("boulangerie.example"));
		platform.recordInvoice(bakery.id(), "INV-2026-1018", 9_900, "EUR", LocalDate.of(2026, 11, 15),
				InvoiceStatus.PAID);

		Organization civic = customer("Civic Data Lab", "finance@civicdata.example", "Nadia Haddad",
				"privacy@civicdata.example");
		member(civic, "nadia@civicdata.example", "Nadia Haddad", OrganizationRole.OWNER, true);
		member(civic, "tom@civicdata.example", "Tom Marchand", OrganizationRole.MEMBER, true);
		platform.registerApp(civic.id(), "civic-open-data", "osc-fr1", "https://civicdata.example/privacy",
				List.of("data.civicdata.example"));
		platform.registerApp(civic.id(), "civic-survey", "osc-secnum-fr1", null);
		platform.recordInvoice(civic.id(), "INV-2026-1019", 23_000, "EUR", LocalDate.of(2026, 11, 15),
				InvoiceStatus.PAID);

		// Civic Data Lab signed the 2018 edition, before the current one was published.
		// The bakery is on the current edition; Acme Health has signed nothing yet.
		sign(civic, "nadia@civicdata.example", "Nadia Haddad", "Director", "12 quai des Données, 69002 Lyon, France");
		agreements
			.publish(new NewDpaVersion("2022-03", "Data Processing Agreement", Instant.parse("2022-03-15T00:00:00Z"),
					resource("agreements/demo/dpa-current.md"), new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 8,
							EnumSet.allOf(ObjectionGround.class), 1, 4, 30, 12, "French law")));
		sign(bakery, "hugo@boulangerie.example", "Hugo Bernard", "Manager", "3 rue du Four, 67000 Strasbourg, France");
	}

	/**
	 * The processing the demo provider carries out for its customers, as its current DPA
	 * states it, and its security measures in general terms.
	 */
	private void register() {
		register.addActivity(new ActivityDescription(
				"People whose personal data the customer processes in the apps it hosts on the platform",
				"Hosting the customer's apps, databases and files to provide the platform's services under the contract",
				"Collection, storage, adaptation, use, transmission, erasure or destruction",
				"Performance of the contract", "Any category, depending on what the customer processes as controller",
				"The term of the contract plus 30 days to return the data, or a shorter period the customer asks for"));
		register.addActivity(new ActivityDescription(
				"People whose personal data the provider handles when it advises or supports the customer",
				"Customer support and commercial assistance",
				"Collection, storage, adaptation, use, transmission, erasure or destruction",
				"Performance of the contract", "Any category, depending on what the customer sends as controller",
				"The term of the contract, or until the person asks, plus 30 days to return the data; shorter if the customer asks"));
		register.describeSecurityMeasures(
				"""
						Encryption of personal data in transit and at rest across the platform.
						Tools and expertise to help customers anonymize or pseudonymize their data.
						Detection of personal data breaches, and procedures to contain them and limit their effects.
						Staff with access to customer databases bound to confidentiality and to process data only as the customer instructs.
						Erasure of personal data at the end of the retention period the customer sets.
						Logs of operations on personal data kept for 12 months.
						Additional measures for health data hosted under the health data hosting (HDS) offer.""");
	}

	private void sign(Organization organization, String signerEmail, String signerName, String title, String address) {
		DpaDocument shown = agreements.documentToSign(organization.id());
		var dpo = accounts.organization(organization.id()).dpoContact().orElseThrow();
		UserId signer = accounts.members(organization.id(), PageRequest.of(0, 10))
			.items()
			.stream()
			.filter(member -> member.email().value().equals(signerEmail))
			.findFirst()
			.orElseThrow()
			.id();
		agreements.sign(organization.id(), signer,
				new SignatureRequest(
						shown.versionId().value(), shown.sha256(), new CustomerBlock(organization.name(), address,
								signerName, title, dpo.name(), dpo.email().value()),
						true, "127.0.0.1", "Article 28 demo data"));
	}

	private static String resource(String path) {
		try (var in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("the demo DPA text " + path + " is missing", ex);
		}
	}

	private Organization customer(String name, String billingEmail, String dpoName, String dpoEmail) {
		Organization organization = accounts.createOrganization(name, billingEmail, null);
		return accounts.changeDpoContact(organization.id(), dpoName, dpoEmail, null);
	}

	private void member(Organization organization, String email, String name, OrganizationRole role,
			boolean canExport) {
		accounts.addMember(organization.id(), new NewMember(email, name, role, canExport, PASSWORD), null);
	}

}
