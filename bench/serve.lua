-- wrk script for bench/serve.sh: requests the paths listed in the file named
-- by $KABAR_PATHS in turn (each thread from its own offset), each connection
-- pausing between requests so that all together send about $KABAR_RATE
-- requests per second; prints requests/s, latency percentiles and errors.

local paths = {}
local counter = 0
local pause_ms = 0

function init(args)
  local file = assert(io.open(os.getenv("KABAR_PATHS"), "r"))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  counter = math.random(#paths)
  local rate = tonumber(os.getenv("KABAR_RATE") or "200")
  local per_thread = tonumber(os.getenv("KABAR_CONNECTIONS_PER_THREAD") or "10")
  local threads = tonumber(os.getenv("KABAR_THREADS") or "2")
  pause_ms = per_thread * threads * 1000 / rate
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function delay()
  return pause_ms
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
