// The order form: plain ES modules on top of the package in pkg/. The page knows no zone; the
// fields of each zone, their conditions, formats and messages come from the engine.
import init, { checkDomain, checkOrder, checkZoneRecords, contactSchema, countries, explainError, formSchema, versions, zoneInfo } from "../pkg/domain_rules.js";
import { LANGUAGES, t } from "./i18n.js";
import { contactState, formatOf, isAsked, isRequired, mentionsAdmin } from "./schema.js";

await init();
// The first check of an order reads the country tables (and the browser compiles the functions it
// runs on their first call): pay for it while the page loads, not on the customer's first keystroke.
checkOrder({ domain: "example.com" });

const $ = (id) => document.getElementById(id);
const ACTIONS = ["register", "transfer", "renew", "trade", "update"];
/** The term each action sells, in the zone's facts; a trade or an update has none. */
const TERMS_OF = { register: "register", renew: "renew", transfer: "transfer" };
const RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV", "CAA"];

/** Everything the customer entered; the page is drawn from it. */
const state = {
  language: "en",
  action: "register",
  domain: "",
  registrant: { type: "individual", country: "" },
  admin: { type: "individual", country: "" },
  period: "",
  authCode: "",
  idProtection: false,
  account: false,
  fields: {},
  nameservers: [{ name: "", glue: "" }, { name: "", glue: "" }],
  records: [{ type: "A", name: "", value: "" }],
  touched: new Set(),
  /** The explanation of a pasted registrar answer: its diagnostics about the order's inputs,
   *  shown at those inputs until the customer changes them. */
  explained: [],
};
let schema = null;
let schemaKey = "";
/** The zone's order facts (zoneInfo), for the term, the auth code and ID protection. */
let facts = null;
/** Each contact's form for its country (contactSchema), by role. */
const contactForms = {};

// ---------- small DOM helpers ----------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (name === "text") node.textContent = value;
    else if (name in node && typeof value !== "string") node[name] = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** An id for an order path ("fields.X-DK-ACCEPT-TAC" -> "p-fields-X-DK-ACCEPT-TAC"). */
