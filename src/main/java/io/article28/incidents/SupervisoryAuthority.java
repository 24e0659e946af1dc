package io.article28.incidents;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A data protection supervisory authority of an EU or EEA member state, to which a
 * controller notifies a breach. A state with several authorities (Germany's are per Land)
 * is listed with the one that points to the others.
 */
public record SupervisoryAuthority(String country, String state, String name, URI website) {

	private static final List<SupervisoryAuthority> ALL = List.of(
			of("AT", "Austria", "Österreichische Datenschutzbehörde", "https://www.dsb.gv.at"),
			of("BE", "Belgium", "Autorité de protection des données / Gegevensbeschermingsautoriteit",
					"https://www.dataprotectionauthority.be"),
			of("BG", "Bulgaria", "Commission for Personal Data Protection", "https://www.cpdp.bg"),
			of("HR", "Croatia", "Agencija za zaštitu osobnih podataka", "https://azop.hr"),
			of("CY", "Cyprus", "Commissioner for Personal Data Protection", "https://www.dataprotection.gov.cy"),
			of("CZ", "Czechia", "Úřad pro ochranu osobních údajů", "https://uoou.gov.cz"),
			of("DK", "Denmark", "Datatilsynet", "https://www.datatilsynet.dk"),
			of("EE", "Estonia", "Andmekaitse Inspektsioon", "https://www.aki.ee"),
			of("FI", "Finland", "Tietosuojavaltuutetun toimisto", "https://tietosuoja.fi"),
			of("FR", "France", "Commission nationale de l'informatique et des libertés (CNIL)", "https://www.cnil.fr"),
			of("DE", "Germany",
					"Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (and the authorities of the Länder)",
					"https://www.bfdi.bund.de"),
			of("GR", "Greece", "Hellenic Data Protection Authority", "https://www.dpa.gr"),
			of("HU", "Hungary", "Nemzeti Adatvédelmi és Információszabadság Hatóság", "https://naih.hu"),
			of("IS", "Iceland", "Persónuvernd", "https://www.personuvernd.is"),
			of("IE", "Ireland", "Data Protection Commission", "https://www.dataprotection.ie"),
			of("IT", "Italy", "Garante per la protezione dei dati personali", "https://www.garanteprivacy.it"),
			of("LV", "Latvia", "Datu valsts inspekcija", "https://www.dvi.gov.lv"),
			of("LI", "Liechtenstein", "Datenschutzstelle", "https://www.datenschutzstelle.li"),
			of("LT", "Lithuania", "Valstybinė duomenų apsaugos inspekcija", "https://vdai.lrv.lt"),
			of("LU", "Luxembourg", "Commission nationale pour la protection des données", "https://cnpd.public.lu"),
			of("MT", "Malta", "Information and Data Protection Commissioner", "https://idpc.org.mt"),
			of("NL", "Netherlands", "Autoriteit Persoonsgegevens", "https://www.autoriteitpersoonsgegevens.nl"),
			of("NO", "Norway", "Datatilsynet", "https://www.datatilsynet.no"),
			of("PL", "Poland", "Urząd Ochrony Danych Osobowych", "https://uodo.gov.pl"),
			of("PT", "Portugal", "Comissão Nacional de Proteção de Dados", "https://www.cnpd.pt"),
			of("RO", "Romania", "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
					"https://www.dataprotection.ro"),
			of("SK", "Slovakia", "Úrad na ochranu osobných údajov Slovenskej republiky",
					"https://dataprotection.gov.sk"),
			of("SI", "Slovenia", "Informacijski pooblaščenec", "https://www.ip-rs.si"),
			of("ES", "Spain", "Agencia Española de Protección de Datos", "https://www.aepd.es"),
			of("SE", "Sweden", "Integritetsskyddsmyndigheten", "https://www.imy.se"));

	private static SupervisoryAuthority of(String country, String state, String name, String website) {
		return new SupervisoryAuthority(country, state, name, URI.create(website));
	}

	/** One authority for each of the 27 EU and 3 EEA states, by the state's name. */
	public static List<SupervisoryAuthority> all() {
		return ALL.stream().sorted(Comparator.comparing(SupervisoryAuthority::state)).toList();
	}

	/** The authority of a member state, by its ISO 3166 code. */
	public static Optional<SupervisoryAuthority> of(String country) {
		return ALL.stream().filter(authority -> authority.country().equals(country)).findFirst();
	}

}
