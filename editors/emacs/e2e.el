;;; e2e.el --- gpr lsp end to end with Emacs and eglot  -*- lexical-binding: t -*-
;; Batch Emacs (Debian 12: Emacs 28.2 and the elpa-eglot package, eglot 1.9) opens a copy of the
;; customs example with （七）总计·自然人 changed from 178 to 179, starts `gpr lsp' through eglot,
;; waits for the diagnostic in Flymake (eglot 1.9 shows it as "gpr [CODE]: MESSAGE") and checks its place and text, asks for hover on the cell and
;; for the definition of the row 新收 (in the shipped gov2019: a file Emacs opens).
;; Run by e2e.sh, which makes the workspace and passes GPR_SCRIPT (the release's bin/gpr, or empty),
;; GPR_LIB, GPR_FILE.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'cl-lib)

(defun gpr-e2e-fail (format &rest args)
  (princ (concat "emacs e2e FAILED: " (apply #'format format args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defconst gpr-e2e-message
  (concat "（七）总计·自然人 应为 178，实际填写 179，多 1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和；"
          "（七）总计 = （一）至（六）各项之和；总计 = 自然人 + 法人或其他组织各项）"))

;; the lines of the README
(define-derived-mode gpr-mode prog-mode "gpr" "政府信息公开工作年度报告 (.gpr)")
(add-to-list 'auto-mode-alist '("\\.gpr\\'" . gpr-mode))
(add-to-list 'eglot-server-programs
             (if (member (getenv "GPR_SCRIPT") '(nil ""))
                 `(gpr-mode . ("java" "-Duser.language=zh" "-Duser.country=CN" "-cp"
                               ,(concat (getenv "GPR_LIB") "/*") "org.gpr.cli.Main" "lsp"))
               ;; `gpr lsp' through the release's script, with Chinese messages (no en* locale)
               `(gpr-mode . ("env" "LC_ALL=" "LC_MESSAGES=" "LANG=C.UTF-8" "sh" ,(getenv "GPR_SCRIPT") "lsp"))))

(condition-case err
    (let ((started (float-time))
          (deadline (+ (float-time) (string-to-number (or (getenv "GPR_E2E_SECONDS") "240"))))
          found)
      (find-file (getenv "GPR_FILE"))
      (unless (eq major-mode 'gpr-mode) (gpr-e2e-fail "not in gpr-mode: %s" major-mode))
      (setq eglot-sync-connect 300)
      (eglot-ensure)
      ;; batch Emacs runs no commands, so what eglot-ensure defers to post-command-hook is run here
      (run-hooks 'post-command-hook)
      (while (and (not (eglot-current-server)) (< (float-time) deadline))
        (accept-process-output nil 0.2)
        (run-hooks 'post-command-hook))
      (unless (eglot-current-server) (gpr-e2e-fail "eglot did not connect"))
      (while (and (not found) (< (float-time) deadline))
        (flymake-start)
        (accept-process-output nil 0.2)
        (setq found (cl-find-if (lambda (d) (string-suffix-p gpr-e2e-message (flymake-diagnostic-text d)))
                                (flymake-diagnostics))))
      (unless found
        (gpr-e2e-fail "no diagnostic; Flymake (%S, backends %S) has: %S; eglot has %S; events:\n%s" flymake-mode
                      flymake-diagnostic-functions (mapcar #'flymake-diagnostic-text (flymake-diagnostics))
                      (and (boundp 'eglot--diagnostics) eglot--diagnostics)
                      (with-current-buffer (jsonrpc-events-buffer (eglot-current-server))
                        (buffer-substring-no-properties (max (point-min) (- (point-max) 4000)) (point-max)))))
      (princ (format "emacs e2e: start to first diagnostics %.0f ms\n" (* 1000 (- (float-time) started))))
      ;; line 84, column 20 of gpr check: the cell 179
      (save-excursion
        (goto-char (flymake-diagnostic-beg found))
        (unless (and (= (line-number-at-pos) 84) (= (- (point) (line-beginning-position)) 19) ; characters, not display columns
                     (string= (buffer-substring (flymake-diagnostic-beg found) (flymake-diagnostic-end found)) "179"))
          (gpr-e2e-fail "the diagnostic is at line %d, character %d: %S" (line-number-at-pos) (- (point) (line-beginning-position))
                        (buffer-substring (flymake-diagnostic-beg found) (flymake-diagnostic-end found)))))
      (unless (eq (flymake-diagnostic-type found) 'eglot-error)
        (gpr-e2e-fail "the diagnostic is a %S, not an error" (flymake-diagnostic-type found)))
      ;; hover on the cell
      (goto-char (1+ (flymake-diagnostic-beg found)))
      (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams)))
             (text (plist-get (plist-get hover :contents) :value)))
        (unless (and text (string-match-p (regexp-quote "（七）总计 · 自然人") text)
                     (string-match-p (regexp-quote "178 = 179  ✗") text))
          (gpr-e2e-fail "hover: %S" hover)))
      ;; go to definition of the row 新收: into the copy of the shipped gov2019, which Emacs opens
      (goto-char (point-min))
      (re-search-forward "^    新收 ")
      (goto-char (+ (match-beginning 0) 5))
      (let* ((locations (jsonrpc-request (eglot-current-server) :textDocument/definition (eglot--TextDocumentPositionParams)))
             (location (if (vectorp locations) (aref locations 0) locations))
             (uri (plist-get location :uri))
             (start (plist-get (plist-get location :range) :start))
             (file (eglot--uri-to-path uri)))
        (unless (and uri (string-prefix-p "file://" uri) (string-suffix-p "/gov2019.gpr" uri) (file-readable-p file))
          (gpr-e2e-fail "definition: %S" locations))
        (with-current-buffer (find-file-noselect file)
          (goto-char (point-min))
          (forward-line (plist-get start :line))
          (unless (looking-at (regexp-quote "				新收 \"一、本年新收政府信息公开申请数量\""))
            (gpr-e2e-fail "the definition is on %S" (buffer-substring (line-beginning-position) (line-end-position))))))
      (eglot-shutdown (eglot-current-server))
      (princ "emacs e2e (Emacs 28, eglot): diagnostic, hover, definition into gov2019: ok\n")
      (kill-emacs 0))
  (error (gpr-e2e-fail "%S" err)))