const idOf = (path) => `p-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** One labelled input with its help and its messages, wired for screen readers. */
function fieldBox(path, label, control, { help, required, hidden } = {}) {
  const id = idOf(path);
  control.id = id;
  control.dataset.path = path;
  const helpNode = help ? el("p", { class: "help", id: `${id}-help`, text: help }) : null;
  const messages = el("ul", { class: "messages", id: `${id}-messages`, "data-messages-for": path, "aria-live": "polite" });
  control.setAttribute("aria-describedby", [helpNode && helpNode.id, messages.id].filter(Boolean).join(" "));
  if (required) control.setAttribute("aria-required", "true");
  const labelNode = el("label", { for: id }, label, required ? el("span", { class: "req", text: ` (${t(state.language, "required")})` }) : null);
  const box = el("div", { class: `field field-${control.type || control.tagName.toLowerCase()}`, "data-field": path, hidden });
  const parts = control.type === "checkbox" ? [el("div", { class: "check" }, control, labelNode), helpNode, messages] : [labelNode, control, helpNode, messages];
  box.append(...parts.filter(Boolean));
  return box;
}

function select(options, value) {
  const node = el("select");
  for (const [v, label] of options) node.append(el("option", { value: v, text: label }));
  if (value !== undefined) node.value = value;
  return node;
}

function textInput(value, attributes = {}) {
  return el("input", { type: "text", autocomplete: "off", spellcheck: "false", ...attributes, value: value ?? "" });
}

// ---------- the static parts ----------

function drawStatic() {
  const lang = state.language;
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(lang, node.dataset.text);
  $("language").replaceChildren(...Object.entries(LANGUAGES).map(([v, label]) => el("option", { value: v, text: label })));
  $("language").value = lang;
  $("action").replaceChildren(...ACTIONS.map((a) => el("option", { value: a, text: t(lang, `actions.${a}`) })));
  $("action").value = state.action;
  $("authCode").value = state.authCode;
  $("account").checked = state.account;
  $("add-nameserver").textContent = t(lang, "addNameserver");
  $("add-record").textContent = t(lang, "addRecord");
  $("submit").textContent = t(lang, "submit");
  drawContact("registrant");
  drawContact("admin");
  drawNameservers();
  drawRecords();
}

/** A contact's form: its type and country, then the country's own address form. */
function drawContact(who) {
  const lang = state.language;
  const contact = state[who];
  const typeBox = fieldBox(`${who}.type`, t(lang, "type"), select(["individual", "organization"].map((v) => [v, t(lang, `types.${v}`)]), contact.type));
  const list = countries({ locale: lang }).map((c) => [c.code, c.name]);
  const countryBox = fieldBox(`${who}.country`, t(lang, "country"), select([["", t(lang, "chooseCountry")], ...list], contact.country), { required: true });
  countryBox.dataset.requiredBase = "1";
  $(`${who}-fields`).replaceChildren(el("div", { class: "row" }, typeBox, countryBox), el("div", { id: `${who}-address` }));
  drawAddress(who);
}

/** The address form of the contact's country (contactSchema), line by line in the country's
 *  order, with its labels, required parts, postal-code pattern and example, and the state or
 *  province list. Drawn anew when the country changes; the country list itself stays, so
 *  typing a country's name into it works. */
function drawAddress(who) {
  const lang = state.language;
  const contact = state[who];
  const form = contact.country ? contactSchema(contact.country, { locale: lang, role: who }) : null;
  contactForms[who] = form?.ok ? form : null;
  const lines = new Map();
  for (const field of contactForms[who]?.fields ?? []) {
    if (field.key === "country") continue;
    const path = `${who}.${field.key}`;
    const value = contact[field.key];
    let control;
    if (field.kind === "select") control = select([["", "—"], ...field.options.map((o) => [o.value, o.label])], value ?? "");
    else if (field.key === "street") control = el("textarea", { rows: String(field.lines ?? 2), autocomplete: "street-address", maxlength: String(field.maxLength * (field.lines ?? 1)) }, value ?? "");
    else {
      control = textInput(value, {
        type: field.kind === "tel" ? "tel" : field.kind === "email" ? "email" : "text",
        autocomplete: { name: "name", organization: "organization", email: "email", city: "address-level2", postalCode: "postal-code", state: "address-level1", phone: "tel", fax: "tel" }[field.key],
        pattern: field.pattern,
        placeholder: field.example,
        maxlength: String(field.maxLength),
      });
    }
    const box = fieldBox(path, field.label, control, { required: field.required });
    if (field.required) box.dataset.requiredBase = "1";
    lines.set(field.line, [...(lines.get(field.line) ?? []), box]);
  }
  const rows = [...lines.values()].map((boxes) => el("div", { class: "row contact-line" }, ...boxes));
  if (!contactForms[who]) rows.push(el("p", { class: "help", text: t(lang, "countryFirst") }));
  $(`${who}-address`).replaceChildren(...rows);
}

/** The keys a contact's form has now: its type, its country and its country's fields. */
function contactKeys(who) {
  return ["type", "country", ...(contactForms[who]?.fields ?? []).map((f) => f.key).filter((k) => k !== "country")];
}

function drawNameservers() {
  const lang = state.language;
  const rows = state.nameservers.map((ns, i) => {
    const name = textInput(ns.name, { placeholder: `ns${i + 1}.example.net`, inputmode: "url" });
    const nameBox = fieldBox(`nameservers[${i}]`, t(lang, "nameserver", { n: i + 1 }), name);
    const glue = textInput(ns.glue, { placeholder: "192.0.2.53 2001:db8::53" });
    const glueBox = fieldBox(`nameservers[${i}].ips`, t(lang, "glue", { name: ns.name || "…" }), glue, { hidden: true });
    glueBox.classList.add("glue");
    const remove = el("button", { type: "button", class: "secondary remove", "data-remove-nameserver": String(i), text: "×", "aria-label": t(lang, "removeNameserver", { n: i + 1 }) });
    return el("div", { class: "nameserver" }, el("div", { class: "row" }, nameBox, remove), glueBox);
  });
  $("nameserver-list").replaceChildren(...rows);
}

function drawRecords() {
  const lang = state.language;
  const rows = state.records.map((record, i) => {
    const type = select(RECORD_TYPES.map((v) => [v, v]), record.type);
    const name = textInput(record.name, { placeholder: "www" });
    const value = textInput(record.value, { placeholder: "192.0.2.10" });
    const remove = el("button", { type: "button", class: "secondary remove", "data-remove-record": String(i), text: "×", "aria-label": t(lang, "removeRecord", { n: i + 1 }) });
    return el(
      "div",
      { class: "record", "data-record": String(i) },
      el("div", { class: "row" }, fieldBox(`records[${i}].type`, t(lang, "recordType"), type), fieldBox(`records[${i}].name`, t(lang, "recordName"), name), fieldBox(`records[${i}].value`, t(lang, "recordValue"), value), remove),
      el("p", { class: "saved", id: `record-${i}-saved`, "aria-live": "polite" }),
    );
  });
  $("record-list").replaceChildren(...rows);
}

/** The zone's fields, drawn from the schema; values the customer typed are kept. */
function drawZoneFields(domainReport) {
  const lang = state.language;
  const tld = domainReport.tld;
  const key = `${tld}|${state.action}|${lang}`;
  if (key === schemaKey) return;
  schemaKey = key;
  schema = tld ? formSchema(tld, { action: state.action, locale: lang }) : null;
  const heading = $("zone-heading");
  const box = $("zone-fields");
  if (!schema || !schema.ok) {
    heading.textContent = t(lang, "fieldsHeading", { tld: tld ?? "…" });
    box.replaceChildren();
    return;
  }
  heading.textContent = t(lang, "fieldsHeading", { tld: schema.tld });
  const fields = schema.fields.map((field) => {
    const path = `fields.${field.key}`;
    const value = state.fields[field.key] ?? field.default;
    if (value !== undefined && state.fields[field.key] === undefined) state.fields[field.key] = value;
    if (field.kind === "display") {
      return el("div", { class: "field display", "data-field": path }, el("p", { class: "display-label", text: field.label }), field.help ? el("p", { class: "help", text: field.help }) : null);
    }
    let control;
    if (field.kind === "select") control = select(field.options.map((o) => [o.value, `${o.label} (${o.value})`]), value);
    else if (field.kind === "checkbox") control = el("input", { type: "checkbox", checked: value === true || value === "1" });
    else if (field.kind === "date") control = el("input", { type: "date", value: value ?? "" });
    else control = textInput(value, { pattern: field.pattern, maxlength: field.kind === "country" ? "2" : undefined });
    return fieldBox(path, field.label, control, { help: field.help, required: field.required === true });
  });
  box.replaceChildren(...(fields.length ? fields : [el("p", { class: "help", text: t(lang, "noFields", { tld: schema.tld }) })]));
}

// ---------- reading the form ----------

/** The order as it stands: only what is asked for now is sent. */
function currentOrder() {
  const order = { domain: state.domain, action: state.action, locale: state.language };
  // Contacts from the customer's account: only the zone's fields are checked here.
  if (state.account) order.scope = "fields";
  const flow = flowFields();
  if (flow.period) order.period = Number(state.period);
  if (flow.authCode && state.authCode.trim() !== "") order.authCode = state.authCode.trim();
  if (flow.idProtection && state.idProtection) order.idProtection = true;
  const contact = (who) => {
    const out = {};
    const keys = state.account ? ["type", "country"] : contactKeys(who);
    for (const key of keys) {
      const value = (state[who][key] ?? "").trim();
      if (value !== "" && contactState(schema, `${who}.${key}`, { ...order, fields: state.fields }) !== "hidden") out[key] = value;
    }
    return out;
  };
  order.registrant = contact("registrant");
  // An admin contact is sent once something besides its type is entered: a contact that is
  // sent must be complete.
  if (mentionsAdmin(schema) && !state.account) {
    const admin = contact("admin");
    if (Object.keys(admin).some((k) => k !== "type")) order.admin = admin;
  }
  order.fields = {};
  for (const field of schema?.ok ? schema.fields : []) {
    if (field.kind === "display" || !isAsked(field, { ...order, fields: state.fields })) continue;
    const value = state.fields[field.key];
    if (value === undefined || value === "" || value === false) continue;
    order.fields[field.key] = value;
  }
  order.nameservers = state.nameservers
    .filter((ns) => ns.name.trim() !== "")
    .map((ns) => {
      const ips = ns.glue.split(/[\s,;]+/).filter(Boolean);
      return ips.length && glueWanted(ns.name) ? { name: ns.name.trim(), ips } : ns.name.trim();
    });
  return order;
}

/** Glue is asked for a nameserver inside the ordered domain (ns1.example.dk for example.dk). */
function glueWanted(name) {
  const host = name.trim().toLowerCase().replace(/\.$/, "");
  const forms = [lastDomain.ascii, lastDomain.unicode].filter(Boolean);
  return forms.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Which of the order's own inputs the zone's facts ask for now: a term where the action has
 *  one, the auth code for a transfer that uses one, ID protection where it is offered. */
function flowFields() {
  const terms = facts?.ok && TERMS_OF[state.action] ? facts.terms[TERMS_OF[state.action]] : [];
  return {
    period: terms.length > 0,
    authCode: state.action === "transfer" && (!facts?.ok || facts.authCode.required),
    idProtection: state.action === "register" && facts?.ok && ["offered", "unknown"].includes(facts.idProtection),
    terms,
  };
}

/** The term, auth-code and ID-protection inputs for the zone and action. */
function drawFlow(tld) {
  const lang = state.language;
  facts = tld ? zoneInfo(tld, { locale: lang }) : null;
  const flow = flowFields();
  box("period").hidden = !flow.period;
  if (flow.period) {
    if (!flow.terms.includes(Number(state.period))) state.period = String(flow.terms[0]);
    const options = flow.terms.map((n) => [String(n), n === 0 ? t(lang, "noTerm") : n === 1 ? t(lang, "year") : t(lang, "years", { n })]);
    const current = [...$("period").options].map((o) => [o.value, o.textContent]);
    if (JSON.stringify(current) !== JSON.stringify(options)) $("period").replaceChildren(...options.map(([v, label]) => el("option", { value: v, text: label })));
    $("period").value = state.period;
  }
  box("authCode").hidden = !flow.authCode;
  box("idProtection").hidden = !flow.idProtection;
  $("idProtection").checked = state.idProtection;
  for (const who of ["registrant", "admin"]) {
    $(`${who}-address`).hidden = state.account;
  }
}

/** The box of one of the page's own inputs. */
function box(path) {
  return document.querySelector(`[data-field="${path}"]`);
}

// ---------- showing the results ----------

let lastDomain = {};

/** Shows the name with the label and character a diagnostic names marked. */
function drawPreview(report) {
  const preview = $("domain-preview");
  const bad = report.diagnostics.find((d) => d.severity !== "info" && Number.isInteger(d.params.index));
  const shown = report.unicode ?? report.input.trim();
  preview.replaceChildren();
  if (!bad || !shown) return;
  shown.split(".").forEach((label, i) => {
    if (i > 0) preview.append(".");
    if (i !== bad.params.index) return preview.append(label);
    const chars = [...label];
    const at = Number.isInteger(bad.params.position) ? bad.params.position - 1 : -1;
    const span = el("span", { class: `bad-label ${bad.severity}` });
    chars.forEach((c, j) => span.append(j === at ? el("mark", { text: c }) : c));
    preview.append(span);
  });
}

function drawForms(report) {
  const lang = state.language;
  const forms = $("domain-forms");
  forms.replaceChildren();
  if (!report.ascii) return;
  for (const [label, value] of [[t(lang, "uLabel"), report.unicode], [t(lang, "aLabel"), report.ascii], [t(lang, "zone"), report.tld ?? "–"]]) {
    forms.append(el("div", {}, el("dt", { text: label }), el("dd", {}, el("code", { text: value }))));
  }
}

function messageItem(d) {
  return el("li", { class: d.severity, "data-code": d.code }, el("span", { class: "severity", text: d.severity === "error" ? "✕ " : d.severity === "warning" ? "! " : "i " }), d.message);
}

/** Whether the customer has been at an input yet (errors wait until then); the nameserver
 *  list counts as touched with any of its entries. */
function touched(path) {
  if (state.touched.has(path)) return true;
  return path === "nameservers" && [...state.touched].some((p) => p.startsWith("nameservers["));
}

/** Puts each diagnostic next to its input; returns those that found no place. */
function placeMessages(diagnostics) {
  const byPath = new Map();
  for (const d of diagnostics) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d]);
  const unplaced = [];
  for (const list of document.querySelectorAll("[data-messages-for]")) list.replaceChildren();
  for (const input of document.querySelectorAll("[data-path]")) input.removeAttribute("aria-invalid");
  for (const marked of document.querySelectorAll(".registrar-marked")) marked.classList.remove("registrar-marked");
  for (const [path, list] of byPath) {
    // Glue messages of one address belong to the glue input (nameservers[0].ips[1]).
    const target = path.replace(/\.ips\[\d+\]$/, ".ips");
    const box = document.querySelector(`[data-messages-for="${CSS.escape(target)}"]`);
    const field = box?.closest("[data-field]");
    if (!box || field?.hidden) {
      unplaced.push(...list);
      continue;
    }
    const fromRegistrar = (d) => d.code.startsWith("registrar.");
    const shown = list.filter((d) => d.severity !== "error" || touched(target) || path === "domain" || fromRegistrar(d));
    box.replaceChildren(...shown.map(messageItem));
    if (shown.some((d) => d.severity === "error")) document.querySelector(`[data-path="${CSS.escape(target)}"]`)?.setAttribute("aria-invalid", "true");
    field?.classList.toggle("registrar-marked", shown.some(fromRegistrar));
  }
  return unplaced;
}

/** Hides what the zone does not ask for now, and marks what it requires. */
function applyConditions(order) {
  const view = { ...order, fields: state.fields };
  for (const field of schema?.ok ? schema.fields : []) {
    const box = document.querySelector(`[data-field="${CSS.escape(`fields.${field.key}`)}"]`);
    if (!box) continue;
    box.hidden = !isAsked(field, view);
    const input = box.querySelector("[data-path]");
    if (input && field.kind !== "display") {
      const required = isRequired(field, view);
      input.toggleAttribute("aria-required", required);
      box.querySelector("label .req")?.remove();
      if (required) box.querySelector("label").append(el("span", { class: "req", text: ` (${t(state.language, "required")})` }));
      const format = formatOf(field, view);
      if (format) input.dataset.format = format;
    }
  }
  for (const who of ["registrant", "admin"]) {
    for (const key of contactKeys(who)) {
      const path = `${who}.${key}`;
      const box = document.querySelector(`[data-field="${path}"]`);
      if (!box) continue;
      // The country's form says what a complete contact has; the zone's rules may ask for more
      // (an organisation for a .ca corporation) or forbid a value.
      const contactRule = contactState(schema, path, view);
      const required = box.dataset.requiredBase === "1" || contactRule === "required";
      box.hidden = contactRule === "hidden";
      box.querySelector("label .req")?.remove();
      if (required) box.querySelector("label").append(el("span", { class: "req", text: ` (${t(state.language, "required")})` }));
      box.querySelector("[data-path]").toggleAttribute("aria-required", required);
    }
  }
  $("admin-section").hidden = !mentionsAdmin(schema);
  state.nameservers.forEach((ns, i) => {
    const box = document.querySelector(`[data-field="nameservers[${i}].ips"]`);
    if (!box) return;
    box.hidden = !glueWanted(ns.name);
    box.querySelector("label").textContent = t(state.language, "glue", { name: ns.name.trim() || "…" });
  });
}

function drawRecordResults(domainReport) {
  const lang = state.language;
  const zone = domainReport.ascii ?? state.domain.trim();
  $("records-intro").textContent = t(lang, "recordsIntro", { zone: domainReport.unicode ?? (zone || "…") });
  state.records.forEach((_, i) => $(`record-${i}-saved`)?.replaceChildren());
  if (!zone) {
    $("record-messages").replaceChildren();
    return;
  }
  const records = state.records.map((r) => ({ type: r.type, name: r.name, value: r.value }));
  const report = checkZoneRecords({ zone, records, locale: lang });
  const placed = [];
  report.records.forEach((r, i) => {
    const saved = $(`record-${i}-saved`);
    if (!saved) return;
    if (r.name && r.value) {
      saved.append(`${t(lang, "savedAs")} `, el("code", { text: `${r.name.fqdn} ${r.type} ${r.value}` }));
    }
    const touched = state.touched.has(`records[${i}].value`) || state.records[i].value !== "";
    for (const d of r.diagnostics) if (touched || d.severity !== "error") placed.push(d);
  });
  // A zone the domain input cannot give is explained there already.
  const zoneLevel = report.diagnostics.filter((d) => d.path !== "zone");
  const unplaced = placeMessagesWithin($("record-list"), [...placed, ...zoneLevel]);
  $("record-messages").replaceChildren(...unplaced.map(messageItem));
}

/** placeMessages for the record editor, which has its own inputs. */
function placeMessagesWithin(root, diagnostics) {
  const unplaced = [];
  for (const d of diagnostics) {
    const box = root.querySelector(`[data-messages-for="${CSS.escape(d.path)}"]`);
    if (box) {
      box.append(messageItem(d));
      if (d.severity === "error") root.querySelector(`[data-path="${CSS.escape(d.path)}"]`)?.setAttribute("aria-invalid", "true");
    } else unplaced.push(d);
  }
  return unplaced;
}

// ---------- the check, on every change ----------

let lastReport = null;

function update() {
  const lang = state.language;
  // The domain first: which nameservers need glue depends on it.
  lastDomain = checkDomain(state.domain, { locale: lang });
  drawFlow(lastDomain.tld);
  let order = currentOrder();
  let report = checkOrder(order);
  const before = schemaKey;
  drawZoneFields(report.domain);
  if (schemaKey !== before) {
    // The zone's fields changed what is asked for: read the order again.
    order = currentOrder();
    report = checkOrder(order);
  }
  lastReport = report;
  applyConditions(order);
  drawPreview(report.domain);
  drawForms(report.domain);
  const domainMessages = state.domain.trim() === "" ? [] : report.domain.diagnostics;
  const unplaced = placeMessages([...state.explained, ...domainMessages, ...report.diagnostics]).filter((d) => !state.explained.includes(d));
  $("order-notes").replaceChildren(...unplaced.filter((d) => d.severity !== "error").map(messageItem));
  drawRecordResults(report.domain);

  const errors = [...report.domain.diagnostics, ...report.diagnostics].filter((d) => d.severity === "error");
  const ready = report.ok && state.domain.trim() !== "";
  $("submit").disabled = !ready;
  document.body.dataset.orderOk = String(ready);
  $("status").textContent = ready ? t(lang, "ready") : state.domain.trim() === "" ? "" : t(lang, "problems", { n: errors.length });
  $("problem-list").replaceChildren(
    ...(state.domain.trim() === "" ? [] : errors).map((d) => {
      const target = document.querySelector(`[data-path="${CSS.escape(d.path.replace(/\.ips\[\d+\]$/, ".ips"))}"]`);
      const item = el("li", { class: "error" });
      if (target && !target.closest("[hidden]")) {
        item.append(el("a", { href: `#${target.id}`, text: d.message }));
      } else item.append(d.message);
      return item;
    }),
  );
  // What is sent: the engine's normalised values (the phone in EPP form, the state's code).
  const sent = { ...order, ...report.contacts, fields: report.fields };
  if (report.domain.ascii) sent.domain = report.domain.ascii;
  delete sent.locale;
  $("order-json").textContent = JSON.stringify(sent, null, 2);
}

