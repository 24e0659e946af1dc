package io.article28.incidents;

/**
 * What kind of order an authority served: a subpoena, an order of a court, of an
 * administrative agency or of an arbitral tribunal, a warrant, or something else.
 */
public enum DemandType {

	SUBPOENA, COURT_ORDER, AGENCY_ORDER, ARBITRAL_ORDER, WARRANT, OTHER

}
