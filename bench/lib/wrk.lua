-- wrk script of bench/run.sh: the request comes from the environment, the result is one machine-readable line.
--   BENCH_METHOD (GET), BENCH_BODY (for POST), BENCH_TOKEN (bearer token, optional)
local token = os.getenv("BENCH_TOKEN")
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

-- RESULT <requests/s> <p50 ms> <p99 ms> <errors: socket errors + non-2xx/3xx answers> <requests>
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
