// A consumer of the package's declarations, checked by tsc (never run): every function and the
// types a form uses, imported by the package name as a project would.
import init, {
  addLocale,
  checkDomain,
  checkDomains,
  checkOrder,
  checkRecord,
  checkZoneRecords,
  codes,
  contactKeys,
  explainError,
  formSchema,
  isRegistrable,
  loadLocales,
  locales,
  versions,
  type CheckOptions,
  type ExplainReport,
  type Condition,
  type Diagnostic,
  type DnsRecord,
  type DomainReport,
  type FormSchema,
  type Order,
  type OrderReport,
  type RecordReport,
  type RecordRequest,
  type SchemaField,
  type Severity,
  type ZoneReport,
  type ZoneRequest,
} from "domain-rules";

await init({ locales: ["de"] });
const ready: string[] = await loadLocales(["de"]);
const states: { tag: string; ready: boolean }[] = locales();
const added: string = addLocale("");
void ready, states, added;

const options: CheckOptions = { profile: "hostname", locale: "de" };
const domain: DomainReport = checkDomain("Müller.DE", options);
const ascii: string | undefined = domain.ascii;
const first: Diagnostic | undefined = domain.diagnostics[0];
const severity: Severity | undefined = first?.severity;
const label: string | number | undefined = first?.params["label"];
const registrable: boolean = isRegistrable("example.de");
const answers: Uint8Array = checkDomains(["example.de", "x"], { profile: "hostname" });

const order: Order = {
  domain: "eksempel.dk",
  registrant: { type: "organization", country: "DK" },
  fields: { "X-REGISTRANT-VATID": "DK13585627", "X-DK-ACCEPT-TAC": true },
  nameservers: ["ns1.example.net", { name: "ns1.eksempel.dk", ips: ["192.0.2.1"] }],
};
const orderReport: OrderReport = checkOrder(order);
const sent: Record<string, string> = orderReport.fields;
const orderDomain: DomainReport = orderReport.domain;

const schema: FormSchema = formSchema("dk", { action: "register", locale: "da" });
const field: SchemaField | undefined = schema.fields[0];
const required: Condition | undefined = field?.required;
const kinds: string[] = schema.fields.map((f) => f.kind);

const request: RecordRequest = { zone: "hexo.com", type: "A", name: "help.hexo.com", value: "203.0.114.10", ttl: 3600 };
const record: RecordReport = checkRecord(request);
const fqdn: string | undefined = record.name?.fqdn;

const records: DnsRecord[] = [{ type: "CNAME", name: "www", value: "@" }, { type: "MX", name: "@", value: "10 www" }];
const zone: ZoneRequest = { zone: "hexo.com", records, locale: "fr" };
const zoneReport: ZoneReport = checkZoneRecords(zone);
const perRecord: RecordReport[] = zoneReport.records;

const explained: ExplainReport = explainError("504 Missing required attribute; X-CA-LEGALTYPE", {
  order: { domain: "example.ca" },
  locale: "de",
});
const recognised: boolean = explained.recognised;
const dialect: "ispapi" | "epp" | "denic" | "unknown" = explained.source;

const contactKey: string | undefined = contactKeys().keys[0];

const unicode: string = versions().unicode;
const code: string | undefined = codes()[0]?.code;

// Misuse the declarations must refuse.
// @ts-expect-error: the profile is one of three names
checkDomain("a.de", { profile: "registrar" });
// @ts-expect-error: an order needs its domain
checkOrder({ registrant: { country: "DK" } });
// @ts-expect-error: a record request needs its zone
checkRecord({ type: "A", name: "@", value: "192.0.2.1" });
// @ts-expect-error: the explainer's options are an order and a locale
explainError("545 Object not found", { language: "de" });
// @ts-expect-error: checkDomains takes an array of names
checkDomains("example.de");
// @ts-expect-error: a report's ok is a boolean
const notText: string = domain.ok;

export const seen = [
  ascii, severity, label, registrable, answers, sent, orderDomain, required, kinds, fqdn, perRecord, unicode, code, notText, recognised, dialect, contactKey,
];
