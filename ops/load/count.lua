-- wrk script for ops/rolling-restart.sh and ops/scaling.sh: requests a list of paths in turn, optionally with a
-- session cookie, counts the responses by status class and prints one parseable line at the end:
--   LOAD_RESULT kind=anonymous requests=1234 duration_s=60.00 rps=20.6 p50_ms=12.3 p99_ms=80.1 max_ms=400.0
--               ok=1234 login=0 status_4xx=0 status_5xx=0 connect=0 read=0 write=0 timeout=0 failed=0
-- "ok" counts 2xx and 3xx except a redirect to the login form ("login", a lost session: failed too); "failed" is
-- every other status plus wrk's connect, read, write and timeout errors.
-- Environment: LOAD_KIND (the name in the line), LOAD_PATHS (paths separated by spaces, default "/"),
-- LOAD_COOKIE (a Cookie header, e.g. "AANBOORD_SESSION=..."; empty: none), LOAD_DELAY_MS (a pause in milliseconds
-- before each request of a connection, so that the load stays below what the machine can serve; default 0).

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

-- each thread has its own Lua state: these are per thread
ok = 0
login = 0
s4xx = 0
s5xx = 0
local paths = {}
local index = 0
local pause = 0

function init(args)
   for path in string.gmatch(os.getenv("LOAD_PATHS") or "/", "%S+") do
      table.insert(paths, path)
   end
   pause = tonumber(os.getenv("LOAD_DELAY_MS") or "0") or 0
   local cookie = os.getenv("LOAD_COOKIE") or ""
   if cookie ~= "" then
      wrk.headers["Cookie"] = cookie
   end
end

function request()
   index = index % #paths + 1
   return wrk.format("GET", paths[index])
end

function delay()
   return pause
end

function response(status, headers, body)
   local location = headers["Location"] or headers["location"] or ""
   if status >= 300 and status < 400 and string.find(location, "/login", 1, true) then
      login = login + 1
   elseif status >= 200 and status < 400 then
      ok = ok + 1
   elseif status < 500 then
      s4xx = s4xx + 1
   else
      s5xx = s5xx + 1
   end
end

function done(summary, latency, requests)
   local total_ok, total_login, total_4xx, total_5xx = 0, 0, 0, 0
   for _, thread in ipairs(threads) do
      total_ok = total_ok + (thread:get("ok") or 0)
      total_login = total_login + (thread:get("login") or 0)
      total_4xx = total_4xx + (thread:get("s4xx") or 0)
      total_5xx = total_5xx + (thread:get("s5xx") or 0)
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   local rps = 0
   if seconds > 0 then rps = summary.requests / seconds end
   io.write(string.format(
      "LOAD_RESULT kind=%s requests=%d duration_s=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f " ..
      "ok=%d login=%d status_4xx=%d status_5xx=%d connect=%d read=%d write=%d timeout=%d failed=%d\n",
      os.getenv("LOAD_KIND") or "?", summary.requests, seconds, rps,
      latency:percentile(50) / 1000.0, latency:percentile(99) / 1000.0, latency.max / 1000.0,
      total_ok, total_login, total_4xx, total_5xx, e.connect, e.read, e.write, e.timeout,
      total_login + total_4xx + total_5xx + e.connect + e.read + e.write + e.timeout))
end
