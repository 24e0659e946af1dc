package io.article28.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.StringReader;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.PageRequest;

@IntegrationTest
class PlatformImportIntegrationTests {

	@Autowired
	PlatformImport imports;

	@Autowired
	PlatformManagement platform;

	@Autowired
	Tenants tenants;

	@Test
	void aValidFileImportsEveryRow() {
		var tenant = tenants.create();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String csv = """
				organization,name,region,contact_url
				%s,first-%s,osc-fr1,https://t.example/privacy
				"%s",second-%s,osc-secnum-fr1,
				""".formatted(tenant.id(), tag, tenant.organization().name(), tag);
		assertThat(imports.importCsv(PlatformImport.Kind.APPS, new StringReader(csv))).isEqualTo(2);
		assertThat(platform.apps(tenant.organization().id(), PageRequest.of(0, 10)).items()).extracting(App::name)
			.containsExactlyInAnyOrder("first-" + tag, "second-" + tag);
	}

	@Test
	void anAppsFileMayGiveTheirDomainsInAFifthColumn() {
		var tenant = tenants.create();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String csv = """
				organization,name,region,contact_url,domains
				%s,web-%s,osc-fr1,,web-%s.example; www.web-%s.example
				%s,api-%s,osc-fr1,
				""".formatted(tenant.id(), tag, tag, tag, tenant.id(), tag);
		assertThat(imports.importCsv(PlatformImport.Kind.APPS, new StringReader(csv))).isEqualTo(2);
		App web = platform.appNamed("web-" + tag).orElseThrow();
		assertThat(platform.domains(web.id())).extracting(AppDomain::value)
			.containsExactly("web-" + tag + ".example", "www.web-" + tag + ".example");
		assertThat(platform.domains(platform.appNamed("api-" + tag).orElseThrow().id())).isEmpty();

		String clash = """
				organization,name,region,contact_url,domains
				%s,copy-%s,osc-fr1,,web-%s.example
				""".formatted(tenant.id(), tag, tag);
		assertThatExceptionOfType(PlatformImport.ImportRejected.class)
			.isThrownBy(() -> imports.importCsv(PlatformImport.Kind.APPS, new StringReader(clash)))
			.satisfies(rejected -> assertThat(rejected.errors()).singleElement()
				.satisfies(error -> assertThat(error.column()).isEqualTo("domains")));
		assertThat(platform.appNamed("copy-" + tag)).isEmpty();
	}

	@Test
	void oneBadLineRefusesTheWholeFileAndNamesLineAndColumn() {
		var tenant = tenants.create();
		String csv = """
				organization,number,amount_cents,currency,due_date,status
				%s,OK-%s,1000,EUR,2026-12-01,PAID
				%s,BAD-%s,1000,EUR,01/12/2026,PAID
				""".formatted(tenant.id(), UUID.randomUUID(), tenant.id(), UUID.randomUUID());
		assertThatExceptionOfType(PlatformImport.ImportRejected.class)
			.isThrownBy(() -> imports.importCsv(PlatformImport.Kind.INVOICES, new StringReader(csv)))
			.satisfies(rejected -> assertThat(rejected.errors()).singleElement().satisfies(error -> {
				assertThat(error.line()).isEqualTo(3);
				assertThat(error.column()).isEqualTo("due_date");
			}));
		assertThat(platform.invoices(tenant.organization().id(), PageRequest.of(0, 10)).totalItems()).isZero();
	}

	@Test
	void aCellWithAControlCharacterRefusesTheFileAndNamesLineAndColumn() {
		var tenant = tenants.create();
		String csv = "organization,name,region,contact_url\n%s,nul\u0000-%s,osc-fr1,\n".formatted(tenant.id(),
				UUID.randomUUID().toString().substring(0, 8));
		assertThatExceptionOfType(PlatformImport.ImportRejected.class)
			.isThrownBy(() -> imports.importCsv(PlatformImport.Kind.APPS, new StringReader(csv)))
			.satisfies(rejected -> assertThat(rejected.errors()).singleElement().satisfies(error -> {
				assertThat(error.line()).isEqualTo(2);
				assertThat(error.column()).isEqualTo("name");
				assertThat(error.message()).contains("U+0000");
			}));
		assertThat(platform.apps(tenant.organization().id(), PageRequest.of(0, 10)).items()).isEmpty();
	}

	@Test
	void anUnknownOrganizationIsReported() {
		String csv = """
				organization,name,region,contact_url
				No Such Company,orphan-app,osc-fr1,
				""";
		assertThatExceptionOfType(PlatformImport.ImportRejected.class)
			.isThrownBy(() -> imports.importCsv(PlatformImport.Kind.APPS, new StringReader(csv)))
			.satisfies(rejected -> assertThat(rejected.errors()).singleElement()
				.satisfies(error -> assertThat(error.column()).isEqualTo("organization")));
	}

	@Test
	void regionsAreImportedWithTheirDatacenters() {
		String code = "csv-" + UUID.randomUUID().toString().substring(0, 8);
		String csv = """
				code,infrastructure_provider,provider_region,datacenters,backup_location
				%s,Infra,zone-a,Lyon; Marseille,Lyon vault
				""".formatted(code);
		imports.importCsv(PlatformImport.Kind.REGIONS, new StringReader(csv));
		assertThat(platform.regions()).filteredOn(region -> region.code().equals(code))
			.singleElement()
			.satisfies(region -> assertThat(region.datacenters()).containsExactly("Lyon", "Marseille"));
	}

}
