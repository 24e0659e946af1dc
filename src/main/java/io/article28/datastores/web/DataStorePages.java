package io.article28.datastores.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.core.FormError;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.datastores.Category;
import io.article28.datastores.ColumnClassification;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreId;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.Discovery;
import io.article28.datastores.EmailMatch;
import io.article28.datastores.ErasureRule;
import io.article28.datastores.RestrictionColumn;
import io.article28.datastores.Engine;
import io.article28.datastores.TlsMode;
import io.article28.platform.App;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;

/**
 * The page of an organization's data stores: each with its address and its last
 * connection check, a button to check it now, and, where customers add their own stores,
 * the form to add one.
 */
@Controller
class DataStorePages {

	/** The add form as typed, without its password, to fill it again after a refusal. */
	record StoreForm(UUID appId, String label, Engine engine, String host, Integer port, String database,
			String username, String password, TlsMode tlsMode) implements Serializable {

		StoreForm withoutPassword() {
			return new StoreForm(appId, label, engine, host, port, database, username, null, tlsMode);
		}

		static StoreForm empty() {
			return new StoreForm(null, null, Engine.POSTGRESQL, null, null, null, null, null, TlsMode.REQUIRE);
		}
	}

	record Row(DataStore store, String appName) {
	}

	/**
	 * How long the page of a store waits before it looks again at a discovery under way.
	 */
	static final int REFRESH_SECONDS = 3;

	/** How many changes of a discovery its page lists; the API gives more. */
	static final int MAX_CHANGES_SHOWN = 100;

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	private final PlatformManagement platform;

	private final OrganizationAccess access;

	DataStorePages(DataStoreManagement dataStores, DataMapManagement dataMaps, PlatformManagement platform,
			OrganizationAccess access) {
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.platform = platform;
		this.access = access;
	}

	@GetMapping("/data-stores")
	String own(@AuthenticationPrincipal CurrentUser user) {
		return user.membership()
			.map(membership -> "redirect:/organizations/" + membership.organizationId() + "/data-stores")
			.orElse("redirect:/staff/organizations");
	}

	@GetMapping("/organizations/{orgId}/data-stores")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		var stores = dataStores.stores(organization, PageRequest.of(page, 25));
		List<App> apps = platform.apps(organization, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
		Map<AppId, String> appNames = apps.stream().collect(Collectors.toMap(App::id, App::name));
		boolean mayManage = access.mayManage(user, organization);
		model.addAttribute("organizationId", orgId);
		model.addAttribute("stores", stores);
		model.addAttribute("rows",
				stores.items()
					.stream()
					.map(store -> new Row(store, appNames.getOrDefault(store.appId(), "—")))
					.toList());
		model.addAttribute("apps", apps);
		model.addAttribute("mayManage", mayManage);
		model.addAttribute("mayAdd", mayManage && dataStores.customerManaged() && !user.isStaff());
		model.addAttribute("mayRemove", mayManage && (dataStores.customerManaged() || user.isStaff()));
		model.addAttribute("engines", List.of(Engine.POSTGRESQL, Engine.MARIADB));
		model.addAttribute("tlsModes", TlsMode.values());
		model.addAttribute("staffView", user.isStaff());
		if (!model.containsAttribute("storeForm")) {
			model.addAttribute("storeForm", StoreForm.empty());
		}
		return "datastores/list";
	}

	/**
	 * One store: its definition and last check, its latest discovery (the page refreshes
	 * itself while one is under way) and the tables it found, a page at a time.
	 */
	@GetMapping("/organizations/{orgId}/data-stores/{storeId}")
	String store(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		DataStoreId id = new DataStoreId(storeId);
		DataStore store = dataStores.get(organization, id);
		var latest = dataMaps.latestDiscovery(organization, id);
		if (latest.map(Discovery::inProgress).orElse(false)) {
			response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
		}
		model.addAttribute("organizationId", orgId);
		model.addAttribute("store", store);
		model.addAttribute("appName", platform.app(store.appId()).map(App::name).orElse("—"));
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("changes",
				latest.filter(discovery -> discovery.changes() != null)
					.map(discovery -> dataMaps.changes(organization, id, discovery.id(), MAX_CHANGES_SHOWN))
					.orElse(List.of()));
		model.addAttribute("snapshot", dataMaps.snapshot(organization, id, PageRequest.of(page, 25)).orElse(null));
		model.addAttribute("categoryCounts", dataMaps.categoryCounts(organization, id));
		model.addAttribute("map", dataMaps.dataMap(organization, id).orElse(null));
		model.addAttribute("erasure",
				dataMaps.erasureRules(organization, id)
					.stream()
					.collect(Collectors.toMap(ErasureRule::qualifiedName, rule -> rule)));
		model.addAttribute("erasureActions", ErasureRule.Action.values());
		model.addAttribute("restrictions",
				dataMaps.restrictionColumns(organization, id)
					.stream()
					.collect(Collectors.toMap(RestrictionColumn::qualifiedName, column -> column)));
		model.addAttribute("toReviewCount",
				dataMaps
					.columns(organization, id, new DataMapManagement.ColumnFilter(null, null, true),
							PageRequest.of(0, 1))
					.totalItems());
		model.addAttribute("mayManage", access.mayManage(user, organization));
		model.addAttribute("staffView", user.isStaff());
		return "datastores/store";
	}

