-- wrk script for tools/load/scale.sh: a different search on every request, cycling through 360
-- queries (each option of the synthetic guides with each use they are written for), so that with
-- the result cache off a search pays what a query nobody asked lately pays: its hits change from
-- request to request, as a site's do.
local options = {
  "flask", "django", "react", "vue", "postgresql", "mysql", "rails", "laravel", "express", "fastify",
  "spring+boot", "quarkus", "svelte", "angular", "redis", "memcached", "kafka", "rabbitmq", "go", "rust",
  "hugo", "jekyll", "terraform", "pulumi", "sqlite", "duckdb", "phoenix", "fastapi", "nuxt", "sveltekit",
}
local uses = {
  "internal+dashboards", "public+apis", "content+sites", "data+pipelines", "mobile+backends", "small+teams",
  "startups", "long-lived+products", "prototypes", "regulated+industries", "high-traffic+services", "side+projects",
}

local paths = {}
for _, use in ipairs(uses) do
  for _, option in ipairs(options) do
    paths[#paths + 1] = "/search?q=" .. option .. "+" .. use
  end
end

-- Each wrk thread starts at its own place in the list.
local threads = 0
function setup(thread)
  thread:set("first", threads * math.floor(#paths / 2))
  threads = threads + 1
end

local next = nil
function request()
  next = ((next or first) % #paths) + 1
  return wrk.format("GET", paths[next])
end
