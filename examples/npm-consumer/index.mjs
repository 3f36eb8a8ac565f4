// The package in a node program: import and call, no init() and no fetch.
import { checkDomain } from "domain-rules";

for (const name of process.argv.slice(2)) {
  const report = checkDomain(name);
  console.log(report.ok ? "ok" : "refused", report.ascii ?? name, report.diagnostics.map((d) => d.code).join(" "));
}