	/**
	 * The store's columns with their categories, filtered as asked, each with a form to
	 * review it for the managers.
	 */
	@GetMapping("/organizations/{orgId}/data-stores/{storeId}/columns")
	String columns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestParam(required = false) Category category, @RequestParam(required = false) Integer minConfidence,
			@RequestParam(defaultValue = "false") boolean toReview, @RequestParam(defaultValue = "0") int page,
			Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		DataStoreId id = new DataStoreId(storeId);
		model.addAttribute("organizationId", orgId);
		model.addAttribute("store", dataStores.get(organization, id));
		model.addAttribute("columns", dataMaps.columns(organization, id,
				new DataMapManagement.ColumnFilter(category, minConfidence, toReview), PageRequest.of(page, 50)));
		model.addAttribute("categories", Category.values());
		model.addAttribute("category", category);
		model.addAttribute("minConfidence", minConfidence);
		model.addAttribute("toReview", toReview);
		model.addAttribute("back",
				"?toReview=" + toReview + "&page=" + page + (category == null ? "" : "&category=" + category)
						+ (minConfidence == null ? "" : "&minConfidence=" + minConfidence));
		model.addAttribute("mayManage", access.mayManage(user, organization));
		model.addAttribute("staffView", user.isStaff());
		return "datastores/columns";
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/columns/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestParam String schema, @RequestParam String table, @RequestParam String column,
			@RequestParam(required = false) Category category, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		try {
			dataMaps.review(new OrganizationId(orgId), new DataStoreId(storeId),
					new ColumnClassification.Ref(schema, table, column), category, user.id());
			redirect.addFlashAttribute("notice", "datastores.columns.reviewed");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("review", ex));
		}
		String list = "/organizations/" + orgId + "/data-stores/" + storeId + "/columns";
		// back to the same filtered page: only a query string of this list is taken
		return "redirect:" + list + (back != null && back.startsWith("?") && !back.contains("//") ? back : "");
	}

	/**
	 * Declares a subject table ({@code schema.table}) with its identity columns,
	 * comma-separated.
	 */
	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/subjects")
	String declareSubject(@PathVariable UUID orgId, @PathVariable UUID storeId, @RequestParam String table,
			@RequestParam(defaultValue = "") String identityColumns,
			@RequestParam(defaultValue = "IGNORE_CASE") EmailMatch emailMatch, RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.map.subjectDeclared", "subject",
				() -> dataMaps.declareSubject(new OrganizationId(orgId), new DataStoreId(storeId), schemaOf(table),
						nameOf(table),
						List.of(identityColumns.split("\\s*,\\s*"))
							.stream()
							.filter(column -> !column.isBlank())
							.map(String::strip)
							.toList(),
						emailMatch));
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/subjects/remove")
	String removeSubject(@PathVariable UUID orgId, @PathVariable UUID storeId, @RequestParam String schema,
			@RequestParam String table, RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.map.subjectRemoved", "subject",
				() -> dataMaps.removeSubject(new OrganizationId(orgId), new DataStoreId(storeId), schema, table));
	}

	/**
	 * Declares a link from a column to another table's column, each written
	 * {@code schema.table.column}.
	 */
	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/links")
	String declareLink(@PathVariable UUID orgId, @PathVariable UUID storeId, @RequestParam String from,
			@RequestParam String to, RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.map.linkDeclared", "link", () -> dataMaps
			.declareLink(new OrganizationId(orgId), new DataStoreId(storeId), column("from", from), column("to", to)));
	}

	/**
	 * Says what erasure does to a table ({@code schema.table}): its action, its reason,
	 * and for an anonymization a line per column, {@code column: NULL},
	 * {@code FIXED value}, {@code PSEUDONYM} or {@code KEEP reason}.
	 */
	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/erasure-rules")
	String setErasureRule(@PathVariable UUID orgId, @PathVariable UUID storeId, @RequestParam String table,
			@RequestParam(required = false) ErasureRule.Action action, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "") String columns, RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.erasure.saved", "erasure",
				() -> dataMaps.setErasureRule(new OrganizationId(orgId), new DataStoreId(storeId), new ErasureRule(
						schemaOf(table), nameOf(table), action, reason, ErasureRule.columnsFromLines(columns))));
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/erasure-rules/remove")
	String removeErasureRule(@PathVariable UUID orgId, @PathVariable UUID storeId, @RequestParam String schema,
			@RequestParam String table, RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.erasure.removed", "erasure",
				() -> dataMaps.removeErasureRule(new OrganizationId(orgId), new DataStoreId(storeId), schema, table));
	}

	/** Names the restriction column of a table ({@code schema.table}). */
	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/restriction-columns")
	String setRestrictionColumn(@PathVariable UUID orgId, @PathVariable UUID storeId, @RequestParam String table,
			@RequestParam(defaultValue = "") String column, RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.restriction.saved", "restriction",
				() -> dataMaps.setRestrictionColumn(new OrganizationId(orgId), new DataStoreId(storeId),
						schemaOf(table), nameOf(table), column.strip()));
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/restriction-columns/remove")
	String removeRestrictionColumn(@PathVariable UUID orgId, @PathVariable UUID storeId, @RequestParam String schema,
			@RequestParam String table, RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.restriction.removed", "restriction", () -> dataMaps
			.removeRestrictionColumn(new OrganizationId(orgId), new DataStoreId(storeId), schema, table));
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/links/{linkId}/remove")
	String removeLink(@PathVariable UUID orgId, @PathVariable UUID storeId, @PathVariable UUID linkId,
			RedirectAttributes redirect) {
		return onTheMap(orgId, storeId, redirect, "datastores.map.linkRemoved", "link",
				() -> dataMaps.removeLink(new OrganizationId(orgId), new DataStoreId(storeId), linkId));
	}

	/**
	 * Does the change to the map, back to the map with a notice, or with the refusal on
	 * its form.
	 */
	private static String onTheMap(UUID orgId, UUID storeId, RedirectAttributes redirect, String notice, String form,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of(form, ex));
		}
		return "redirect:/organizations/" + orgId + "/data-stores/" + storeId + "#map-heading";
	}

	private static String schemaOf(String qualified) {
		int dot = qualified.lastIndexOf('.');
		return dot < 0 ? "" : qualified.substring(0, dot);
	}

	private static String nameOf(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

	private static ColumnClassification.Ref column(String field, String written) {
		String[] parts = written.strip().split("\\.");
		if (parts.length != 3) {
			throw RejectedException.invalid(field, "write the column as schema.table.column");
		}
		return new ColumnClassification.Ref(parts[0], parts[1], parts[2]);
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/discoveries")
	String discover(@PathVariable UUID orgId, @PathVariable UUID storeId, RedirectAttributes redirect) {
		dataMaps.requestDiscovery(new OrganizationId(orgId), new DataStoreId(storeId));
		redirect.addFlashAttribute("notice", "datastores.discovery.requested");
		return "redirect:/organizations/" + orgId + "/data-stores/" + storeId;
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores")
	String add(@PathVariable UUID orgId, @ModelAttribute StoreForm form, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			if (form.appId() == null) {
				throw RejectedException.invalid("appId", "choose one of the organization's apps");
			}
			dataStores.add(organization, new AppId(form.appId()),
					new DataStore.Definition(form.label(), form.engine(), form.host(),
							form.port() == null ? 0 : form.port(), form.database(), form.username(), form.tlsMode()),
					form.password());
			redirect.addFlashAttribute("notice", "datastores.added");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("storeForm", form.withoutPassword());
			redirect.addFlashAttribute("formError", FormError.of("add", ex));
		}
		return back(orgId);
	}

	/**
	 * Checks the store, back to the page it was asked from: the list or the store's own.
	 */
	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/check")
	String check(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestParam(defaultValue = "false") boolean fromStore, RedirectAttributes redirect) {
		var check = dataStores.check(new OrganizationId(orgId), new DataStoreId(storeId));
		redirect.addFlashAttribute("notice", check.connected() ? "datastores.check.ok" : "datastores.check.failed");
		return fromStore ? "redirect:/organizations/" + orgId + "/data-stores/" + storeId
				: back(orgId) + "#store-" + storeId;
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/data-stores/{storeId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID storeId,
			RedirectAttributes redirect) {
		try {
			dataStores.remove(user.isStaff(), new OrganizationId(orgId), new DataStoreId(storeId));
			redirect.addFlashAttribute("notice", "datastores.removed");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("store-" + storeId, ex));
		}
		return back(orgId);
	}

	private static String back(UUID orgId) {
		return "redirect:/organizations/" + orgId + "/data-stores";
	}

}
