-- wrk script for bench/run.sh: counts non-2xx responses and prints one parseable result line.
--
-- The line looks like
--   BENCH_RESULT page=home requests=12345 duration_s=20.00 rps=617.2 p50_ms=20.1 p95_ms=41.0 p99_ms=60.3
--                max_ms=120.0 non2xx=0 socket_errors=0 bytes=123456789
-- where non2xx counts responses with a status outside 200-299 and socket_errors sums wrk's connect, read,
-- write and timeout errors. The page name comes from the environment variable BENCH_PAGE.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

-- Runs in each thread's own Lua state.
non2xx = 0

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + (thread:get("non2xx") or 0)
   end
   local errors = summary.errors
   local socket_errors = errors.connect + errors.read + errors.write + errors.timeout
   local seconds = summary.duration / 1e6
   local rps = 0
   if seconds > 0 then rps = summary.requests / seconds end
   local function ms(us) return us / 1000.0 end
   io.write(string.format(
      "BENCH_RESULT page=%s requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f " ..
      "max_ms=%.2f non2xx=%d socket_errors=%d bytes=%d\n",
      os.getenv("BENCH_PAGE") or "?", summary.requests, seconds, rps,
      ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)),
      ms(latency.max), bad, socket_errors, summary.bytes))
end
