-- Runs the Neovim snippet of docs/scenario-cases.md (extracted to $OBL_SNIPPET, its local functions made
-- global so this script can call them) against the server: :OblCases, :OblRunCases (all, then one file)
-- and the CodeLens. Writes { checks = [...] } to $OBL_RESULT, like nvim-lsp-test.lua.
local ws, dll, out = os.getenv('OBL_WS'), os.getenv('OBL_LSP_DLL'), os.getenv('OBL_RESULT')
local results = { checks = {} }
local function check(name, ok, detail)
  table.insert(results.checks, { name = name, ok = ok and true or false, detail = detail and vim.inspect(detail) or '' })
end

local ok, err = pcall(function()
  dofile(os.getenv('OBL_SNIPPET'))
  local id = vim.lsp.start_client({
    name = 'obl', cmd = { 'dotnet', dll, '--stdio' }, root_dir = ws,
    workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'ws' } }, on_attach = obl_on_attach,
  })
  vim.cmd('edit ' .. ws .. '/fee/fee.obl')
  vim.lsp.buf_attach_client(0, id)
  vim.wait(30000, function() local c = vim.lsp.get_client_by_id(id); return c ~= nil and c.initialized == true end, 50)

  local printed = vim.fn.execute('OblCases')
  check('OblCases lists the three cases', printed:find('unpaid%-wrongly%-expected') and printed:find('small%-amount') and printed:find('paid'), printed)
  local ran = vim.fn.execute('OblRunCases')
  local qf = vim.tbl_map(function(i) return i.text end, vim.fn.getqflist())
  check('OblRunCases runs all', ran:find('2 passed, 1 failed', 1, true), ran)
  check('failures in the quickfix list', vim.tbl_contains(qf, 'rule pay_fee: status expected complied, actual breached'), qf)
  local one = vim.fn.execute('OblRunCases ' .. ws .. '/fee/cases/paid.json')
  check('OblRunCases <file> runs one', one:find('1 passed, 0 failed', 1, true), one)
  local buf = vim.api.nvim_get_current_buf()
  vim.wait(60000, function() return #vim.lsp.codelens.get(buf) > 0 end, 100)
  local titles = vim.tbl_map(function(l) return l.command and l.command.title end, vim.lsp.codelens.get(buf))
  check('CodeLens counts the cases per status', vim.tbl_contains(titles, '3 cases: 1 not_applicable, 1 complied, 1 breached'), titles)
end)
check('snippet ran without errors', ok, err)
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(results))
f:close()
vim.cmd('qa!')