// ---------- events ----------

function setValue(path, input) {
  const value = input.type === "checkbox" ? input.checked : input.value;
  let m;
  if (path === "domain") state.domain = value;
  else if (["action", "period", "authCode", "idProtection", "account"].includes(path)) state[path] = value;
  else if ((m = path.match(/^(registrant|admin)\.(\w+)$/))) state[m[1]][m[2]] = value;
  else if ((m = path.match(/^fields\.(.+)$/))) state.fields[m[1]] = value;
  else if ((m = path.match(/^nameservers\[(\d+)\]$/))) state.nameservers[+m[1]].name = value;
  else if ((m = path.match(/^nameservers\[(\d+)\]\.ips$/))) state.nameservers[+m[1]].glue = value;
  else if ((m = path.match(/^records\[(\d+)\]\.(type|name|value)$/))) state.records[+m[1]][m[2]] = value;
}

/** After row `removed` of a list is deleted, the rows behind it move up, and so do their
 *  touched marks. */
function forgetRow(list, removed) {
  const move = (path) => {
    const m = path.match(new RegExp(`^${list}\\[(\\d+)\\](.*)$`));
    if (!m || +m[1] < removed) return path;
    return +m[1] === removed ? null : `${list}[${+m[1] - 1}]${m[2]}`;
  };
  state.touched = new Set([...state.touched].map(move).filter(Boolean));
  // The registrar's findings follow their rows too; the removed row's are done with.
  state.explained = state.explained.flatMap((d) => {
    const path = move(d.path);
    return path === null ? [] : [{ ...d, path }];
  });
}

