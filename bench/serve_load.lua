-- wrk script for bench/serve_load.sh: queries cycling through a few words of the demo model,
-- and a machine-readable summary at the end (one "name value" pair a line). The environment
-- variable EWB_LOAD_ROUTE chooses the route: "neighbors" (default, GET) or "analogy" (POST with
-- a JSON body, as RELIABILITY's load test asks).
local words = { "king", "house", "said", "london", "queen", "man", "woman", "day", "night", "water" }
local route = os.getenv("EWB_LOAD_ROUTE") or "neighbors"
local counter = 0

request = function()
    counter = counter + 1
    local word = words[(counter % #words) + 1]
    if route == "analogy" then
        local a = words[((counter + 3) % #words) + 1]
        local c = words[((counter + 7) % #words) + 1]
        local body = string.format('{"a":"%s","b":"%s","c":"%s","k":10}', a, word, c)
        return wrk.format("POST", "/v1/models/default/analogy",
            { ["Content-Type"] = "application/json" }, body)
    end
    return wrk.format("GET", "/v1/models/default/neighbors?word=" .. word .. "&k=10")
end

done = function(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format("requests %d\n", summary.requests))
    io.write(string.format("requests_per_s %.0f\n", summary.requests / (summary.duration / 1e6)))
    io.write(string.format("errors_connect %d\nerrors_read %d\nerrors_write %d\n",
        errors.connect, errors.read, errors.write))
    io.write(string.format("errors_status %d\nerrors_timeout %d\n", errors.status, errors.timeout))
    io.write(string.format("latency_p50_ms %.2f\nlatency_p99_ms %.2f\nlatency_max_ms %.2f\n",
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
