#!/usr/bin/env bash
# Packs pkg/ with npm pack (to target/npm/domain-rules.tgz), checks the tarball holds exactly the
# package's files, installs it into examples/npm-consumer (offline: a local tarball needs no
# registry, and the project has no other dependency) and runs that project's node tests.
# Expects a built pkg/ (scripts/build-pkg.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/npm
rm -rf "$out"
mkdir -p "$out"
name=$(cd pkg && npm pack --silent --pack-destination "../$out")
mv "$out/$name" "$out/domain-rules.tgz"

# The core modules: per locale the glue, its declarations, the module and its snippets; and the
# locale pack of every locale but English.
core=""
packs=""
for tag in $(sed -n 's/^compiled = \[\(.*\)\]/\1/p' locales/locales.toml | tr -d '" ' | tr ',' '\n' | sort); do
  core="$core
package/core/$tag/domain_rules_core.d.ts
package/core/$tag/domain_rules_core.js
package/core/$tag/domain_rules_core_bg.wasm
package/core/$tag/domain_rules_core_bg.wasm.d.ts
package/core/$tag/snippets/"
  [ "$tag" = en ] || packs="$packs
package/locales/$tag.txt"
done
expected="package/README.md${core}
package/domain_rules.d.ts
package/domain_rules.js
package/domain_rules_api.d.ts
package/domain_rules_bg.wasm
package/domain_rules_bg.wasm.d.ts
package/domain_rules_wasm.d.ts
package/domain_rules_wasm.js
package/locales/index.js${packs}
package/node.d.ts
package/node.js
package/package.json
package/snippets/"
expected=$(sort <<<"$expected")
actual=$(tar -tzf "$out/domain-rules.tgz" | sed 's|^\(package/\(core/[a-z]*/\)\{0,1\}snippets/\).*|\1|' | sort -u)
if [ "$actual" != "$expected" ]; then
  echo "test-npm-consumer: the tarball's files differ from the expected ones:" >&2
  diff <(echo "$expected") <(echo "$actual") >&2 || true
  exit 1
fi
echo "test-npm-consumer: packed $name ($(wc -c < "$out/domain-rules.tgz") bytes)"

cd examples/npm-consumer
rm -rf node_modules
npm install --offline --no-audit --no-fund --no-package-lock --no-update-notifier --loglevel=error
node --test