const form = $("order");
form.addEventListener("input", (event) => {
  const path = event.target.dataset.path;
  if (!path) return;
  setValue(path, event.target);
  state.touched.add(path);
  forgetExplained(path);
  update();
});
form.addEventListener("change", (event) => {
  const path = event.target.dataset.path;
  if (!path) return;
  setValue(path, event.target);
  state.touched.add(path);
  forgetExplained(path);
  // Another country is another address form, drawn anew; the country list itself stays.
  const country = path.match(/^(registrant|admin)\.country$/);
  if (country) drawAddress(country[1]);
  update();
});
form.addEventListener("click", (event) => {
  const ns = event.target.closest("[data-remove-nameserver]");
  const record = event.target.closest("[data-remove-record]");
  if (ns) {
    state.nameservers.splice(+ns.dataset.removeNameserver, 1);
    forgetRow("nameservers", +ns.dataset.removeNameserver);
    drawNameservers();
    update();
    $("add-nameserver").focus();
  } else if (record) {
    state.records.splice(+record.dataset.removeRecord, 1);
    forgetRow("records", +record.dataset.removeRecord);
    drawRecords();
    update();
    $("add-record").focus();
  }
});
$("add-nameserver").addEventListener("click", () => {
  state.nameservers.push({ name: "", glue: "" });
  drawNameservers();
  update();
  $(idOf(`nameservers[${state.nameservers.length - 1}]`)).focus();
});
$("add-record").addEventListener("click", () => {
  state.records.push({ type: "A", name: "", value: "" });
  drawRecords();
  update();
  $(idOf(`records[${state.records.length - 1}].type`)).focus();
});
$("language").addEventListener("change", () => {
  state.language = $("language").value;
  schemaKey = "";
  drawStatic();
  if ($("explain-results").childElementCount > 0) {
    // The explanation again in the new language, for the inputs not yet changed since.
    const open = new Set(state.explained.map((d) => d.path));
    explain();
    state.explained = state.explained.filter((d) => open.has(d.path));
  }
  update();
});

