// Reading a form schema: its conditions, and the inputs it asks for. Nothing here knows a zone;
// every zone's fields, options, formats and rules come from formSchema().

/** The value at an order path ("registrant.country", "fields.X-DK-ACCEPT-TAC"), as text. */
export function valueAt(order, path) {
  const dot = path.indexOf(".");
  const head = dot < 0 ? path : path.slice(0, dot);
  const key = dot < 0 ? "" : path.slice(dot + 1);
  const value = (order[head] ?? {})[key];
  return value === undefined || value === "" || value === false ? undefined : String(value);
}

/** Whether a schema condition (`true`, `false` or `{ when: tests }`) holds for the order. */
export function holds(condition, order) {
  if (condition === true || condition === false) return condition;
  if (condition.when === true) return true;
  return Object.entries(condition.when).every(([path, values]) => {
    const value = valueAt(order, path)?.toUpperCase();
    if (value === undefined) return false;
    const list = Array.isArray(values) ? values : values.not;
    const listed = list.some((v) => v.toUpperCase() === value);
    return Array.isArray(values) ? listed : !listed;
  });
}

/** Whether a field is asked for now: always when `required` is true or false, else while its
 *  condition holds (a .dk VAT ID only for an organisation). */
export function isAsked(field, order) {
  return typeof field.required === "boolean" || holds(field.required, order);
}

/** Whether a field must be filled now. */
export function isRequired(field, order) {
  return field.required === true || (typeof field.required === "object" && holds(field.required, order));
}

/** How the zone's rules treat a contact value now: "hidden" when a rule says it must be absent,
 *  "required" when one says it must be present, else "optional". */
export function contactState(schema, path, order) {
  let state = "optional";
  for (const rule of schema?.rules ?? []) {
    if (rule.path !== path || !holds({ when: rule.when }, order)) continue;
    if (rule.check === "absent") return "hidden";
    if (rule.check === "present" || rule.check === "oneOf" || rule.check === "digits") state = "required";
  }
  return state;
}

/** Whether the schema speaks of the admin contact at all. */
export function mentionsAdmin(schema) {
  return JSON.stringify(schema?.fields ?? []).includes('"admin.') || JSON.stringify(schema?.rules ?? []).includes('"admin.');
}

/** The format that applies to a field now ("dk-cvr", "eu-vat", ...). */
export function formatOf(field, order) {
  return field.format ?? field.formats?.find((f) => holds({ when: f.when }, order))?.format;
}
