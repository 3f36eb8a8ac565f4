-- A batch per request: POST /v1/domain with the names of the file in BATCH_FILE ({"names":[...]}).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("BATCH_FILE"), "r"))
wrk.body = file:read("*a")
file:close()
