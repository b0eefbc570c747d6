-- End-to-end: Neovim's built-in LSP client (0.7+) drives the .obl language server.
-- Run: OBL_LSP_DLL=… OBL_WS=<workspace folder with breach_notification.obl and broken.obl> OBL_RESULT=out.json \
--      nvim --headless --clean -c 'luafile nvim-lsp-test.lua'
-- Writes {"checks": [{"name", "ok", "detail"}…]} to OBL_RESULT, then quits.
local dll = os.getenv('OBL_LSP_DLL')
local ws = os.getenv('OBL_WS')
local out = os.getenv('OBL_RESULT')
local results = { checks = {} }

local function check(name, ok, detail)
  table.insert(results.checks, { name = name, ok = ok and true or false, detail = detail and vim.inspect(detail) or '' })
end

local function write_results()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(results))
  f:close()
end

local function run()
  local diagnostics = {}
  local client_id = vim.lsp.start_client({
    name = 'obl',
    cmd = { 'dotnet', dll, '--stdio' },
    root_dir = ws,
    workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'ws' } },
    init_options = { analysisEnabled = true },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        diagnostics[result.uri] = result
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  check('client started', client_id ~= nil, client_id)

  local example = ws .. '/breach_notification.obl'
  local broken = ws .. '/broken.obl'
  vim.cmd('edit ' .. example)
  local example_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(example_buf, client_id)
  local initialized = vim.wait(30000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 50)
  check('initialized', initialized)
  local client = vim.lsp.get_client_by_id(client_id)

  local example_uri = vim.uri_from_fname(example)
  local got_example = vim.wait(20000, function() return diagnostics[example_uri] ~= nil end, 50)
  local errors = {}
  for _, d in ipairs(got_example and diagnostics[example_uri].diagnostics or {}) do
    if d.severity == 1 then table.insert(errors, d) end
  end
  check('example published without errors', got_example and #errors == 0, errors)

  vim.cmd('edit ' .. broken)
  local broken_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(broken_buf, client_id)
  local broken_uri = vim.uri_from_fname(broken)
  local got_broken = vim.wait(20000, function()
    return diagnostics[broken_uri] ~= nil and #diagnostics[broken_uri].diagnostics >= 2
  end, 50)
  local codes = {}
  for _, d in ipairs(got_broken and diagnostics[broken_uri].diagnostics or {}) do codes[d.code] = d end
  check('broken file reports OBL1002 at the measure', codes.OBL1002 ~= nil and codes.OBL1002.range.start.line == 3
    and codes.OBL1002.range.start.character == 9, diagnostics[broken_uri])
  check('broken file reports the type error OBL2003', codes.OBL2003 ~= nil, diagnostics[broken_uri])
  check('neovim shows the diagnostics in the buffer', #vim.diagnostic.get(broken_buf) >= 2, vim.diagnostic.get(broken_buf))

  local hover = client.request_sync('textDocument/hover',
    { textDocument = { uri = broken_uri }, position = { line = 2, character = 12 } }, 10000, broken_buf)
  local hover_text = hover and hover.result and hover.result.contents and hover.result.contents.value or ''
  check('hover shows the party and its source', hover_text:find('party controller', 1, true) ~= nil
    and hover_text:find('Art. 4(7) GDPR', 1, true) ~= nil, hover)

  local definition = client.request_sync('textDocument/definition',
    { textDocument = { uri = broken_uri }, position = { line = 4, character = 10 } }, 10000, broken_buf)
  local location = definition and definition.result and definition.result[1]
  check('definition goes to the example', location ~= nil and location.uri == example_uri, definition)

  client.stop()
  vim.wait(10000, function() return client.is_stopped() end, 50)
  check('client stopped', client.is_stopped())
end

local ok, err = pcall(run)
if not ok then check('script ran without error', false, err) end
write_results()
vim.cmd('qa!')
