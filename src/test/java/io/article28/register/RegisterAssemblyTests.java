package io.article28.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.DpoContact;
import io.article28.accounts.OrganizationId;
import io.article28.core.EmailAddress;
import io.article28.datastores.Category;
import io.article28.datastores.DataStoreId;
import io.article28.datastores.Engine;
import io.article28.datastores.StoreInventory;
import io.article28.platform.App;
import io.article28.platform.AppId;
import io.article28.platform.Region;
import io.article28.register.ProcessingRegister.Controller;
import io.article28.register.ProcessingRegister.RegionUse;
import io.article28.register.ProcessingRegister.StoredData;
import io.article28.register.ProcessingRegister.SubprocessorLink;
import io.article28.register.ProcessingRegister.Transfer;
import io.article28.subprocessors.Subprocessor;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.SubprocessorStatus;
import io.article28.subprocessors.TransferSafeguard;

/**
 * A controller's entry comes from its apps, the regions, the sub-processors and the DPA
 * it signed: nothing is typed for it.
 */
class RegisterAssemblyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static final Region PARIS = new Region("osc-fr1", "OUTSCALE", "eu-west-2", List.of("Pantin, France"),
			"object storage, France");

	private static final Region SECNUM = new Region("osc-secnum-fr1", "OUTSCALE", "cloudgouv-eu-west-1",
			List.of("Magny, France"), "object storage, cloudgouv, France");

	private static final OrganizationId ORG = OrganizationId.random();

	private final SubprocessorManagement.Entry hosting = entry("Hosting SAS", "FR", TransferSafeguard.NONE, null,
			List.of("osc-secnum-fr1"), SubprocessorStatus.ACTIVE);

	private final SubprocessorManagement.Entry chat = entry("Chat Inc.", "US", TransferSafeguard.PRIVACY_SHIELD,
			"United States", List.of(), SubprocessorStatus.ACTIVE);

	private final SubprocessorManagement.Entry payments = entry("Payments Ltd", "IE", TransferSafeguard.SCC_2010,
			"Payments, Inc., United States", List.of(), SubprocessorStatus.ACTIVE);

	private final SubprocessorManagement.Entry mail = entry("Mail GmbH", "DE", TransferSafeguard.NONE, null, List.of(),
			SubprocessorStatus.PLANNED);

	private final RegisterAssembly assembly = new RegisterAssembly(List.of(PARIS, SECNUM),
			List.of(hosting, chat, payments, mail),
			new RegisterAssembly.Agreements(Map.of("2018-05", "DPA 2018", "2022-03", "DPA"), "2022-03"));

	@Test
	void aControllerUsesTheRegionsOfItsAppsWithTheirDataLocations() {
		Controller controller = controller("2022-03", app("portal", "osc-secnum-fr1"), app("site", "osc-fr1"),
				app("blog", "osc-fr1"));

		assertThat(controller.regions()).extracting(RegionUse::code).containsExactly("osc-fr1", "osc-secnum-fr1");
		assertThat(controller.regions().get(0).apps()).containsExactly("blog", "site");
		assertThat(controller.regions().get(1).datacenters()).containsExactly("Magny, France");
		assertThat(controller.regions().get(1).backupLocation()).isEqualTo("object storage, cloudgouv, France");
	}

	@Test
	void aSubprocessorForNoRegionServesEveryControllerOneForARegionOnlyThoseWithAppsThere() {
		assertThat(controller("2022-03", app("site", "osc-fr1")).subprocessors()).extracting(SubprocessorLink::name)
			.containsExactly("Chat Inc.", "Payments Ltd");
		assertThat(controller("2022-03", app("portal", "osc-secnum-fr1")).subprocessors())
			.extracting(SubprocessorLink::name)
			.containsExactly("Hosting SAS", "Chat Inc.", "Payments Ltd");
	}

	@Test
	void aSubprocessorAnnouncedButNotInEffectIsNotInTheChainYet() {
		assertThat(controller("2022-03", app("site", "osc-fr1")).subprocessors()).extracting(SubprocessorLink::name)
			.doesNotContain("Mail GmbH");
	}

	@Test
	void transfersOutsideTheEeaAreListedWithTheirSafeguardAndFlaggedWhenItNoLongerStands() {
		Controller controller = controller("2022-03", app("portal", "osc-secnum-fr1"));

		assertThat(controller.transfers()).extracting(Transfer::subprocessor)
			.containsExactly("Chat Inc.", "Payments Ltd");
		Transfer chatTransfer = controller.transfers().get(0);
		assertThat(chatTransfer.destination()).isEqualTo("United States");
		assertThat(chatTransfer.safeguard()).isEqualTo("PRIVACY_SHIELD");
		assertThat(chatTransfer.flagged()).isTrue();
		assertThat(chatTransfer.flaggedSince()).isEqualTo(LocalDate.of(2020, 7, 16));
		Transfer paymentsTransfer = controller.transfers().get(1);
		assertThat(paymentsTransfer.destination()).isEqualTo("Payments, Inc., United States");
		assertThat(paymentsTransfer.flagged()).isTrue();
		assertThat(controller.flaggedTransfers()).hasSize(2);
	}

	@Test
	void aSubprocessorInTheEeaWithoutSafeguardIsNoTransfer() {
		assertThat(RegisterAssembly.transfersOutsideEea(hosting)).isFalse();
		assertThat(RegisterAssembly.transfersOutsideEea(payments)).isTrue();
		assertThat(RegisterAssembly.transfersOutsideEea(chat)).isTrue();
	}

	@Test
	void theSignedVersionIsNamedSupersededWhenANewerOneIsCurrentAndNotSignedWhenNone() {
		assertThat(controller("2022-03").agreement())
			.isEqualTo(new ProcessingRegister.Agreement("2022-03", "DPA", "SIGNED"));
		assertThat(controller("2018-05").agreement().state()).isEqualTo("SUPERSEDED");
		ProcessingRegister.Agreement none = controller(null).agreement();
		assertThat(none.signed()).isFalse();
		assertThat(none.state()).isEqualTo("NONE");
	}

	@Test
	void theControllersDpoIsTakenFromItsAccountAndLeftEmptyWhenNotNamed() {
		Controller named = assembly.controller(ORG, "Acme",
				Optional.of(new DpoContact("Léa", new EmailAddress("dpo@acme.example"))), null, List.of(), List.of());
		assertThat(named.dpo()).isEqualTo(new ProcessingRegister.Contact("Léa", "dpo@acme.example"));
		assertThat(controller(null).dpo().name()).isNull();
	}

	@Test
	void aControllerWithoutAppsUsesNoRegionAndOnlyTheSubprocessorsOfEveryRegion() {
		Controller controller = controller(null);
		assertThat(controller.regions()).isEmpty();
		assertThat(controller.subprocessors()).extracting(SubprocessorLink::name)
			.containsExactly("Chat Inc.", "Payments Ltd");
	}

	private Controller controller(String version, App... apps) {
		return assembly.controller(ORG, "Acme", Optional.empty(), version, List.of(apps), List.of());
	}

	@Test
	void eachDataStoreOfTheControllersAppsIsListedWithItsAppRegionAndTheCategoriesFoundInIt() {
		App site = app("site", "osc-fr1");
		App portal = app("portal", "osc-secnum-fr1");
		StoreInventory shop = store(site, "shop", Instant.parse("2026-11-02T10:00:00Z"), 3, Category.EMAIL,
				Category.PHONE);
		StoreInventory crm = store(portal, "crm", Instant.parse("2026-11-03T10:00:00Z"), 0, Category.EMAIL,
				Category.SPECIAL);
		StoreInventory neverDiscovered = store(site, "archive", null, 0);
		StoreInventory otherApps = store(app("elsewhere", "osc-fr1"), "other", Instant.parse("2026-11-03T10:00:00Z"), 0,
				Category.BANK_PAYMENT);

		Controller controller = assembly.controller(ORG, "Acme", Optional.empty(), null, List.of(site, portal),
				List.of(shop, crm, neverDiscovered, otherApps));

		assertThat(controller.dataStores()).containsExactly(
				new StoredData("portal", "osc-secnum-fr1", "crm", "POSTGRESQL", Instant.parse("2026-11-03T10:00:00Z"),
						List.of(Category.EMAIL, Category.SPECIAL), 0),
				new StoredData("site", "osc-fr1", "archive", "POSTGRESQL", null, List.of(), 0),
				new StoredData("site", "osc-fr1", "shop", "POSTGRESQL", Instant.parse("2026-11-02T10:00:00Z"),
						List.of(Category.EMAIL, Category.PHONE), 3));
		assertThat(controller.categoriesFound()).containsExactly(Category.EMAIL, Category.PHONE, Category.SPECIAL);
	}

	private static StoreInventory store(App app, String label, Instant discoveredAt, long toReview,
			Category... categories) {
		return new StoreInventory(new DataStoreId(UUID.randomUUID()), ORG, app.id(), label, Engine.POSTGRESQL,
				discoveredAt, List.of(categories), toReview, List.of(), null);
	}

	private static App app(String name, String region) {
		return new App(new AppId(UUID.randomUUID()), ORG, name, region, URI.create("https://acme.example"),
				Instant.parse("2026-01-01T00:00:00Z"));
	}

	private static SubprocessorManagement.Entry entry(String name, String country, TransferSafeguard safeguard,
			String destination, List<String> regions, SubprocessorStatus status) {
		Subprocessor subprocessor = new Subprocessor(UUID.randomUUID(), name, "contact", "purpose", "contract", "data",
				country, "somewhere", safeguard, destination, regions, List.of(), Instant.parse("2026-01-01T00:00:00Z"),
				status);
		return new SubprocessorManagement.Entry(subprocessor, subprocessor.transfers(TODAY));
	}

}
