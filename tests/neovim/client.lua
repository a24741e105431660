-- Neovim's own LSP client driving `staffcheck lsp` (tests/neovim.rs runs this headless).
-- Written for Neovim 0.7 (Debian bookworm's): `vim.lsp.start_client` and
-- `buf_attach_client`, as `vim.lsp.start` only came in 0.8. Everything the client received
-- is written as JSON to $OUT for the test to check; an error is written there too.

local bin, rules, plan, out = os.getenv("STAFFCHECK"), os.getenv("RULES"), os.getenv("PLAN"), os.getenv("OUT")
local workbook = os.getenv("WORKBOOK")
local TIMEOUT = 120000
local result = {}

local function find(buf, needle)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      return { line = lnum - 1, character = col - 1 }
    end
  end
  error("not in the buffer: " .. needle)
end

local function diagnostics(buf)
  assert(vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) > 0 end, 50), "no diagnostics")
  local found = {}
  for sent, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(found, { line = d.lnum + 1, col = d.col + 1, severity = d.severity, code = lsp.code, message = d.message, sent = sent })
  end
  -- By place, then in the order the server sent them (a workbook's are all at 1:1).
  table.sort(found, function(a, b)
    if a.line ~= b.line then return a.line < b.line end
    if a.col ~= b.col then return a.col < b.col end
    return a.sent < b.sent
  end)
  for _, d in ipairs(found) do d.sent = nil end
  return found
end

local function run()
  local client_id = vim.lsp.start_client({
    name = "staffcheck",
    cmd = { bin, "lsp" },
    root_dir = vim.fn.fnamemodify(rules, ":h"),
  })
  assert(client_id, "the server did not start")
  local client = vim.lsp.get_client_by_id(client_id)

  vim.cmd("edit " .. vim.fn.fnameescape(rules))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  result.rule_diagnostics = diagnostics(buf)

  local function request(method, needle, extra)
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = find(buf, needle) }
    for k, v in pairs(extra or {}) do params[k] = v end
    local response, err = client.request_sync(method, params, TIMEOUT, buf)
    assert(response, method .. ": " .. tostring(err))
    assert(not response.err, method .. ": " .. vim.inspect(response.err))
    return response.result
  end

  local hover = request("textDocument/hover", "bachelor")
  result.hover = vim.lsp.util.convert_input_to_markdown_lines(hover.contents)

  local definition = request("textDocument/definition", "bachelor")
  -- Opened as a user jumping there would: the location's file in a buffer.
  vim.lsp.util.jump_to_location(definition[1], "utf-16")
  local target = vim.api.nvim_get_current_buf()
  local cursor = vim.api.nvim_win_get_cursor(0)
  result.definition = {
    file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(target), ":t"),
    line = vim.api.nvim_buf_get_lines(target, cursor[1] - 1, cursor[1], false)[1],
    readonly = vim.bo[target].readonly,
  }
  vim.cmd("buffer " .. buf)

  -- After `a.person.`: the fields of a person, as the completion menu lists them.
  local completion = request("textDocument/completion", "name}")
  local items = completion.items or completion
  local labels = {}
  for _, item in ipairs(vim.lsp.util.extract_completion_items(items)) do
    table.insert(labels, item.label)
  end
  result.completion = labels

  vim.cmd("edit " .. vim.fn.fnameescape(plan))
  local plan_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(plan_buf, client_id)
  result.plan_diagnostics = diagnostics(plan_buf)

  -- A workbook in the workspace folder, never opened: the server finds it and publishes its
  -- diagnostics, which Neovim keeps on a buffer of the file it adds (not loaded).
  result.workbook_diagnostics = diagnostics(vim.uri_to_bufnr(vim.uri_from_fname(workbook)))

  client.stop()
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
end
vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.cmd("qa!")
