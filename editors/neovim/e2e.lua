-- End to end with Neovim's built-in LSP client (Neovim 0.7: vim.lsp.start_client): opens a copy of
-- the customs example with one number broken, waits for the diagnostic, applies the code action
-- and checks the text, asks for completion at a row position and for hover on a cell, and formats.
-- Run by e2e.sh (which makes the workspace and passes these variables):
--   GPR_SCRIPT (the release's bin/gpr, or empty), GPR_LIB (the server's lib/), GPR_ROOT (the workspace), GPR_FILE (the broken copy), GPR_ORIGINAL (the example)
local lib, root, file, original_file = os.getenv('GPR_LIB'), os.getenv('GPR_ROOT'), os.getenv('GPR_FILE'), os.getenv('GPR_ORIGINAL')
local script = os.getenv('GPR_SCRIPT') or ''
-- the README's command, `gpr lsp` through the release's script (Chinese messages: no en* locale), or plain java
local cmd = script ~= '' and { 'env', 'LC_ALL=', 'LC_MESSAGES=', 'LANG=C.UTF-8', 'sh', script, 'lsp' }
  or { 'java', '-Duser.language=zh', '-Duser.country=CN', '-cp', lib .. '/*', 'org.gpr.cli.Main', 'lsp' }

local function fail(message)
  io.stderr:write('nvim e2e FAILED: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function check(condition, message)
  if not condition then
    fail(message)
  end
end

local function read(path)
  local handle = assert(io.open(path, 'rb'))
  local text = handle:read('*a')
  handle:close()
  return text
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  -- Neovim writes %e6, VS Code %E6: the server reads either and writes upper case (RFC 3986)
  check(uri:lower():find('%%e6%%b5%%b7%%e5%%85%%b3', 1, false) ~= nil, 'the folder name is not percent-encoded in ' .. uri)
  local published = nil
  local started = vim.loop.hrtime()
  local client_id = vim.lsp.start_client({
    name = 'gpr',
    cmd = cmd,
    root_dir = root,
    flags = { debounce_text_changes = 0 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        if vim.uri_to_fname(result.uri) == vim.uri_to_fname(uri) then
          published = result.diagnostics
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  check(client_id ~= nil, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- the diagnostic of the broken total
  check(vim.wait(60000, function()
    return published ~= nil and #published > 0
  end, 50), 'no diagnostics within 60 s')
  io.stdout:write(string.format('nvim e2e: start to first diagnostics %d ms\n', (vim.loop.hrtime() - started) / 1e6))
  local errors = vim.tbl_filter(function(d) return d.severity == 1 end, published)
  check(#errors == 1, 'expected one error, got ' .. vim.inspect(published))
  local error = errors[1]
  check(error.code == 'org.gpr.identityBroken', 'code ' .. tostring(error.code))
  check(error.range.start.line == 83 and error.range.start.character == 19 and error.range['end'].character == 22,
    'range ' .. vim.inspect(error.range))
  check(error.message:find('（七）总计·自然人 应为 178，实际填写 179，多 1', 1, true) == 1, 'message ' .. error.message)
  check(#vim.diagnostic.get(bufnr) >= 1, 'Neovim shows no diagnostic')

  -- the code action, applied: the text is the example's again
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = error.range,
    context = { diagnostics = { error } },
  }, 20000, bufnr)
  check(actions and actions.result and #actions.result == 1, 'code actions ' .. vim.inspect(actions))
  check(actions.result[1].title == '改为按勾稽关系计算的值', 'title ' .. actions.result[1].title)
  vim.lsp.util.apply_workspace_edit(actions.result[1].edit, client.offset_encoding)
  local original = read(original_file)
  check(buffer_text(bufnr) == original, 'the text after the code action is not the example')
  check(vim.wait(30000, function()
    return #vim.tbl_filter(function(d) return d.severity == 1 end, published) == 0
  end, 50), 'the error stays after the fix')

  -- completion at a row position: the format's row names
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local row
  for i, line in ipairs(lines) do
    if line:find('^    结转              12') then
      row = i - 1
      break
    end
  end
  check(row ~= nil, 'row 结转 not found')
  vim.api.nvim_buf_set_lines(bufnr, row, row, false, { '    ' })
  local completion = client.request_sync('textDocument/completion', {
    textDocument = { uri = uri },
    position = { line = row, character = 4 },
  }, 20000, bufnr)
  check(completion and completion.result, 'no completion ' .. vim.inspect(completion))
  local items = completion.result.items or completion.result
  local labels = {}
  for _, item in ipairs(items) do
    labels[item.label] = true
  end
  for _, name in ipairs({ '新收', '结转', '撤销申请', '咨询事项', '总计' }) do
    check(labels[name], 'completion lacks ' .. name)
  end
  vim.api.nvim_buf_set_lines(bufnr, row, row + 1, false, {})

  -- hover on the cell 178 of （七）总计 · 自然人
  local total
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find('^    总计             178') then
      total = i - 1
      break
    end
  end
  local hover = client.request_sync('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = total, character = 21 },
  }, 20000, bufnr)
  check(hover and hover.result and hover.result.contents.value:find('（七）总计 · 自然人', 1, true), 'hover ' .. vim.inspect(hover))
  check(hover.result.contents.value:find('178 = 178', 1, true), 'hover without the identity ' .. hover.result.contents.value)

  -- go to definition from the row 新收 (declared by the shipped gov2019): a file Neovim opens
  local new_row
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find('^    新收 ') then
      new_row = i - 1
      break
    end
  end
  local definition = client.request_sync('textDocument/definition', {
    textDocument = { uri = uri },
    position = { line = new_row, character = 5 },
  }, 20000, bufnr)
  check(definition and definition.result and #definition.result == 1, 'definition ' .. vim.inspect(definition))
  local target = definition.result[1]
  check(target.uri:find('^file://') and target.uri:find('/gov2019%.gpr$'), 'definition into ' .. target.uri)
  vim.lsp.util.jump_to_location(target, 'utf-16')
  local opened = vim.api.nvim_get_current_buf()
  check(opened ~= bufnr, 'the definition was not opened')
  local line = vim.api.nvim_buf_get_lines(opened, target.range.start.line, target.range.start.line + 1, false)[1]
  check(line and line:find('新收 "一、本年新收政府信息公开申请数量"', 1, true), 'the definition is on ' .. tostring(line))
  check(target.range['end'].character - target.range.start.character == 2, 'the range is not the name: ' .. vim.inspect(target.range))
  vim.api.nvim_set_current_buf(bufnr)

  -- formatting: the formatter's layout of the example, and a row written without alignment aligned again
  vim.lsp.buf.formatting_sync(nil, 20000)
  local formatted = buffer_text(bufnr)
  local aligned = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1]
  check(aligned == '    结转          12  0 0 0 0 0 |  12', 'the formatter wrote ' .. aligned)
  vim.api.nvim_buf_set_lines(bufnr, row, row + 1, false, { '    结转 12  0  0 0 0 0|12' })
  check(buffer_text(bufnr) ~= formatted, 'the row was not changed')
  vim.lsp.buf.formatting_sync(nil, 20000)
  check(buffer_text(bufnr) == formatted, 'formatting did not align the row again: '
    .. vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1])

  client.stop()
  vim.wait(10000, function() return client.is_stopped() end, 50)
  io.stdout:write('nvim e2e (Neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor)
    .. ' built-in client): diagnostic, code action, completion, hover, definition into gov2019, formatting: ok\n')
end)
if not ok then
  fail(tostring(err))
end
vim.cmd('qall!')
