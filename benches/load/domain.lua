-- One name per request: POST /v1/domain.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"beispiel-domain.de","locale":"de"}'
