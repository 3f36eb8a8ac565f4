-- A shop's mix: orders, form schemas, contact forms, names and explanations, in turn.
local json = { ["Content-Type"] = "application/json" }
local requests = {}
local function add(method, path, body)
  requests[#requests + 1] = wrk.format(method, path, body and json or nil, body)
end
add("POST", "/v1/order", '{"domain":"beispiel.de","nameservers":["ns1.provider.net","ns2.provider.net"],"registrant":{"type":"individual","name":"Erika Mustermann","street":"Heidestr. 17","city":"Koeln","postalCode":"51147","country":"DE","email":"erika@example.org","phone":"+49 221 1234567"}}')
add("POST", "/v1/order", '{"domain":"exemple.fr","scope":"fields"}')
add("GET", "/v1/schema/dk?action=register&locale=da")
add("GET", "/v1/contact-schema/CA?locale=fr")
add("POST", "/v1/domain", '{"names":["a.de","ab.it","m\195\188ller.de","-x.com","xn--mller-kva.de"]}')
add("POST", "/v1/explain", '{"text":"504 Missing required attribute; X-CA-LEGALTYPE","locale":"de"}')
local i = 0
request = function()
  i = i % #requests + 1
  return requests[i]
end