// ---------- the registrar's answer ----------

/** Explains the pasted answer against the order as it stands: the explanation's own findings
 *  are listed (linked to their input where the form has it) and marked at those inputs. */
function explain() {
  const lang = state.language;
  const report = explainError($("registrar-answer").value, { order: currentOrder(), locale: lang });
  state.explained = report.diagnostics.filter((d) => d.code.startsWith("registrar.") && d.path !== "order" && d.path !== "text");
  const code = report.registryCode ? ` (${report.registryCode})` : "";
  $("explain-status").textContent = report.recognised ? t(lang, "explainKnown", { code }) : t(lang, "explainUnknown");
  $("explain-results").replaceChildren(
    ...report.diagnostics.map((d) => {
      const item = messageItem(d);
      const target = document.querySelector(`[data-path="${CSS.escape(d.path)}"]`);
      if (target && !target.closest("[hidden]")) {
        item.replaceChildren(item.firstChild, el("a", { href: `#${target.id}`, text: d.message }));
      }
      return item;
    }),
  );
}

/** The explanation of an input is done with once the customer changes that input. */
function forgetExplained(path) {
  state.explained = state.explained.filter((d) => d.path !== path && !d.path.startsWith(`${path}.`));
}

$("explain").addEventListener("click", () => {
  explain();
  update();
  const first = document.querySelector(".registrar-marked");
  first?.scrollIntoView({ block: "center" });
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!lastReport?.ok) return;
  $("status").textContent = t(state.language, "sent");
  document.body.dataset.submitted = "1";
});

// ?domain=...&lang=de fills the form, so a state can be linked.
const query = new URLSearchParams(location.search);
if (LANGUAGES[query.get("lang")]) state.language = query.get("lang");
if (query.has("domain")) state.domain = query.get("domain");
drawStatic();
$("domain").value = state.domain;
update();
$("version").textContent = `domain-rules ${versions().engine}`;
document.body.dataset.ready = "1";
